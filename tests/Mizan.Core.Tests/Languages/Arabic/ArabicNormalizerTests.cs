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
    public void Key_spans_map_back_to_original_words_with_their_marks()
    {
        const string text = "وأكد غريّب أن";
        var normalized = ArabicNormalizer.Normalize(text);
        int keyStart = normalized.Key.IndexOf("غريب", StringComparison.Ordinal);
        var span = normalized.ToOriginal(new TextSpan(keyStart, keyStart + 4));
        Assert.Equal("غريّب", span.Slice(text));
    }
}
