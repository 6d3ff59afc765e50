using System.Collections.Frozen;
using Mizan.Languages;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Tokenization;

namespace Mizan.Geocoding;

/// <summary>
/// Reads the role of a place mention from the words around it (<c>data/ar/place-roles.tsv</c>):
/// an affiliation, a source's seat (an ambassador's post), where something was said, a government, the other side of
/// a border (also of a pair of sides: السياج الفاصل بين غزة وإسرائيل), what something is about, a dateline.
/// Immutable and thread-safe.
/// </summary>
public sealed class PlaceRoles
{
    /// <summary>The table of the phrases, under the language pack's data folder.</summary>
    public const string File = "place-roles.tsv";

    private const int LookBehind = 4;
    private const int DatelineWords = 10;

    // سفير المملكة العربية السعودية في ...: the words of the sending state between the envoy and the link word.
    private const int EnvoyStateWords = 3;

    private readonly RolePhrases _phrases;

    private PlaceRoles(RolePhrases phrases) => _phrases = phrases;

    /// <summary>
    /// The phrases of the table by position: one member per position, so that a new position is one member,
    /// one case of <see cref="Load(ILanguagePack, TextReader)"/> and its use.
    /// </summary>
    private sealed record RolePhrases
    {
        /// <summary>Phrases that end right before the name (<c>before</c>).</summary>
        public PhraseIndex<PlaceRole> Before { get; init; } = PhraseIndex<PlaceRole>.Empty;

        /// <summary>Phrases that start right after the name (<c>after</c>).</summary>
        public PhraseIndex<PlaceRole> After { get; init; } = PhraseIndex<PlaceRole>.Empty;

        /// <summary>Separator tokens that close a dateline (<c>dateline</c>).</summary>
        public FrozenSet<string> DatelineEnds { get; init; } = FrozenSet<string>.Empty;

        /// <summary>Envoys and correspondents (<c>envoy</c>).</summary>
        public PhraseIndex<PlaceRole> Envoys { get; init; } = PhraseIndex<PlaceRole>.Empty;

        /// <summary>The words that link an envoy to the post (<c>envoy-link</c>).</summary>
        public FrozenSet<string> EnvoyLinks { get; init; } = FrozenSet<string>.Empty;

        /// <summary>Nouns of place between the link and the post (<c>envoy-noun</c>).</summary>
        public FrozenSet<string> EnvoyNouns { get; init; } = FrozenSet<string>.Empty;

        /// <summary>Phrases that open a pair of sides of a border (<c>pair</c>).</summary>
        public PhraseIndex<PlaceRole> PairOpeners { get; init; } = PhraseIndex<PlaceRole>.Empty;

        /// <summary>The words that join the two sides (<c>pair-joiner</c>).</summary>
        public FrozenSet<string> PairJoiners { get; init; } = FrozenSet<string>.Empty;

        /// <summary>Particles after which a verb of attack still opens its clause (<c>clause-opener</c>).</summary>
        public FrozenSet<string> ClauseOpeners { get; init; } = FrozenSet<string>.Empty;
    }

    /// <summary>The tries of the phrase lexicons of the roles (for a <see cref="Lexicons.LexiconLayer"/>).</summary>
    internal IEnumerable<Lexicons.PhraseTrie> Tries => [_phrases.Before.Trie, _phrases.After.Trie, _phrases.Envoys.Trie, _phrases.PairOpeners.Trie];

    /// <summary>No roles: every mention is a location.</summary>
    public static PlaceRoles None { get; } = new(new RolePhrases());

    /// <summary>Loads the phrases of <paramref name="language"/> (<c>data/&lt;code&gt;/place-roles.tsv</c>).</summary>
    public static PlaceRoles Load(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        using TextReader reader = language.OpenText(File);
        return Load(language, reader);
    }

