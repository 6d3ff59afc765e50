using Mizan.Entities;
using Mizan.Events;
using Mizan.Lexicons;
using Mizan.Tests.Support;

namespace Mizan.Tests.Entities;

/// <summary>
/// The loaders of <c>national-attacks.tsv</c> and <c>nationals-as-people.tsv</c>: a row that names
/// an institution or a generic agent that does not exist is an error at its file and line, an empty
/// table turns the reading off, and a good row is read by its keys.
/// </summary>
public sealed class NationalTablesTests
{
    private const string Header = "# source: written for a test\n# licence: MIT\n";

    private static readonly InstitutionEntry Army = new("الجيش", ActorKind.StateForces, "Military Forces of {country}", SourceKind.Military, Standalone: true);

    private static readonly GenericEntry Civilians = new("مدنيين", "Civilians", ActorKind.Civilians, SourceKind.Unattributed, Resolves: false);

    [Fact]
    public void A_forces_phrase_that_is_no_institution_is_an_error_at_its_line()
    {
        var pack = new PackWithTables(new Dictionary<string, string>
        {
            ["national-attacks.tsv"] = Header + "nouns\tmodifiers\tforces\nغارة|قصف\tجوية\tالبحرية\n",
        });

        var e = Assert.Throws<LexiconFormatException>(() => NationalAttackWords.Load(pack, [Army]));

        Assert.Equal("ar/national-attacks.tsv", e.File);
        Assert.Equal(4, e.Line);
        Assert.Contains("البحرية", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attack_nouns_and_modifiers_are_read_without_their_clitics()
    {
        var pack = new PackWithTables(new Dictionary<string, string>
        {
            ["national-attacks.tsv"] = Header + "nouns\tmodifiers\tforces\nغارة|القصف\tجوية\tالجيش\n",
        });

        NationalAttackWords? words = NationalAttackWords.Load(pack, [Army]);

        Assert.NotNull(words);
        Assert.Same(Army, words.Forces);
        Assert.True(words.IsNoun(pack.Morphology.BareNoun(pack.Key("والقصف"))));
        Assert.True(words.IsModifier(pack.Morphology.BareNoun(pack.Key("الجوية"))));
        Assert.False(words.IsNoun(pack.Morphology.BareNoun(pack.Key("مؤتمر"))));
    }

    [Fact]
    public void A_table_without_rows_turns_the_reading_off()
    {
        var pack = new PackWithTables(new Dictionary<string, string>
        {
            ["national-attacks.tsv"] = Header + "nouns\tmodifiers\tforces\n",
            ["nationals-as-people.tsv"] = Header + "after\tgeneric\n",
        });

        Assert.Null(NationalAttackWords.Load(pack, [Army]));
        Assert.Null(NationalsAsPeople.Load(pack, [Civilians]));
    }

    [Fact]
    public void A_generic_name_that_is_no_generic_agent_is_an_error_at_its_line()
    {
        var pack = new PackWithTables(new Dictionary<string, string>
        {
            ["nationals-as-people.tsv"] = Header + "after\tgeneric\nمقتل|إصابة\tPassers-by\n",
        });

        var e = Assert.Throws<LexiconFormatException>(() => NationalsAsPeople.Load(pack, [Civilians]));

        Assert.Equal("ar/nationals-as-people.tsv", e.File);
        Assert.Equal(4, e.Line);
        Assert.Contains("Passers-by", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_before_people_are_read_by_their_keys()
    {
        var pack = new PackWithTables(new Dictionary<string, string>
        {
            ["nationals-as-people.tsv"] = Header + "after\tgeneric\nمقتل|إصابة\tCivilians\n",
        });

        NationalsAsPeople? people = NationalsAsPeople.Load(pack, [Civilians]);

        Assert.NotNull(people);
        Assert.Same(Civilians, people.People);
        Assert.True(people.IsWordBefore(pack.Key("اصابة")));
        Assert.False(people.IsWordBefore(pack.Key("زيارة")));
    }
}
