using Mizan.Morphology;

namespace Mizan.Languages.Arabic;

/// <summary>
/// Enumerates the ways a word (in key form) can be read as proclitics + stem + enclitic,
/// least peeled first, so that a lexicon check can pick the first reading it knows:
/// بالجزائر → ب + الجزائر; لكيدال → ل + كيدال; وأفادت → و + أفادت; قواته → قوات + ه;
/// للقوات → ل + القوات (never قو: stems are never cut by a generic stemmer).
/// </summary>
/// <remarks>
/// Proclitics: an optional conjunction (و or ف), then an optional particle (ب، ل، ك، س),
/// then an optional article (ال); ل + ال is written لل. Enclitics: ه ها هم هما هن ك كم نا ي.
/// A stem keeps at least two letters.
/// </remarks>
public static class CliticPeeler
{
    /// <summary>Upper bound of readings for one word; size buffers with it.</summary>
    public const int MaxReadings = 48;

    private const int MinStem = 2;

    // Longest first, so that هما is tried before ها and ه.
    private static readonly string[] Enclitics = ["هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي"];

    // Whether a letter ends some enclitic (by code point, Arabic block): a word ending otherwise has none.
    private static readonly bool[] EncliticEnds = BuildEncliticEnds();

    // The enclitics that end in each letter (by code point, Arabic block), in the order of Enclitics.
    private static readonly string[][] EncliticsEndingIn = BuildEncliticsEndingIn();

    /// <summary>
    /// Fills <paramref name="readings"/> with every reading of <paramref name="word"/>,
    /// the whole word first and then in order of increasing <see cref="CliticReading.Cost"/>.
    /// </summary>
    /// <returns>The number of readings written.</returns>
    public static int Readings(ReadOnlySpan<char> word, Span<CliticReading> readings)
    {
        // Most words neither start with a proclitic letter nor end with an enclitic one: the
        // whole word is their only reading.
        if (word.Length >= MinStem && !MayStartWithProclitic(word[0]) && !MayEndWithEnclitic(word[^1]) && readings.Length > 0)
        {
            readings[0] = CliticReading.Whole;
            return 1;
        }

        int count = 0;
        PrefixBuffer prefixBuffer = default;
        Span<(byte Length, bool Alef, bool Article)> prefixes = prefixBuffer;
        int prefixCount = Prefixes(word, prefixes);
        int suffixCount = 0;
        SuffixBuffer suffixBuffer = default;
        Span<byte> suffixes = suffixBuffer;
        suffixes[suffixCount++] = 0;
        char last = word.Length > 0 ? word[^1] : '\0';
        if (MayEndWithEnclitic(last))
        {
            foreach (string enclitic in EncliticsEndingIn[last])
            {
                if (word.Length - enclitic.Length >= MinStem && word.EndsWith(enclitic, StringComparison.Ordinal))
                {
                    suffixes[suffixCount++] = (byte)enclitic.Length;
                }
            }
        }

        bool sorted = true;
        int lastCost = 0;
        for (int p = 0; p < prefixCount; p++)
        {
            for (int s = 0; s < suffixCount; s++)
            {
                if (suffixes[s] > 0 && (prefixes[p].Article || prefixes[p].Alef || StartsWithArticle(word, prefixes[p].Length)))
                {
                    continue; // a noun with the article takes no pronoun suffix: الإشارة is not الإشار + ه
                }

                var reading = new CliticReading(prefixes[p].Length, suffixes[s], prefixes[p].Alef, prefixes[p].Article);
                if (reading.StemLength(word.Length) < MinStem || word.Length - reading.PrefixLength - reading.SuffixLength < 1)
                {
                    continue;
                }

                if (count < readings.Length)
                {
                    sorted &= count == 0 || reading.Cost >= lastCost;
                    lastCost = reading.Cost;
                    readings[count++] = reading;
                }
            }
        }

        // Stable insertion sort by cost: at most a few dozen readings, often in order already.
        for (int i = 1; i < count && !sorted; i++)
        {
            CliticReading current = readings[i];
            int j = i - 1;
            while (j >= 0 && readings[j].Cost > current.Cost)
            {
                readings[j + 1] = readings[j];
                j--;
            }

            readings[j + 1] = current;
        }

        return count;
    }

