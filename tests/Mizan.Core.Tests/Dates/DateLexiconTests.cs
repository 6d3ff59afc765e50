using Mizan.Dates;
using Mizan.Languages.Arabic;
using Mizan.Lexicons;

namespace Mizan.Tests.Dates;

public class DateLexiconTests
{
    private static readonly string[] Resources =
    [
        DateLexicon.MonthsResource,
        DateLexicon.WeekdaysResource,
        DateLexicon.RelativeDatesResource,
        DateLexicon.DayOrdinalsResource,
        DateLexicon.DateWordsResource,
    ];

    [Fact]
    public void The_embedded_vocabulary_loads()
    {
        DateLexicon lexicon = DateLexicon.Load(ArabicLanguagePack.Instance);
        Assert.True(lexicon.Count > 200, $"only {lexicon.Count} phrases");
    }

    [Fact]
    public void The_words_for_after_it_are_read_apart_from_the_date_phrases()
    {
        DateLexicon lexicon = DateLexicon.Load(ArabicLanguagePack.Instance);
        Assert.True(lexicon.IsElapsedAfter(Mizan.Languages.Arabic.ArabicNormalizer.Key("وبعده")));
        Assert.True(lexicon.IsElapsedAfter(Mizan.Languages.Arabic.ArabicNormalizer.Key("بعدها")));
        Assert.False(lexicon.IsElapsedAfter(Mizan.Languages.Arabic.ArabicNormalizer.Key("قبل")));
    }

    [Fact]
    public void Every_date_resource_says_it_was_written_by_the_project_under_mit()
    {
        foreach (string resource in Resources)
        {
            using TextReader reader = ArabicLanguagePack.Instance.OpenText(resource);
            TsvTable table = TsvTable.Parse(reader, resource, "phrase");
            Assert.Equal("written by the Mizan project", table.Source);
            Assert.Equal("MIT", table.Licence);
        }
    }

    [Fact]
    public void A_month_number_out_of_range_is_reported_with_file_and_line()
    {
        var error = Assert.Throws<LexiconFormatException>(() => LoadWith(DateLexicon.MonthsResource, "phrase\tcalendar\tmonth\tneeds_cue\nيناير\tgregorian\t1\tno\nفبراير\tgregorian\t13\tno\n"));
        Assert.Equal("ar/" + DateLexicon.MonthsResource, error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("13", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_role_is_reported_with_file_and_line()
    {
        var error = Assert.Throws<LexiconFormatException>(() => LoadWith(DateLexicon.DateWordsResource, "phrase\trole\tvalue\nيوم\tday_cue\t\nأمس\tyesterday\t\n"));
        Assert.Equal("ar/" + DateLexicon.DateWordsResource, error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("yesterday", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_listed_twice_with_the_same_meaning_is_reported()
    {
        var error = Assert.Throws<LexiconFormatException>(() => LoadWith(DateLexicon.WeekdaysResource, "phrase\tweekday\nالإثنين\tmonday\nالاثنين\tmonday\n"));
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void A_phrase_with_digits_is_reported()
    {
        var error = Assert.Throws<LexiconFormatException>(() => LoadWith(DateLexicon.RelativeDatesResource, "phrase\tfrom\tto\tprecision\nقبل 3 أيام\t-3\t-3\tday\n"));
        Assert.Equal(4, error.Line);
    }

    private static DateLexicon LoadWith(string replaced, string body) =>
        DateLexicon.Load(ArabicLanguagePack.Instance, name => name == replaced
            ? new StringReader("# source: a test\n# licence: MIT\n" + body)
            : ArabicLanguagePack.Instance.OpenText(name));
}