    /// <summary>Loads phrases of <paramref name="language"/> from a TSV with the columns <c>phrase role position</c>.</summary>
    /// <exception cref="LexiconFormatException">A bad entry, with file and line.</exception>
    public static PlaceRoles Load(ILanguagePack language, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(reader);
        string file = $"{language.Code}/{File}";
        TsvTable table = TsvTable.Parse(reader, file, "phrase", "role", "position");
        var before = new List<KeyValuePair<string, PlaceRole>>();
        var after = new List<KeyValuePair<string, PlaceRole>>();
        var dateline = new List<string>();
        var envoys = new List<KeyValuePair<string, PlaceRole>>();
        var envoyLinks = new List<string>();
        var envoyNouns = new List<string>();
        var pairOpeners = new List<KeyValuePair<string, PlaceRole>>();
        var pairJoiners = new List<string>();
        var clauseOpeners = new List<string>();
        foreach (TsvRow row in table.Rows)
        {
            PlaceRole role = row.Enum<PlaceRole>("role");
            string position = row.Required("position");
            IEnumerable<string> phrases = row.List("phrase");
            switch (position)
            {
                case "before":
                    before.AddRange(phrases.Select(p => new KeyValuePair<string, PlaceRole>(p, role)));
                    break;
                case "after":
                    after.AddRange(phrases.Select(p => new KeyValuePair<string, PlaceRole>(p, role)));
                    break;
                case "dateline" when role == PlaceRole.Dateline:
                    dateline.AddRange(phrases);
                    break;
                case "envoy":
                    envoys.AddRange(phrases.Select(p => new KeyValuePair<string, PlaceRole>(p, role)));
                    break;
                case "envoy-link":
                    envoyLinks.AddRange(phrases.Select(language.Key));
                    break;
                case "envoy-noun":
                    envoyNouns.AddRange(phrases.Select(language.Key));
                    break;
                case "pair" when role == PlaceRole.Border:
                    pairOpeners.AddRange(phrases.Select(p => new KeyValuePair<string, PlaceRole>(p, role)));
                    break;
                case "pair-joiner" when role == PlaceRole.Border:
                    pairJoiners.AddRange(phrases.Select(language.Key));
                    break;
                case "clause-opener" when role == PlaceRole.Attacker:
                    clauseOpeners.AddRange(phrases.Select(language.Key));
                    break;
                default:
                    throw new LexiconFormatException(file, row.Line, $"position '{position}' is not before, after, envoy, envoy-link, envoy-noun, dateline (with the role dateline), pair or pair-joiner (with the role border), clause-opener (with the role attacker)");
            }
        }

        return new PlaceRoles(new RolePhrases
        {
            Before = PhraseIndex<PlaceRole>.Build(before, language),
            After = PhraseIndex<PlaceRole>.Build(after, language),
            DatelineEnds = dateline.ToFrozenSet(StringComparer.Ordinal),
            Envoys = PhraseIndex<PlaceRole>.Build(envoys, language),
            EnvoyLinks = envoyLinks.ToFrozenSet(StringComparer.Ordinal),
            EnvoyNouns = envoyNouns.ToFrozenSet(StringComparer.Ordinal),
            PairOpeners = PhraseIndex<PlaceRole>.Build(pairOpeners, language),
            PairJoiners = pairJoiners.ToFrozenSet(StringComparer.Ordinal),
            ClauseOpeners = clauseOpeners.ToFrozenSet(StringComparer.Ordinal),
        });
    }

    /// <summary>
    /// The role of a name spanning tokens [<paramref name="first"/>, <paramref name="end"/>) of a
    /// sentence starting at <paramref name="sentenceStart"/> and ending before <paramref name="sentenceEnd"/>.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="first">First token of the name.</param>
    /// <param name="end">Token after the name.</param>
    /// <param name="sentenceStart">First token of the sentence.</param>
    /// <param name="sentenceEnd">Token after the sentence.</param>
    /// <param name="standsForState">Whether the name may be a country or a capital (only those stand for a government).</param>
    /// <param name="locative">Whether a locative word introduces the name (then it is no government).</param>
    /// <param name="isCountry">Whether the name may be a country (only a country is the other side of a border).</param>
    public PlaceRole RoleOf(Document document, int first, int end, int sentenceStart, int sentenceEnd, bool standsForState, bool locative, bool isCountry)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (IsDateline(document, first, end))
        {
            return PlaceRole.Dateline;
        }

        for (int back = 1; back <= LookBehind && first - back >= sentenceStart; back++)
        {
            if (_phrases.Before.TryMatchAt(document.Normalized, document.Tokens, first - back, first, out PhraseMatch<PlaceRole> m) && m.EndToken == first)
            {
                foreach (PlaceRole role in m.Values)
                {
                    // شنت إسرائيل غارات، قالت موسكو: only a state names its government or strikes; قصفت حلب is a town shelled.
                    // A verb of attack before its subject opens its clause (وشنت إسرائيل، ثم قصفت تركيا): after a noun it has
                    // its subject already, and the state is what it struck (صواريخ استهدفت الرياض، الطائرات التي قصفت سوريا).
                    if ((role != PlaceRole.Border || isCountry) && (!StandsForState(role) || (standsForState && !locative))
                        && (role != PlaceRole.Attacker || OpensClause(document, m, sentenceStart)))
                    {
                        return role;
                    }
                }
            }
        }

        if (EnvoyPost(document, first, sentenceStart) is { } post)
        {
            return post;
        }

        if (end < sentenceEnd && _phrases.After.TryMatchAt(document.Normalized, document.Tokens, end, sentenceEnd, out PhraseMatch<PlaceRole> next))
        {
            foreach (PlaceRole role in next.Values)
            {
                // وقالت إسرائيل إن ...: a state that speaks without a locative word is its government, not a venue.
                if (role == PlaceRole.Venue && standsForState && !locative)
                {
                    return PlaceRole.Government;
                }

                if (!StandsForState(role) || (standsForState && !locative))
                {
                    return role;
                }
            }
        }

