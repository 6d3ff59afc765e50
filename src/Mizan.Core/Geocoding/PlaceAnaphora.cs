using System.Collections.Frozen;
using System.Collections.Immutable;
using Mizan.Languages;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Tokenization;

namespace Mizan.Geocoding;

/// <summary>What kind of place a definite noun of place refers back to (<c>data/ar/place-anaphora.tsv</c>).</summary>
public enum PlaceReferent : byte
{
    /// <summary>The last first-level region named: المحافظة، الولاية.</summary>
    Region,

    /// <summary>The last district named after a district word: المديرية.</summary>
    District,

    /// <summary>
    /// The last place whose name opens with the noun or follows it as a cue word: القطاع (قطاع غزة)، المخيم (مخيم اليرموك)،
    /// المدينة (مدينة درعا; not a town named without the noun: a city named in passing is often not the one meant).
    /// </summary>
    Named,

    /// <summary>The last place named as one side of a border or fence: المنطقة الحدودية after الحدود بين إسرائيل وقطاع غزة.</summary>
    Border,
}

/// <summary>
/// Definite nouns of place that mean a place the article named before (وشهدت المدينة اشتباكات، توافد
/// المتظاهرون إلى المنطقة الحدودية), read from <c>data/&lt;code&gt;/place-anaphora.tsv</c>: each is found
/// with the earlier mention it refers to. Immutable and thread-safe.
/// </summary>
public sealed class PlaceAnaphora
{
    /// <summary>The table of the nouns, under the language pack's data folder.</summary>
    public const string File = "place-anaphora.tsv";

    // المدينة الساحلية غزة، الحدود مع إسرائيل: a name this close after the noun is what the noun introduces.
    private const int NameAfterGap = 2;

    private readonly PhraseIndex<PlaceReferent> _nouns;
    private readonly FrozenSet<string> _notAfter;
    private readonly FrozenSet<string> _apart;

    private PlaceAnaphora(PhraseIndex<PlaceReferent> nouns, FrozenSet<string> notAfter, FrozenSet<string> apart)
    {
        _nouns = nouns;
        _notAfter = notAfter;
        _apart = apart;
    }

    /// <summary>No nouns: nothing refers back.</summary>
    public static PlaceAnaphora None { get; } = new(PhraseIndex<PlaceReferent>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty);

    /// <summary>The trie of the nouns (for a <see cref="LexiconLayer"/>).</summary>
    internal PhraseTrie Trie => _nouns.Trie;

    /// <summary>Loads the nouns of <paramref name="language"/> (<c>data/&lt;code&gt;/place-anaphora.tsv</c>).</summary>
    public static PlaceAnaphora Load(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        using TextReader reader = language.OpenText(File);
        return Load(language, reader);
    }

    /// <summary>Loads nouns of <paramref name="language"/> from a TSV with the columns <c>phrase refers</c>.</summary>
    /// <exception cref="LexiconFormatException">A bad entry, with file and line.</exception>
    public static PlaceAnaphora Load(ILanguagePack language, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(reader);
        string file = $"{language.Code}/{File}";
        TsvTable table = TsvTable.Parse(reader, file, "phrase", "refers");
        var nouns = new List<KeyValuePair<string, PlaceReferent>>();
        var notAfter = new List<string>();
        var apart = new List<string>();
        foreach (TsvRow row in table.Rows)
        {
            string refers = row.Required("refers");
            if (refers == "not_after")
            {
                notAfter.AddRange(row.List("phrase").Select(language.Key));
                continue;
            }

            if (refers == "apart")
            {
                apart.AddRange(row.List("phrase").Select(language.Key));
                continue;
            }

            PlaceReferent kind = row.Enum<PlaceReferent>("refers");
            foreach (string phrase in row.List("phrase"))
            {
                // القطاع → قطاع: a named place opens with the noun's word, or follows it as a cue.
                string key = language.Key(phrase);
                if (kind == PlaceReferent.Named && (key.Contains(' ', StringComparison.Ordinal) || !language.Morphology.IsDefinite(key)))
                {
                    throw new LexiconFormatException(file, row.Line, $"a noun that refers to a named place is one word with the definite article, not '{phrase}'");
                }

                nouns.Add(new KeyValuePair<string, PlaceReferent>(phrase, kind));
            }
        }

        return new PlaceAnaphora(PhraseIndex<PlaceReferent>.Build(nouns, language), notAfter.ToFrozenSet(StringComparer.Ordinal), apart.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The nouns of a sentence that refer to a place named before them, each with the mention it refers
    /// to and the readings of that mention the noun allows (المحافظة: its regions).
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="sentence">The sentence to read.</param>
    /// <param name="named">The place names of the document found so far, in text order.</param>
    public IEnumerable<(PhraseMatch<PlaceReferent> Noun, PlaceMention Referent, ImmutableArray<Place> Candidates)> Find(Document document, Sentence sentence, IReadOnlyList<PlaceMention> named)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(named);
        if (named.Count == 0)
        {
            yield break;
        }

        foreach (PhraseMatch<PlaceReferent> noun in _nouns.FindAll(document.Normalized, document.Tokens, sentence.FirstToken, sentence.EndToken))
        {
            if (noun.SuffixLength > 0 || noun.Reading.SuffixLength > 0 || NamesAfter(document, noun, sentence, named, _apart))
            {
                continue;
            }

            if (noun.EndToken < sentence.EndToken && _notAfter.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.KeyOf(document.Tokens[noun.EndToken])))
            {
                continue; // المديرية العامة للجوازات، القطاع الخاص
            }

            PlaceReferent kind = noun.Values[0];
            for (int i = named.Count - 1; i >= 0; i--)
            {
                PlaceMention earlier = named[i];
                if (earlier.EndToken > noun.FirstToken || !SaysWhere(earlier))
                {
                    continue;
                }

                ImmutableArray<Place> candidates = Readings(document, kind, noun, earlier, named, i);
                if (!candidates.IsEmpty)
                {
                    yield return (noun, earlier, candidates);
                    break;
                }
            }
        }
    }

