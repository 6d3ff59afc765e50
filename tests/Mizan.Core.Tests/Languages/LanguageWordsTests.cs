using Mizan.Languages;
using Mizan.Languages.Arabic;
using Mizan.Lexicons;
using Mizan.Tests.Support;

namespace Mizan.Tests.Languages;

/// <summary>The small words of a pack (<c>data/ar/small-words.tsv</c>, <c>data/ar/weekdays.tsv</c>) as the recognisers read them.</summary>
public sealed class LanguageWordsTests
{
    private const string Header = "# source: written for a test\n# licence: MIT\nrole\twords\n";

    private static LanguageWords Arabic => ArabicLanguagePack.Instance.Words;

    [Fact]
    public void Every_role_has_a_word()
    {
        foreach (WordRole role in Enum.GetValues<WordRole>())
        {
            Assert.NotEmpty(Arabic.Written(role));
            Assert.NotEmpty(Arabic.Keys(role));
        }
    }

    [Theory]
    [InlineData(WordRole.ClauseMark, "،")]
    [InlineData(WordRole.ClauseMark, "؛")]
    [InlineData(WordRole.TriggerClauseMark, "–")]
    [InlineData(WordRole.TriggerClauseMark, "*")]
    [InlineData(WordRole.SpeechClauseMark, ":")]
    [InlineData(WordRole.Comma, "،")]
    public void Marks_are_their_own_keys(WordRole role, string mark)
    {
        Assert.Equal(mark, ArabicLanguagePack.Instance.Key(mark));
        Assert.True(Arabic.Is(role, mark));
    }

    [Theory]
    [InlineData(WordRole.SpeechGlue, "امس")] // أمس
    [InlineData(WordRole.SpeechGlue, "ايضا")] // أيضا
    [InlineData(WordRole.Host, "لدي")] // لدى
    [InlineData(WordRole.GovernmentPreposition, "في")]
    [InlineData(WordRole.RegionWord, "اقليم")] // إقليم
    public void Words_are_compared_by_their_keys(WordRole role, string key) => Assert.True(Arabic.Is(role, key));

    [Fact]
    public void The_weekdays_are_the_keys_of_the_weekday_table()
    {
        Assert.Equal(7, Arabic.Weekdays.Count);
        Assert.Contains("الجمعه", (IReadOnlySet<string>)Arabic.Weekdays); // الجمعة
        Assert.Contains("الاحد", (IReadOnlySet<string>)Arabic.Weekdays); // الأحد
    }

    [Fact]
    public void A_role_without_a_word_is_an_error_that_names_it()
    {
        string rows = string.Concat(Enum.GetValues<WordRole>().Where(r => r != WordRole.SpeaksFor).Select(r => $"{r}\tكلمة\n"));
        var pack = new PackWithTables(new Dictionary<string, string> { [LanguageWords.Resource] = Header + rows });
        var e = Assert.Throws<LexiconFormatException>(() => LanguageWords.Load(pack));
        Assert.Contains("SpeaksFor", e.Message, StringComparison.Ordinal);
        Assert.Equal("ar/small-words.tsv", e.File);
    }

    [Fact]
    public void An_unknown_role_is_an_error_at_its_line()
    {
        var pack = new PackWithTables(new Dictionary<string, string> { [LanguageWords.Resource] = Header + "no_such_role\tكلمة\n" });
        var e = Assert.Throws<LexiconFormatException>(() => LanguageWords.Load(pack));
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void A_pack_is_what_the_document_reads_with()
    {
        var pack = new PackWithTables(new Dictionary<string, string>());
        Mizan.Pipeline.Document document = Mizan.Pipeline.Document.Create(new Mizan.Pipeline.Article("t", null, "قال الجيش"), pack);
        Assert.Same(pack, document.Language);
        Assert.Equal(ArabicLanguagePack.Instance.Normalize("قال الجيش").Key, document.Normalized.Key);
    }
}