        return PlaceRole.Location;
    }

    /// <summary>
    /// Whether a verb opens its clause: first in its sentence, after a mark, with a conjunction on it (وشنت), with its
    /// object on it (الغارات التي شنتها إسرائيل), or after a particle that opens a clause or a preposition that makes it a
    /// verbal noun (ثم، فيما، قد; أدى إلى شن الولايات المتحدة غارات: <c>clause-opener</c>), not after a noun that is its subject.
    /// </summary>
    private bool OpensClause(Document document, PhraseMatch<PlaceRole> verb, int sentenceStart)
    {
        // شنتها إسرائيل: a verb that holds its object as a suffix has its subject after it.
        if (verb.Reading.PrefixLength > 0 || verb.Reading.SuffixLength > 0 || verb.FirstToken == sentenceStart)
        {
            return true;
        }

        Token before = document.Tokens[verb.FirstToken - 1];
        return !before.IsWord || _phrases.ClauseOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.KeyOf(before));
    }

    /// <summary>Whether the role is one only a state takes (a country or a capital, with no locative word before it).</summary>
    private static bool StandsForState(PlaceRole role) => role is PlaceRole.Government or PlaceRole.Attacker;

    /// <summary>
    /// Whether a pair of sides opens right before the name at <paramref name="first"/> (السياج الفاصل بين غزة وإسرائيل،
    /// الحدود الشرقية لقطاع غزة مع إسرائيل): a country of the pair whose other side is a place of another country is
    /// the other side of the border (see <see cref="PlaceRecognizer"/>).
    /// </summary>
    public bool OpensPair(Document document, int first, int sentenceStart)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (int back = 1; back <= LookBehind && first - back >= sentenceStart; back++)
        {
            if (_phrases.PairOpeners.TryMatchAt(document.Normalized, document.Tokens, first - back, first, out PhraseMatch<PlaceRole> m) && m.EndToken == first)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token joins the two sides of a pair as a word of its own (غزة مع إسرائيل); the proclitic و joins them too.</summary>
    public bool JoinsPair(Document document, int token)
    {
        ArgumentNullException.ThrowIfNull(document);
        return token >= 0 && token < document.Tokens.Length
            && _phrases.PairJoiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.KeyOf(document.Tokens[token]));
    }

    /// <summary>
    /// The role of a name after an envoy, the state that sends them and a link word: سفير السعودية في الولايات المتحدة،
    /// السفير الأمريكي لدى إسرائيل (the envoy's post, not where anything happens). Null when there is none.
    /// </summary>
    private PlaceRole? EnvoyPost(Document document, int first, int sentenceStart)
    {
        // مراسل الوكالة في مدينة دوما: a noun of place may stand between the link and the name.
        int link = first - 1;
        if (link > sentenceStart && _phrases.EnvoyNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.KeyOf(document.Tokens[link])))
        {
            link--;
        }

        if (_phrases.EnvoyLinks.Count == 0 || link <= sentenceStart
            || !_phrases.EnvoyLinks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.KeyOf(document.Tokens[link])))
        {
            return null;
        }

        // Quotation marks around the sender's name (مراسل "سكاي نيوز" في القدس) are not words of it.
        int words = 0;
        for (int at = link - 1; at >= sentenceStart && words <= EnvoyStateWords; at--)
        {
            if (document.Tokens[at].Kind == Tokenization.TokenKind.Quote)
            {
                continue;
            }

            if (_phrases.Envoys.TryMatchAt(document.Normalized, document.Tokens, at, link, out PhraseMatch<PlaceRole> m) && m.EndToken <= link)
            {
                return m.Values[0];
            }

            words++;
        }

        return null;
    }

    /// <summary>
    /// Whether the name opens the article's body (or its text, without a title) and a dateline
    /// separator follows within a few tokens: بغداد - ...، دبي، الإمارات (CNN) – ...
    /// </summary>
    private bool IsDateline(Document document, int first, int end)
    {
        if (_phrases.DatelineEnds.Count == 0)
        {
            return false;
        }

        int bodyStart = document.Article.Title is { Length: > 0 } title ? title.Length : 0;
        int opening = 0;
        while (opening < document.Tokens.Length && document.Tokens[opening].Span.Start < bodyStart)
        {
            opening++;
        }

        if (first < opening || first > opening + DatelineWords)
        {
            return false;
        }

        for (int t = opening; t < Math.Min(document.Tokens.Length, opening + DatelineWords); t++)
        {
            Token token = document.Tokens[t];
            if (token.Kind == TokenKind.Punctuation && _phrases.DatelineEnds.Contains(document.Text.Substring(token.Span.Start, token.Span.Length)))
            {
                return t >= end;
            }
        }

        return false;
    }
}
