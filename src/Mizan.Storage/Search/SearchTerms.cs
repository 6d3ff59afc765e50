using System.Collections.Immutable;
using System.Globalization;
using Mizan.Languages;
using Mizan.Languages.Arabic;
using Mizan.Morphology;
using Mizan.Pipeline;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Storage.Search;

/// <summary>
/// The terms full-text search indexes and looks up, the same for both backends. Text is
/// normalised (<see cref="ArabicNormalizer"/>: hamza and alef forms, ta marbuta, diacritics and
/// tatweel folded); an Arabic word is indexed as itself and as every stem left by peeling its
/// proclitics (و ف, ب ك ل س, ال: بالجزائر also as الجزائر and جزائر); a query word is looked up
/// without its article (الجزائر → جزائر), so that it finds the word with any proclitics. Latin
/// words are lower-cased; numbers keep their digits only.
/// </summary>
public static class SearchTerms
{
    private const int MinQueryStem = 2;

    /// <summary>The distinct terms of an analysed article, in first-seen order.</summary>
    public static ImmutableArray<string> Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        var terms = ImmutableArray.CreateBuilder<string>();
        IMorphology morphology = document.Language.Morphology;
        Span<CliticReading> readings = stackalloc CliticReading[morphology.MaxReadings];
        Span<char> buffer = stackalloc char[256];
        foreach (Token token in document.Tokens)
        {
            ReadOnlySpan<char> key = document.KeyOf(token);
            switch (token.Kind)
            {
                case TokenKind.Arabic:
                    Add(key, lookup, terms);
                    if (key.Length < buffer.Length - 1)
                    {
                        int count = morphology.Readings(key, readings);
                        for (int i = 0; i < count; i++)
                        {
                            if (readings[i].SuffixLength == 0 && readings[i].PrefixLength > 0)
                            {
                                Add(readings[i].Stem(key, buffer), lookup, terms);
                            }
                        }
                    }

                    break;
                case TokenKind.Latin:
                    Add(Lower(key, buffer), lookup, terms);
                    break;
                case TokenKind.Number:
                    Add(Digits(key, buffer), lookup, terms);
                    break;
                default:
                    break;
            }
        }

        return terms.ToImmutable();
    }

    /// <summary>The terms of an Arabic query, each of which must occur; empty when it has no word.</summary>
    public static ImmutableArray<string> OfQuery(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        NormalizedText normalized = ArabicNormalizer.Normalize(query);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        var terms = ImmutableArray.CreateBuilder<string>();
        Span<char> buffer = stackalloc char[256];
        foreach (Token token in Tokenizer.Tokenize(normalized))
        {
            ReadOnlySpan<char> key = normalized.Key.AsSpan(token.Key.Start, token.Key.Length);
            if (key.Length >= buffer.Length)
            {
                continue;
            }

            ReadOnlySpan<char> term = token.Kind switch
            {
                TokenKind.Arabic => key.StartsWith("\u0627\u0644", StringComparison.Ordinal) && key.Length - 2 >= MinQueryStem ? key[2..] : key,
                TokenKind.Latin => Lower(key, buffer),
                TokenKind.Number => Digits(key, buffer),
                _ => [],
            };
            Add(term, lookup, terms);
        }

        return terms.ToImmutable();
    }

    // A token may hold more than letters (an emoji glued to a Latin word): each run of letters,
    // marks and digits is a term of its own, so that the full-text index's tokenizer, whichever it
    // is, never splits a term again and a query finds what was indexed.
    private static void Add(ReadOnlySpan<char> term, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, ImmutableArray<string>.Builder terms)
    {
        int start = 0;
        while (start < term.Length)
        {
            int end = start;
            while (end < term.Length && IsWordChar(term[end]))
            {
                end++;
            }

            AddWord(term[start..end], lookup, terms);
            start = end + 1;
        }
    }

    private static void AddWord(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, ImmutableArray<string>.Builder terms)
    {
        if (word.IsEmpty || lookup.Contains(word))
        {
            return;
        }

        string value = word.ToString();
        lookup.Set.Add(value);
        terms.Add(value);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
        {
            return [];
        }

        int n = word.ToLowerInvariant(buffer);
        return buffer[..n];
    }

    private static ReadOnlySpan<char> Digits(ReadOnlySpan<char> number, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in number)
        {
            if (char.IsAsciiDigit(c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n];
    }
}
