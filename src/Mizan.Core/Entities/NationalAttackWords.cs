using Mizan.Languages;
using Mizan.Lexicons;

namespace Mizan.Entities;

/// <summary>
/// The nouns of an attack whose nationality adjective names who carried it out (غارة إسرائيلية،
/// قصف جوي روسي), the words that may stand between the noun and the adjective (جوي، صاروخي), and
/// the institution whose actor the adjective stands for (the army of that country). Keys are bare
/// nouns: without conjunction, preposition and article.
/// </summary>
internal sealed class NationalAttackWords
{
    private readonly WordSet _nouns;
    private readonly WordSet _modifiers;

    public NationalAttackWords(IEnumerable<string> nounKeys, IEnumerable<string> modifierKeys, InstitutionEntry forces)
    {
        ArgumentNullException.ThrowIfNull(nounKeys);
        ArgumentNullException.ThrowIfNull(modifierKeys);
        Forces = forces ?? throw new ArgumentNullException(nameof(forces));
        _nouns = new WordSet(nounKeys);
        _modifiers = new WordSet(modifierKeys);
    }

    /// <summary>The institution whose actor, qualified by the adjective's country, carried out the attack.</summary>
    public InstitutionEntry Forces { get; }

    /// <summary>Whether a bare noun key is a noun of an attack.</summary>
    public bool IsNoun(ReadOnlySpan<char> bareKey) => _nouns.Contains(bareKey);

    /// <summary>Whether a bare key may stand between the noun and the adjective (جوي، صاروخية).</summary>
    public bool IsModifier(ReadOnlySpan<char> bareKey) => _modifiers.Contains(bareKey);

    /// <summary>
    /// Reads <c>national-attacks.tsv</c> of the language; null when the language has no such file
    /// row. The <c>forces</c> column must be a phrase of one of <paramref name="institutions"/>.
    /// </summary>
    public static NationalAttackWords? Load(ILanguagePack language, IReadOnlyList<InstitutionEntry> institutions)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(institutions);
        TsvTable table = language.Table("national-attacks.tsv", "nouns", "modifiers", "forces");
        TsvRow? row = table.Rows.FirstOrDefault();
        if (row is null)
        {
            return null;
        }

        string forcesKey = language.Key(row.Required("forces"));
        InstitutionEntry forces = institutions.FirstOrDefault(i => language.Key(i.Phrase) == forcesKey)
            ?? throw row.Error($"'{row.Required("forces")}' is no phrase of institutions.tsv");
        IMorphology morphology = language.Morphology;
        return new NationalAttackWords(
            row.List("nouns").Select(n => morphology.BareNoun(language.Key(n)).ToString()),
            row.List("modifiers").Select(m => morphology.BareNoun(language.Key(m)).ToString()),
            forces);
    }
}
