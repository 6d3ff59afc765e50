using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mizan.Languages.Arabic;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Tests.Languages.Arabic;

/// <summary>Generators of text that mixes Arabic, marks, digits, Latin, punctuation and arbitrary UTF-16.</summary>
public static class TextArbitraries
{
    private static readonly char[] Interesting =
    [
        'ا', 'أ', 'إ', 'آ', 'ٱ', 'ى', 'ي', 'ة', 'ه', 'ل', 'ب', 'و', 'ف', 'ك', 'س', 'م', 'ت', 'ن', 'ع', 'ء', 'ؤ', 'ئ',
        '\u064B', '\u064E', '\u0650', '\u0651', '\u0652', '\u0653', '\u0654', '\u0655', '\u0670', '\u0640',
        '٠', '٣', '٩', '۴', '٫', '٬', '0', '7', ',', '.', '،', '؟', '!', '?', '«', '»', '"', '(', ')', ':', '-',
        ' ', ' ', '\n', '\t', '\u00A0', '\u200C', '\u200F', 'A', 'z', 'é', 'e', '\u0301', '\u0308', 'ㄱ', '\u1100', '\u1161', '\u11A8',
        '\uD83D', '\uDE00', '\uDC00', '\uFEFF', 'ک', 'ی',
    ];

    public static Arbitrary<string> MixedText()
    {
        Gen<char> interesting = Gen.Elements(Interesting);
        Gen<char> any = Gen.Choose(0, 0xFFFF).Select(i => (char)i);
        Gen<char> one = Gen.Frequency((8, interesting), (1, any));
        Gen<string> text = Gen.ArrayOf(one).Select(chars => new string(chars));
        return text.ToArbitrary();
    }
}

public class NormalizationProperties
{
    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 500)]
    public bool Map_is_monotonic_and_inside_the_text(string text)
    {
        NormalizedText n = ArabicNormalizer.Normalize(text);
        int[] map = n.CopyMap();
        if (map.Length != n.Key.Length + 1 || map[^1] != text.Length || (map.Length > 0 && map[0] < 0))
        {
            return false;
        }

        for (int i = 1; i < map.Length; i++)
        {
            if (map[i] < map[i - 1] || map[i] > text.Length)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 500)]
    public bool Every_piece_of_the_key_is_the_key_of_the_original_piece_it_maps_to(string text)
    {
        // Group key positions that map to the same original position; the key of that original
        // slice, normalised on its own, must be exactly that group of key characters.
        NormalizedText n = ArabicNormalizer.Normalize(text);
        int a = 0;
        while (a < n.Key.Length)
        {
            int b = a + 1;
            while (b < n.Key.Length && n.ToOriginal(b) == n.ToOriginal(a))
            {
                b++;
            }

            string original = text[n.ToOriginal(a)..n.ToOriginal(b)];
            if (ArabicNormalizer.Key(original) != n.Key[a..b])
            {
                return false;
            }

            a = b;
        }

        return true;
    }

    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 500)]
    public bool Key_is_idempotent(string text)
    {
        string key = ArabicNormalizer.Key(text);
        return ArabicNormalizer.Key(key) == key;
    }

    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 300)]
    public bool Key_of_well_formed_text_equals_the_key_of_its_NFC_form(string text)
    {
        // Only meaningful for well-formed UTF-16: lone surrogates cannot be normalised.
        if (!IsWellFormed(text))
        {
            return true;
        }

        return ArabicNormalizer.Key(text) == ArabicNormalizer.Key(text.Normalize(NormalizationForm.FormC));
    }

    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 300)]
    public bool Key_never_contains_a_folded_away_character(string text)
    {
        string key = ArabicNormalizer.Key(text);
        return key.IndexOfAny(['أ', 'إ', 'آ', 'ٱ', 'ى', 'ة', '\u064E', '\u0651', '\u0640', '٣', '۴']) < 0;
    }

    private static bool IsWellFormed(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]))
            {
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}

public class TokenizationProperties
{
    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 500)]
    public bool Token_spans_are_ordered_disjoint_non_empty_and_inside_the_text(string text)
    {
        NormalizedText n = ArabicNormalizer.Normalize(text);
        var (tokens, sentences) = Tokenizer.Segment(n);
        int previousEnd = 0;
        int previousKeyEnd = 0;
        foreach (Token t in tokens)
        {
            if (t.Span.Start < previousEnd || t.Span.End > text.Length || t.Span.Start < 0
                || t.Key.Start < previousKeyEnd || t.Key.End > n.Key.Length || t.Key.Length == 0)
            {
                return false;
            }

            previousEnd = t.Span.End;
            previousKeyEnd = t.Key.End;
        }

        int next = 0;
        foreach (Sentence s in sentences)
        {
            if (s.FirstToken != next || s.EndToken <= s.FirstToken || s.Span.Start < 0 || s.Span.End > text.Length)
            {
                return false;
            }

            next = s.EndToken;
        }

        return next == tokens.Length;
    }

    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 300)]
    public bool Tokens_cover_every_non_blank_key_character(string text)
    {
        NormalizedText n = ArabicNormalizer.Normalize(text);
        var covered = new bool[n.Key.Length];
        foreach (Token t in Tokenizer.Tokenize(n))
        {
            for (int i = t.Key.Start; i < t.Key.End; i++)
            {
                covered[i] = true;
            }
        }

        for (int i = 0; i < covered.Length; i++)
        {
            if (!covered[i] && !char.IsWhiteSpace(n.Key[i]))
            {
                return false;
            }
        }

        return true;
    }
}