    /// <summary>The readings of <paramref name="earlier"/> that the noun may refer to; empty when it is not of the noun's kind.</summary>
    private ImmutableArray<Place> Readings(Document document, PlaceReferent kind, PhraseMatch<PlaceReferent> noun, PlaceMention earlier, IReadOnlyList<PlaceMention> named, int index)
    {
        switch (kind)
        {
            case PlaceReferent.Region:
                return earlier.Administrative && !earlier.District || earlier.Candidates.All(p => p.Precision == Events.LocationPrecision.Region)
                    ? [.. earlier.Candidates.Where(p => p.Precision == Events.LocationPrecision.Region)]
                    : [];
            case PlaceReferent.District:
                return earlier.District ? earlier.Candidates : [];
            case PlaceReferent.Named:
                return OpensWithOrFollows(document, earlier, BareNoun(document, noun)) ? earlier.Candidates : [];
            default:
                return SideOfBorder(named, index) ? earlier.Candidates : [];
        }
    }

    /// <summary>Whether a mention says where something is (not a backer, a seat, a government, the other side of a border).</summary>
    private static bool SaysWhere(PlaceMention p) => p.Role is PlaceRole.Location or PlaceRole.Dateline or PlaceRole.Venue;

    /// <summary>
    /// Whether a place name starts within <see cref="NameAfterGap"/> words after the noun, or overlaps it;
    /// a name after a word of <paramref name="apart"/> is another place when the noun is not a border's
    /// (حدود القطاع مع إسرائيل: the Gaza Strip and Israel; الحدود مع إسرائيل: the border with Israel).
    /// </summary>
    private static bool NamesAfter(Document document, PhraseMatch<PlaceReferent> noun, Sentence sentence, IReadOnlyList<PlaceMention> named, FrozenSet<string> apart)
    {
        int limit = Math.Min(sentence.EndToken, noun.EndToken + NameAfterGap);
        bool border = noun.Values[0] == PlaceReferent.Border;
        foreach (PlaceMention p in named)
        {
            if (p.FirstToken < limit && p.EndToken > noun.FirstToken && (border || !Apart(document, noun.EndToken, p.FirstToken, apart)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of <paramref name="apart"/> stands between the tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool Apart(Document document, int from, int to, FrozenSet<string> apart)
    {
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = apart.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int t = from; t < to; t++)
        {
            if (lookup.Contains(document.KeyOf(document.Tokens[t])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The noun's word without its proclitics and article (بالقطاع → قطاع).</summary>
    private static string BareNoun(Document document, PhraseMatch<PlaceReferent> noun)
    {
        ReadOnlySpan<char> word = document.KeyOf(document.Tokens[noun.FirstToken]);
        Span<char> buffer = stackalloc char[word.Length + 1];
        ReadOnlySpan<char> stem = noun.Reading.Stem(word, buffer);
        Languages.IMorphology morphology = document.Language.Morphology;
        return (!noun.Reading.StripsArticle && morphology.IsDefinite(stem) ? stem[morphology.ArticleLength..] : stem).ToString();
    }

    /// <summary>Whether the mention's name opens with <paramref name="stem"/> (قطاع غزة) or the word before it ends with it (بمخيم اليرموك).</summary>
    private static bool OpensWithOrFollows(Document document, PlaceMention p, string stem)
    {
        ReadOnlySpan<char> first = document.KeyOf(document.Tokens[p.FirstToken]);
        if (first.EndsWith(stem, StringComparison.Ordinal) && first.Length - stem.Length <= 2)
        {
            return true;
        }

        if (p.FirstToken == 0)
        {
            return false;
        }

        ReadOnlySpan<char> before = document.KeyOf(document.Tokens[p.FirstToken - 1]);
        return before.EndsWith(stem, StringComparison.Ordinal) && before.Length - stem.Length <= 2;
    }

    /// <summary>Whether the mention at <paramref name="index"/> is one side of a pair whose other side is a border (غزة وإسرائيل).</summary>
    private static bool SideOfBorder(IReadOnlyList<PlaceMention> named, int index)
    {
        PlaceMention side = named[index];
        if (side.Role != PlaceRole.Location)
        {
            return false;
        }

        for (int j = Math.Max(0, index - 1); j <= Math.Min(named.Count - 1, index + 1); j++)
        {
            PlaceMention other = named[j];
            if (j != index && other.Role == PlaceRole.Border
                && (other.FirstToken >= side.EndToken && other.FirstToken - side.EndToken <= 1 || side.FirstToken >= other.EndToken && side.FirstToken - other.EndToken <= 1))
            {
                return true;
            }
        }

        return false;
    }
}
