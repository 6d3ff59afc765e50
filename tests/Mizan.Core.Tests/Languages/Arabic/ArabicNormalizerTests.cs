using Mizan.Languages.Arabic;
using Mizan.Text;

namespace Mizan.Tests.Languages.Arabic;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("أفادت", "افادت")]
    [InlineData("إبراهيم", "ابراهيم")]
    [InlineData("آلاف", "الاف")]
    [InlineData("ٱلله", "الله")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("الجزيرة", "الجزيره")]
    [InlineData("غريّب", "غريب")]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("قـــوات", "قوات")]
    [InlineData("١٢٣", "123")]
    [InlineData("۴۵", "45")]
    [InlineData("١٬٠٠٠", "1,000")]
    [InlineData("ISIS", "isis")]
    public void Key_folds_letters_marks_and_digits(string input, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.Key(input));
    }

    [Fact]
    public void Decomposed_alef_with_madda_is_composed_then_folded()
    {
        // ا + U+0653 (madda above) composes to آ under NFC, which the key folds to ا.
        var normalized = ArabicNormalizer.Normalize("\u0627\u0653\u0644\u0627\u0641");
        Assert.Equal("الاف", normalized.Key);
        Assert.Equal(0, normalized.ToOriginal(0));
        Assert.Equal(2, normalized.ToOriginal(1));
    }

    [Fact]
    public void A_decomposed_mark_is_composed_wherever_it_stands_in_a_long_text()
    {
        // The NFC check skips plain characters by blocks: a mark in any block, at any place in it, is still seen.
        for (int before = 0; before <= 40; before++)
        {
            string text = new string('\u0628', before) + "\u0627\u0653" + new string('\u0644', 20);
            var normalized = ArabicNormalizer.Normalize(text);
            Assert.Equal(new string('\u0628', before) + "\u0627" + new string('\u0644', 20), normalized.Key);
            Assert.Equal(before + 2, normalized.ToOriginal(before + 1));
        }
    }

    [Fact]
    public void A_key_that_drops_nothing_maps_each_position_to_itself()
    {
        const string text = "قال الجيش إن 3 جنود قتلوا";
        var normalized = ArabicNormalizer.Normalize(text);
        Assert.Equal(text.Length, normalized.Key.Length);
        Assert.Equal(Enumerable.Range(0, text.Length + 1), normalized.CopyMap());
        Assert.Equal(5, normalized.ToOriginal(5));
        Assert.Equal(new TextSpan(4, 8), normalized.ToOriginal(new TextSpan(4, 8)));
        Assert.Equal(0, normalized.ToKey(-3));
        Assert.Equal(7, normalized.ToKey(7));
        Assert.Equal(text.Length, normalized.ToKey(text.Length + 5));
        Assert.Throws<IndexOutOfRangeException>(() => normalized.ToOriginal(text.Length + 1));
    }

    [Fact]
    public void Key_spans_map_back_to_original_words_with_their_marks()
    {
        const string text = "وأكد غريّب أن";
        var normalized = ArabicNormalizer.Normalize(text);
        int keyStart = normalized.Key.IndexOf("غريب", StringComparison.Ordinal);
        var span = normalized.ToOriginal(new TextSpan(keyStart, keyStart + 4));
        Assert.Equal("غريّب", span.Slice(text));
    }
}
