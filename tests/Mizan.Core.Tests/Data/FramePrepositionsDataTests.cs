using Mizan.Events;
using Mizan.Languages.Arabic;
using Mizan.Lexicons;

namespace Mizan.Tests.Data;

/// <summary>Checks <c>data/ar/frame-prepositions.tsv</c>: every slot once, its words as matching keys, and clear errors for a bad table.</summary>
public class FramePrepositionsDataTests
{
    private const string Header = "# source: written for a test\n# licence: MIT\nslot\twords\treach\n";

    private static FramePrepositions Parse(string rows) =>
        FramePrepositions.Parse(TsvTable.Parse(new StringReader(Header + rows), "test.tsv", "slot", "words", "reach"), "test.tsv", ArabicLanguagePack.Instance);

    private static string AllSlotsBut(ArgumentSlot missing) =>
        string.Concat(Enum.GetValues<ArgumentSlot>().Where(s => s != missing).Select(s => $"{s}\tمع\t3\n"));

    [Fact]
    public void Every_slot_has_words_and_a_reach()
    {
        FramePrepositions prepositions = FramePrepositions.Load(ArabicLanguagePack.Instance);
        foreach (ArgumentSlot slot in Enum.GetValues<ArgumentSlot>())
        {
            Assert.NotEmpty(prepositions.Words(slot));
            Assert.True(prepositions.Reach(slot) >= 1);
        }
    }

    [Fact]
    public void Words_are_read_as_matching_keys_in_their_order()
    {
        FramePrepositions prepositions = FramePrepositions.Load(ArabicLanguagePack.Instance);
        Assert.Equal(["بين"], prepositions.Words(ArgumentSlot.ClashPair));
        Assert.Equal("علي", prepositions.Words(ArgumentSlot.VerbTarget)[0]); // على
        Assert.Contains("امام", prepositions.Words(ArgumentSlot.ProtestTarget)); // أمام
        Assert.Equal(8, prepositions.Reach(ArgumentSlot.NounVictim));
    }

    [Fact]
    public void A_missing_slot_is_an_error_that_names_it()
    {
        var e = Assert.Throws<LexiconFormatException>(() => Parse(AllSlotsBut(ArgumentSlot.NounAgent)));
        Assert.Contains("NounAgent", e.Message, StringComparison.Ordinal);
        Assert.Contains("test.tsv", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clash_pair\tبين\t3\nclash_pair\tمع\t3\n", "twice", 5)]
    [InlineData("no_such_slot\tبين\t3\n", "no_such_slot", 4)]
    [InlineData("clash_pair\tبين\t0\n", "reach", 4)]
    [InlineData("clash_pair\t\t3\n", "words", 4)]
    public void A_bad_row_is_an_error_at_its_line(string rows, string problem, int line)
    {
        var e = Assert.Throws<LexiconFormatException>(() => Parse(rows));
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Contains($"test.tsv:{line}", e.Message, StringComparison.Ordinal);
    }
}
