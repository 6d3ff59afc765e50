using System.Buffers;
using System.Globalization;
using System.Runtime.Intrinsics;
using System.Text;
using Mizan.Text;

namespace Mizan.Languages.Arabic;

/// <summary>
/// Builds Arabic matching keys with an exact offset map to the original text.
/// Thread-safe and allocation-light: one key string and one map per text.
/// </summary>
/// <remarks>
/// Key rules: NFC; أ إ آ ٱ to ا; ى (and Persian ی) to ي; Persian ک to ك; ة to ه;
/// harakat U+064B–U+0655 and the superscript alef U+0670 removed; tatweel removed;
/// zero-width and directional marks removed; no-break spaces to a space; Arabic-Indic
/// and Persian digits to ASCII, ٫ to '.', ٬ to ','; ASCII letters lower-cased.
/// </remarks>
public static class ArabicNormalizer
{
    private const char Drop = '\uFFFF';

    // Immutable per-character fold table for the Basic Multilingual Plane.
    private static readonly char[] Fold = BuildFoldTable();

    /// <summary>Normalises <paramref name="text"/> into a key with an offset map.</summary>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsNfc(text) ? NormalizeComposed(text) : NormalizeDecomposed(text);
    }

    /// <summary>An NFC text (the usual case): each character folds to at most one key character.</summary>
    private static NormalizedText NormalizeComposed(string text)
    {
        char[] rented = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        int[] rentedMap = ArrayPool<int>.Shared.Rent(text.Length + 1);
        try
        {
            Span<int> map = rentedMap;
            Span<char> key = rented;
            int k = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char f = Fold[text[i]];
                if (f == Drop)
                {
                    continue;
                }

                key[k] = f;
                map[k++] = i;
            }

            map[k] = text.Length;

            // Nothing dropped (most news text has no harakat or tatweel): every key character is
            // the original character at its own position, and the text needs no map of its own.
            int[]? ownMap = k == text.Length ? null : map[..(k + 1)].ToArray();

            // Nothing folded or dropped: the key is the text itself.
            string keyString = k == text.Length && key[..k].SequenceEqual(text) ? text : new string(key[..k]);
            return new NormalizedText(text, keyString, ownMap);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
            ArrayPool<int>.Shared.Return(rentedMap);
        }
    }

    /// <summary>A text with decomposed segments: each segment is composed (NFC) before folding.</summary>
    private static NormalizedText NormalizeDecomposed(string text)
    {
        var key = new StringBuilder(text.Length);
        var map = new int[text.Length + 1];
        int k = 0;
        int i = 0;
        while (i < text.Length)
        {
            int j = i + 1;
            while (j < text.Length && !IsSegmentStart(text, j))
            {
                j++;
            }

            string segment = text.Substring(i, j - i);
            string composed = IsNfc(segment) ? segment : SafeNormalize(segment);
            foreach (char c in composed)
            {
                char f = Fold[c];
                if (f == Drop)
                {
                    continue;
                }

                if (k + 1 >= map.Length)
                {
                    Array.Resize(ref map, map.Length * 2);
                }

                key.Append(f);
                map[k++] = i;
            }

            i = j;
        }

        if (k + 1 > map.Length)
        {
            Array.Resize(ref map, k + 1);
        }

        map[k] = text.Length;
        if (map.Length != k + 1)
        {
            Array.Resize(ref map, k + 1);
        }

        return new NormalizedText(text, key.ToString(), map);
    }

    /// <summary>The key of a short string (a lexicon entry, a query), without a map.</summary>
    public static string Key(string text) => Normalize(text).Key;

    /// <summary>Folds one character as the key would; <c>null</c> when the key drops it.</summary>
    public static char? FoldChar(char c)
    {
        char f = Fold[c];
        return f == Drop ? null : f;
    }

    private static bool IsNfc(string s)
    {
        // Pure ASCII and most Arabic text is already NFC; a quick scan avoids the ICU call
        // for texts without combining marks or Hangul. Blocks of characters that are all plain
        // are skipped eight at a time; the first block that is not is read one character at a time.
        ReadOnlySpan<char> rest = s.AsSpan(PlainPrefixLength(s));
        foreach (char c in rest)
        {
            if (c >= 0x0300 && !IsPlainArabicOrLatin(c))
            {
                try
                {
                    return s.IsNormalized(NormalizationForm.FormC);
                }
                catch (ArgumentException)
                {
                    return true; // lone surrogates: leave the text as it is
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The length of a prefix of <paramref name="s"/>, in whole blocks of eight characters, whose
    /// characters are all below U+0300 or <see cref="IsPlainArabicOrLatin"/> (it may be shorter than
    /// the longest such prefix).
    /// </summary>
    private static int PlainPrefixLength(string s)
    {
        if (!Vector128.IsHardwareAccelerated)
        {
            return 0;
        }

        ReadOnlySpan<ushort> units = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(s.AsSpan());
        int i = 0;
        for (; i + Vector128<ushort>.Count <= units.Length; i += Vector128<ushort>.Count)
        {
            Vector128<ushort> c = Vector128.Create(units.Slice(i, Vector128<ushort>.Count));
            Vector128<ushort> plain = Vector128.LessThan(c, Vector128.Create((ushort)0x0300))
                | Within(c, 0x0621, 0x0652) // letters, tatweel (0640) and harakat (064B–0652)
                | Within(c, 0x0660, 0x066D)
                | Within(c, 0x0671, 0x06D3)
                | Within(c, 0x06F0, 0x06F9)
                | Within(c, 0x2000, 0x206F)
                | Vector128.Equals(c, Vector128.Create((ushort)0x060C))
                | Vector128.Equals(c, Vector128.Create((ushort)0x061B))
                | Vector128.Equals(c, Vector128.Create((ushort)0x061F));
            if (plain != Vector128<ushort>.AllBitsSet)
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Lanes of <paramref name="c"/> from <paramref name="low"/> to <paramref name="high"/> (both included).</summary>
    private static Vector128<ushort> Within(Vector128<ushort> c, ushort low, ushort high) =>
        Vector128.LessThanOrEqual(c - Vector128.Create(low), Vector128.Create((ushort)(high - low)));

    private static bool IsPlainArabicOrLatin(char c) =>
        (c >= 0x0621 && c <= 0x064A) || (c >= 0x0660 && c <= 0x066D) || c == 0x0640
        || (c >= 0x0671 && c <= 0x06D3) || (c >= 0x06F0 && c <= 0x06F9)
        || (c >= 0x2000 && c <= 0x206F) || c == 0x00AB || c == 0x00BB || c == 0x060C || c == 0x061B || c == 0x061F
        || (c >= 0x064B && c <= 0x0652); // harakat are canonical-order marks: NFC keeps them as they are in common text

    private static string SafeNormalize(string segment)
    {
        try
        {
            return segment.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return segment;
        }
    }

    private static bool IsSegmentStart(string text, int index)
    {
        char c = text[index];
        if (char.IsLowSurrogate(c) && char.IsHighSurrogate(text[index - 1]))
        {
            return false;
        }

        if (c >= 0x1160 && c <= 0x11FF)
        {
            return false; // Hangul medial vowels and final consonants compose with what precedes them
        }

        int codePoint = c;
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            codePoint = char.ConvertToUtf32(c, text[index + 1]);
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x10000];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = (char)c;
        }

        for (char c = 'A'; c <= 'Z'; c++)
        {
            table[c] = (char)(c + 32);
        }

        table['\u0623'] = '\u0627'; // أ
        table['\u0625'] = '\u0627'; // إ
        table['\u0622'] = '\u0627'; // آ
        table['\u0671'] = '\u0627'; // ٱ
        table['\u0649'] = '\u064A'; // ى
        table['\u06CC'] = '\u064A'; // ی
        table['\u06A9'] = '\u0643'; // ک
        table['\u0629'] = '\u0647'; // ة
        for (int c = 0x064B; c <= 0x0655; c++)
        {
            table[c] = Drop; // fathatan .. hamza below
        }

        table['\u0670'] = Drop; // superscript alef
        table['\u0640'] = Drop; // tatweel
        for (int c = 0x200B; c <= 0x200F; c++)
        {
            table[c] = Drop; // zero-width space, ZWNJ, ZWJ, LRM, RLM
        }

        table['\u061C'] = Drop; // Arabic letter mark
        table['\uFEFF'] = Drop; // byte order mark
        table['\u00A0'] = ' ';
        table['\u202F'] = ' ';
        for (int d = 0; d < 10; d++)
        {
            table[0x0660 + d] = (char)('0' + d);
            table[0x06F0 + d] = (char)('0' + d);
        }

        table['\u066B'] = '.';
        table['\u066C'] = ',';
        table[Drop] = Drop;
        return table;
    }
}