    private static int Prefixes(ReadOnlySpan<char> word, Span<(byte Length, bool Alef, bool Article)> prefixes)
    {
        int count = 0;
        prefixes[count++] = (0, false, false);
        for (int withConjunction = 0; withConjunction < 2; withConjunction++)
        {
            int at;
            if (withConjunction == 0)
            {
                at = 0;
            }
            else if (word.Length > 0 && (word[0] == '\u0648' || word[0] == '\u0641'))
            {
                at = 1; // و، ف
                prefixes[count++] = (1, false, false);
            }
            else
            {
                break;
            }

            // Article directly after the conjunction: والجيش → و + الجيش (and و + جيش without the article).
            if (withConjunction == 1 && StartsWithArticle(word, at))
            {
                prefixes[count++] = ((byte)(at + 2), false, true);
            }
            else if (withConjunction == 0 && StartsWithArticle(word, 0))
            {
                prefixes[count++] = (2, false, true);
            }

            if (word.Length > at + 1)
            {
                char particle = word[at];
                if (particle is '\u0628' or '\u0643' or '\u0633')
                {
                    // ب، ك، س
                    prefixes[count++] = ((byte)(at + 1), false, false);
                    if (StartsWithArticle(word, at + 1))
                    {
                        prefixes[count++] = ((byte)(at + 3), false, true);
                    }
                }
                else if (particle == '\u0644')
                {
                    // ل: لكيدال → ل + كيدال; للقوات → ل + (ا)لقوات, or ل + ل + قوات with the article stripped.
                    prefixes[count++] = ((byte)(at + 1), false, false);
                    if (word.Length > at + 2 && word[at + 1] == '\u0644')
                    {
                        prefixes[count++] = ((byte)(at + 1), true, false);
                        prefixes[count++] = ((byte)(at + 2), false, true);
                    }
                }
            }
        }

        return count;
    }

    /// <summary>و ف ب ك س ل, or the alef of the article: the letters <see cref="Prefixes"/> peels.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayStartWithProclitic(char c) =>
        c is '\u0648' or '\u0641' or '\u0628' or '\u0643' or '\u0633' or '\u0644' or '\u0627';

    /// <summary>Whether <paramref name="c"/> is the last letter of some enclitic (ا م ن ه ك ي).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayEndWithEnclitic(char c) => c < EncliticEnds.Length && EncliticEnds[c];

    /// <summary>Room for the proclitic readings of one word (<see cref="Prefixes"/> writes at most 12).</summary>
    [System.Runtime.CompilerServices.InlineArray(12)]
    private struct PrefixBuffer
    {
        private (byte Length, bool Alef, bool Article) _first;
    }

    /// <summary>Room for the enclitic lengths of one word: none, or one per enclitic (checked in <see cref="BuildEncliticEnds"/>).</summary>
    [System.Runtime.CompilerServices.InlineArray(16)]
    private struct SuffixBuffer
    {
        private byte _first;
    }

    private static bool[] BuildEncliticEnds()
    {
        if (Enclitics.Length + 1 > 16)
        {
            throw new InvalidOperationException("SuffixBuffer holds 16 suffix lengths: make it larger for more enclitics");
        }

        var ends = new bool[0x0700];
        foreach (string enclitic in Enclitics)
        {
            ends[enclitic[^1]] = true;
        }

        return ends;
    }

    private static string[][] BuildEncliticsEndingIn()
    {
        var byLetter = new string[EncliticEnds.Length][];
        for (int c = 0; c < byLetter.Length; c++)
        {
            byLetter[c] = [.. Enclitics.Where(e => e[^1] == c)];
        }

        return byLetter;
    }

    private static bool StartsWithArticle(ReadOnlySpan<char> word, int at) =>
        word.Length > at + 2 && word[at] == '\u0627' && word[at + 1] == '\u0644';
}
