using System.Collections.Frozen;
using Mizan.Languages;

namespace Mizan.Numbers;

/// <summary>
/// A cheap test of whether a word can start one of a set of phrases, before the phrase
/// index tries every clitic reading of it: the word is a phrase's first word, or one after
/// up to four proclitic letters (و ف ب ل ك س and the article; لل with the article's alef
/// restored). Enclitic readings are not needed by the number recogniser. Clitics are peeled only from
/// the front, so the word must also end as some first word ends: that check is one array
/// read and rejects most words. Immutable.
/// </summary>
internal sealed class FirstWordGate
{
    private const int MaxProcliticLetters = 4;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly IMorphology _morphology;
    private readonly bool[] _endings = new bool[1 << 16];

    public FirstWordGate(ILanguagePack language, IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(phrases);
        _morphology = language.Morphology;
        FrozenSet<string> firstWords = phrases
            .Select(p => FirstWordKey(language, p))
            .Where(k => k.Length > 0)
            .ToFrozenSet(StringComparer.Ordinal);
        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string first in firstWords)
        {
            _endings[EndingIndex(first)] = true;
        }
    }

    /// <summary>Whether <paramref name="word"/> (a token's key) may start a phrase.</summary>
    public bool MayStart(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !_endings[EndingIndex(word)])
        {
            return false;
        }

        if (_firstWords.Contains(word))
        {
            return true;
        }

        for (int p = 1; p <= MaxProcliticLetters && p < word.Length - 1; p++)
        {
            if (!_morphology.IsProcliticLetter(word[p - 1]))
            {
                return false;
            }

            if (_firstWords.Contains(word[p..]))
            {
                return true;
            }

            if (_morphology.ContractsArticle(word[(p - 1)..]) && RestoredAlef(word[p..]))
            {
                return true; // لل: ل + the article with its alef dropped (للعشرات)
            }
        }

        return false;
    }

    private bool RestoredAlef(ReadOnlySpan<char> rest)
    {
        Span<char> buffer = stackalloc char[rest.Length + 1];
        buffer[0] = _morphology.RestoredLetter;
        rest.CopyTo(buffer[1..]);
        return _firstWords.Contains(buffer);
    }

    /// <summary>The low bytes of the last two characters: Arabic letters differ in them.</summary>
    private static int EndingIndex(ReadOnlySpan<char> word) =>
        word.Length == 1 ? word[0] & 0xFF : ((word[^2] & 0xFF) << 8) | (word[^1] & 0xFF);

    private static string FirstWordKey(ILanguagePack language, string phrase)
    {
        string key = language.Key(phrase).Trim();
        int space = key.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? key : key[..space];
    }
}
