using Mizan.Languages.Arabic;
using Mizan.Lexicons;
using Mizan.Numbers;

namespace Mizan.Tests.Numbers;

public class NumberLexiconTests
{
    private static readonly string[] Resources =
    [
        NumberLexicon.NumbersResource, NumberLexicon.ModifiersResource, NumberLexicon.VagueAmountsResource,
        NumberLexicon.UnitsResource, NumberLexicon.DualNounsResource, NumberLexicon.ContextResource,
    ];

    [Theory]
    [MemberData(nameof(ResourceNames))]
    public void Every_number_resource_names_its_source_and_licence(string resource)
    {
        using TextReader reader = ArabicLanguagePack.Instance.OpenText(resource);
        TsvTable table = TsvTable.Parse(reader, resource);
        Assert.Equal("written by the Mizan project", table.Source);
        Assert.Equal("MIT", table.Licence);
        Assert.NotEmpty(table.Rows);
    }

    public static TheoryData<string> ResourceNames() => [.. Resources];

    [Fact]
    public void The_embedded_lexicon_has_every_class_of_entry()
    {
        NumberLexicon lexicon = NumberTestSupport.Recognizer.Lexicon;
        Assert.Equal(Enum.GetValues<NumberWordKind>().ToHashSet(), lexicon.Words.Select(w => w.Kind).ToHashSet());
        Assert.Equal(Enum.GetValues<NumberWordForm>().ToHashSet(), lexicon.Words.Select(w => w.Form).ToHashSet());
        Assert.Equal(Enum.GetValues<NumberBound>().ToHashSet(), lexicon.Modifiers.Select(m => m.Bound).ToHashSet());
        Assert.Equal(Enum.GetValues<ModifierPosition>().ToHashSet(), lexicon.Modifiers.Select(m => m.Position).ToHashSet());
        Assert.Equal(Enum.GetValues<NumberContextRole>().ToHashSet(), lexicon.Context.Select(c => c.Role).ToHashSet());
        Assert.Contains(lexicon.VagueAmounts, v => v.Phrase == "عشرات" && v.Low == 24 && v.High == 99);
        Assert.Contains(lexicon.Duals, d => d.Dual == "جنديين" && d.Unit is null);
        Assert.Contains(lexicon.Duals, d => d.Dual == "يومين" && d.Unit == "day");
        Assert.Contains(lexicon.Units, u => u.Phrase == "%" && u.Unit == "percent");
    }

    [Fact]
    public void Number_words_are_found_by_their_key_whatever_the_hamza_or_ta_marbuta()
    {
        NumberLexicon lexicon = NumberTestSupport.Recognizer.Lexicon;
        Assert.True(lexicon.TryGetWord("اربعه", out NumberWord? four));
        Assert.Equal(4, four.Value);
        Assert.True(lexicon.TryGetWord("احدي", out NumberWord? one));
        Assert.Equal(NumberWordKind.TeenHead, one.Kind);
        Assert.True(lexicon.TryGetWord("الفين", out NumberWord? twoThousand));
        Assert.Equal(2000, twoThousand.StandaloneValue);
        Assert.False(lexicon.TryGetWord("ثلث", out _));
    }

    [Theory]
    [InlineData("numbers.tsv", "word\tvalue\tkind\tform\tarticle\nثلاثة\t3\tunit\tplain\tmaybe\n", "article")]
    [InlineData("numbers.tsv", "word\tvalue\tkind\tform\tarticle\nثلاثة\t30\tunit\tplain\tno\n", "outside")]
    [InlineData("numbers.tsv", "word\tvalue\tkind\tform\tarticle\nألف\t1000\tscale\tplain\tno\n", "does not fit")]
    [InlineData("numbers.tsv", "word\tvalue\tkind\tform\tarticle\nثلاثة\t3\tunit\tplain\tno\nثلاثه\t4\tunit\tplain\tno\n", "same key")]
    [InlineData("numbers.tsv", "word\tvalue\tkind\tform\tarticle\nثلاثة\tthree\tunit\tplain\tno\n", "whole number")]
    [InlineData("vague-amounts.tsv", "phrase\tlow\thigh\nعدة\t9\t3\n", "not a range")]
    [InlineData("number-modifiers.tsv", "phrase\tposition\tbound\nنحو\tabove\tapproximate\n", "position")]
    [InlineData("number-context.tsv", "phrase\trole\nعام\tcalendar\n", "role")]
    [InlineData("dual-nouns.tsv", "dual\tsingular\nجنديين\tجندي\n", "unit")]
    public void A_malformed_row_is_reported_with_its_file_and_line(string resource, string body, string problem)
    {
        string text = "# source: test\n# licence: MIT\n" + body;
        var error = Assert.Throws<LexiconFormatException>(() => NumberLexicon.Load(ArabicLanguagePack.Instance, path =>
            path == resource ? new StringReader(text) : ArabicLanguagePack.Instance.OpenText(path)));
        Assert.Equal("data/ar/" + resource, error.File);
        Assert.True(error.Line >= 3, error.Message);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lexicon_loaded_from_other_text_is_used_by_the_recogniser()
    {
        string vague = "# source: test\n# licence: MIT\nphrase\tlow\thigh\nكثير من\t10\t-\n";
        NumberLexicon lexicon = NumberLexicon.Load(ArabicLanguagePack.Instance, path => path == NumberLexicon.VagueAmountsResource ? new StringReader(vague) : ArabicLanguagePack.Instance.OpenText(path));
        var recognizer = new NumberRecognizer(lexicon);
        var document = new Mizan.Tokenization.SegmentationStage().Run(
            Mizan.Pipeline.Document.Create(new Mizan.Pipeline.Article("t", null, "قتل كثير من الناس وعدة جنود"), ArabicLanguagePack.Instance), CancellationToken.None);
        var mention = Assert.Single(recognizer.Recognize(document.Normalized, document.Tokens));
        Assert.Equal((10L, (long?)null, NumberKind.Vague), (mention.Low, mention.High, mention.Kind));
    }
}
