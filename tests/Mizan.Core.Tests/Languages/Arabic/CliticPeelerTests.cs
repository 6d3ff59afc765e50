using Mizan.Languages.Arabic;
using Mizan.Lexicons;
using Mizan.Morphology;
using Mizan.Text;

namespace Mizan.Tests.Languages.Arabic;

public class CliticPeelerTests
{
    private static readonly string[] Lexicon = ["الجزائر", "كيدال", "أفادت", "قوات", "القوات", "مقتل", "الجيش", "قو"];

    private static string? FirstKnownStem(string word)
    {
        var known = Lexicon.Select(ArabicNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        string key = ArabicNormalizer.Key(word);
        Span<CliticReading> readings = stackalloc CliticReading[CliticPeeler.MaxReadings];
        int n = CliticPeeler.Readings(key, readings);
        Span<char> buffer = stackalloc char[key.Length + 1];
        for (int i = 0; i < n; i++)
        {
            string stem = readings[i].Stem(key, buffer).ToString();
            if (known.Contains(stem))
            {
                return stem;
            }
        }

        return null;
    }

    [Theory]
    [InlineData("بالجزائر", "الجزائر")]
    [InlineData("لكيدال", "كيدال")]
    [InlineData("وأفادت", "افادت")]
    [InlineData("قواته", "قوات")]
    [InlineData("للقوات", "القوات")]
    [InlineData("لمقتل", "مقتل")]
    [InlineData("وبالجيش", "الجيش")]
    [InlineData("والقوات", "القوات")]
    [InlineData("فقواتهم", "قوات")]
    public void Lexicon_check_finds_the_stem_behind_the_clitics(string word, string expectedKey)
    {
        Assert.Equal(expectedKey, FirstKnownStem(word));
    }

    [Fact]
    public void Lam_lam_is_never_overstemmed_to_a_two_letter_root()
    {
        // A generic light stemmer turns للقوات into قو; the lexicon check prefers the longest known stem.
        Assert.Equal("القوات", FirstKnownStem("للقوات"));
    }

    [Fact]
    public void The_whole_word_is_always_the_first_reading()
    {
        Span<CliticReading> readings = stackalloc CliticReading[CliticPeeler.MaxReadings];
        int n = CliticPeeler.Readings("وزير", readings);
        Assert.True(n > 1);
        Assert.Equal(CliticReading.Whole, readings[0]);
    }

    [Fact]
    public void Stems_keep_at_least_two_letters()
    {
        Span<CliticReading> readings = stackalloc CliticReading[CliticPeeler.MaxReadings];
        int n = CliticPeeler.Readings("وله", readings);
        Span<char> buffer = stackalloc char[8];
        for (int i = 0; i < n; i++)
        {
            Assert.True(readings[i].Stem("وله", buffer).Length >= 2);
        }
    }
}
