using Mizan.Events;
using Mizan.Languages.Arabic;
using Mizan.Lexicons;
using Mizan.Tests.Support;

namespace Mizan.Tests.Data;

/// <summary>Checks <c>data/ar/event-reader-words.tsv</c>: every role has words, keys are normalised, lemmas are lemmas of the triggers.</summary>
public class EventReaderWordsDataTests
{
    private static EventReaderWords Words { get; } = EventReaderWords.Load(ArabicLanguagePack.Instance);

    [Fact]
    public void Every_role_has_a_word()
    {
        foreach (ReaderWordRole role in Enum.GetValues<ReaderWordRole>())
        {
            Assert.NotEmpty(Words.Of(role));
        }
    }

    [Theory]
    [InlineData(nameof(ReaderWordRole.NounBefore), "عمليه")] // عملية
    [InlineData(nameof(ReaderWordRole.NounBefore), "علي")] // على
    [InlineData(nameof(ReaderWordRole.Demonstrative), "هذه")]
    [InlineData(nameof(ReaderWordRole.Complementiser), "ان")] // إن، أن
    [InlineData(nameof(ReaderWordRole.Complementiser), "بان")] // بأن
    [InlineData(nameof(ReaderWordRole.Glue), "امس")] // أمس
    [InlineData(nameof(ReaderWordRole.ClauseOpener), "ف")]
    public void Words_are_matching_keys(string role, string key)
    {
        Assert.True(Words.Is(Enum.Parse<ReaderWordRole>(role), key));
    }

    [Fact]
    public void City_words_are_found_at_the_end_of_a_word_and_and_at_its_start()
    {
        Assert.True(Words.EndsWithAny(ReaderWordRole.CityWord, "بالعاصمه"));
        Assert.False(Words.EndsWithAny(ReaderWordRole.CityWord, "العاصميون"));
        Assert.True(Words.StartsWithAny(ReaderWordRole.And, "وحماه"));
        Assert.False(Words.Is(ReaderWordRole.And, "وحماه"));
    }

    [Fact]
    public void Lemma_roles_name_lemmas_of_the_triggers()
    {
        using TextReader reader = Mizan.Resources.EmbeddedData.OpenText("ar/triggers.tsv");
        var lemmas = TsvTable.Parse(reader, "ar/triggers.tsv", "lemma").Rows.Select(r => r.Required("lemma")).ToHashSet(StringComparer.Ordinal);
        foreach (ReaderWordRole role in new[] { ReaderWordRole.ChantLemma, ReaderWordRole.AgentLemma, ReaderWordRole.DeviceLemma })
        {
            Assert.All(Words.Of(role), lemma => Assert.Contains(lemma, lemmas));
        }
    }

    [Fact]
    public void The_trigger_lexicon_marks_agent_and_device_lemmas()
    {
        TriggerEntry protesters = Assert.Single(TriggersOf("المتظاهرون"), e => e.Type == "PROTEST");
        Assert.True(protesters.NamesAgents);
        TriggerEntry device = TriggersOf("سيارة مفخخة").First();
        Assert.True(device.NeedsAction);
        Assert.False(TriggersOf("هجوم").First().NeedsAction);
    }

    [Fact]
    public void A_role_without_a_word_is_an_error_that_names_it()
    {
        string rows = string.Concat(Enum.GetValues<ReaderWordRole>().Where(r => r != ReaderWordRole.Glue).Select(r => $"كلمة\t{r}\n"));
        var table = TsvTable.Parse(new StringReader("# source: written for a test\n# licence: MIT\nword\trole\n" + rows), "test.tsv", "word", "role");
        var e = Assert.Throws<LexiconFormatException>(() => EventReaderWords.Parse(table, "test.tsv", ArabicLanguagePack.Instance));
        Assert.Contains("Glue", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_role_is_an_error_at_its_line()
    {
        var table = TsvTable.Parse(new StringReader("# source: written for a test\n# licence: MIT\nword\trole\nكلمة\tno_such_role\n"), "test.tsv", "word", "role");
        var e = Assert.Throws<LexiconFormatException>(() => EventReaderWords.Parse(table, "test.tsv", ArabicLanguagePack.Instance));
        Assert.Contains("test.tsv:4", e.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<TriggerEntry> TriggersOf(string text)
    {
        var document = Engines.Process(text);
        var triggers = Engines.Default.Resources.Events.Triggers.FindAll(document.Normalized, document.Tokens, 0, document.Tokens.Length);
        return triggers.Length == 0 ? [] : triggers[0].Values;
    }
}
