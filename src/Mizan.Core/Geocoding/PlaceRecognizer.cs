using System.Collections.Immutable;
using Mizan.Languages;
using Mizan.Lexicons;
using Mizan.Morphology;
using Mizan.Pipeline;
using Mizan.Tokenization;

namespace Mizan.Geocoding;

/// <summary>The role of a word before a place name.</summary>
public enum PlaceCueKind : byte
{
    /// <summary>Introduces where something is: في، منطقة، مخيم.</summary>
    Locative,

    /// <summary>The town is meant, not a country or region of that name: مدينة، العاصمة.</summary>
    City,

    /// <summary>A region is meant: محافظة، ولاية، ريف.</summary>
    Region,

    /// <summary>Near, not in: قرب، شمال، على بعد.</summary>
    Relative,

    /// <summary>Where something went or came from: إلى، نحو، من. Relative too, with no nearness.</summary>
    Direction,

    /// <summary>A unit of government right before the name (بمحافظة، مديرية): the name is that unit, not its town.</summary>
    Administrative,

    /// <summary>A unit of government below the region right before the name (مديرية، قضاء، ناحية): the name is a district.</summary>
    District,

    /// <summary>A noun of place right before the name (مدينة، بلدة، قرية، مخيم، مطار): the name is a place even when it is also a common word.</summary>
    Noun,
}

/// <summary>
/// Finds gazetteer names in a document, reading proclitics off the first word
/// (بالجزائر، لكيدال) and noting the cue words before each name.
/// </summary>
public sealed class PlaceRecognizer
{
    private const int CueLookBehind = 4;

    private readonly PhraseIndex<Place> _names;
    private readonly PhraseIndex<PlaceCueKind> _cues;
    private readonly NameUsage _usage;
    private readonly PlaceRoles _roles;
    private readonly LatinPlaceReader _latinNames;
    private readonly PlaceAnaphora _anaphora;

    public PlaceRecognizer(Gazetteer gazetteer, PhraseIndex<PlaceCueKind> cues, PlaceRoles? roles = null, PlaceAnaphora? anaphora = null)
    {
        _roles = roles ?? PlaceRoles.None;
        _anaphora = anaphora ?? PlaceAnaphora.None;
        ArgumentNullException.ThrowIfNull(gazetteer);
        _usage = gazetteer.Usage;
        _names = PhraseIndex<Place>.Build(gazetteer.ArabicNames().Select(n => new KeyValuePair<string, Place>(n.Phrase, n.Place)), gazetteer.Language);
        _cues = cues ?? throw new ArgumentNullException(nameof(cues));
        _latinNames = new LatinPlaceReader(gazetteer, cues, _roles);
    }

    /// <summary>The place names of the gazetteer as a phrase index.</summary>
    public PhraseIndex<Place> Names => _names;

    /// <summary>Loads the cue words of <paramref name="language"/> (<c>data/&lt;code&gt;/place-cues.tsv</c>).</summary>
    public static PhraseIndex<PlaceCueKind> LoadCues(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        TsvTable table = language.Table("place-cues.tsv", "phrase", "cue");
        return PhraseIndex<PlaceCueKind>.Build(
            table.Rows.SelectMany(r =>
            {
                PlaceCueKind kind = r.Enum<PlaceCueKind>("cue");
                return r.List("phrase").Select(p => new KeyValuePair<string, PlaceCueKind>(p, kind));
            }),
            language);
    }

    /// <summary>Every place name in the document, in text order.</summary>
    public ImmutableArray<PlaceMention> Recognize(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = ImmutableArray.CreateBuilder<PlaceMention>();
        var cuedNames = new HashSet<string>(StringComparer.Ordinal);
        var awaitingCue = new List<(PlaceMention Mention, string Name)>();
        foreach (Sentence sentence in document.Sentences)
        {
            foreach (PhraseMatch<Place> match in _names.FindAll(document.Normalized, document.Tokens, sentence.FirstToken, sentence.EndToken))
            {
                Token first = document.Tokens[match.FirstToken];
                if (match.TokenCount == 1 && (first.Kind != TokenKind.Arabic || match.Span.Length < 3))
                {
                    continue; // two-letter names and Latin words are noise
                }

                // A place name takes no possessive pronoun: إسرائيلي is the adjective, not إسرائيل + ي.
                if (match.SuffixLength > 0 || match.Reading.SuffixLength > 0)
                {
                    continue;
                }

                // Nor the particle of the future, which only a verb takes: سمكه is "his fish", not س + مكة.
                if (match.Reading.PrefixLength > 0 && HasFuture(document, first, match.Reading.PrefixLength))
                {
                    continue;
                }

                // كبير is not ك + بير, nor وكيل و + كيل: a word seen more often than the name it
                // would contain is a word of its own (data/geo/name-usage.tsv).
                string name = NameKey(document, match);
                if (match.Reading.PrefixLength > 0 && match.TokenCount == 1 && _usage.IsOwnWord(document.KeyOf(first).ToString(), name))
                {
                    continue;
                }

                CueReading cues = ReadCues(document, match.FirstToken, sentence.FirstToken, acrossDistance: true);
                bool locative = cues.Locative || (match.Reading.PrefixLength > 0 && ProcliticIsLocative(document, first, match.Reading.PrefixLength));
                bool cued = cues.Cued, placeNoun = cues.PlaceNoun, district = cues.District, administrative = cues.Administrative;

                // كسرت is "broke", كحجة "as a pretext", كنيس a synagogue: after ك "like", a name is one of a list
                // of places (مدن كتبريز) or definite (مدن عدة كالبصرة).
                if (match.Reading.PrefixLength > 0 && HasComparison(document, first, match.Reading.PrefixLength) && !cued && !placeNoun
                    && !document.Language.Morphology.IsDefinite(document.KeyOf(first)[match.Reading.PrefixLength..]))
                {
                    continue;
                }

                string? relation = cues.Relation;
                int? relationStart = cues.RelationStart;

                // البيضاء وصنعاء وصعدة after محافظات: each name of the list is a unit too.
                if (!administrative && result.Count > 0 && result[^1] is { Administrative: true } previous
                    && previous.EndToken == match.FirstToken && StartsWithAnd(document, first))
                {
                    administrative = true;
                }

                // قرى مجاورة لبلدتي الفوعة وكفريا: the second name of a pair is related as the first.
                bool directional = cues.Directional;
                if (relation is null && result.Count > 0 && result[^1] is { Relation: { } shared } related
                    && related.EndToken == match.FirstToken && StartsWithAnd(document, first))
                {
                    relation = shared;
                    relationStart = related.RelationStart;
                    directional = related.Directional;
                }

                // A village named like a common word (البلاد، مقر، جبل) is meant only after a noun of place.
                ImmutableArray<Place> candidates = match.Values;
                if (!placeNoun && _usage.IsRarelyAPlace(name) && candidates.Any(p => p.IsVillage))
                {
                    candidates = [.. candidates.Where(p => !p.IsVillage)];
                    if (candidates.IsEmpty)
                    {
                        continue;
                    }
                }

                // السيول "the torrents" is not Seoul, بالأمان "safely" not Amman, مجلس الدوما not Douma: a name the
                // gazetteer holds without the article, read with it, is a place only after a cue word (في الحمورية،
                // قرية الصرمان), in a list after a place (في الزبير والأم قصر), or when it is a country (والتشيك).
                if (match.Reading.StripsArticle && !cued && !OpensWithPlaceNoun(document, match)
                    && !candidates.Any(p => p.Precision == Events.LocationPrecision.Country)
                    && !(result.Count > 0 && result[^1].EndToken == match.FirstToken && StartsWithAnd(document, first)))
                {
                    continue;
                }

                bool standsForState = candidates.Any(p => p.Precision == Events.LocationPrecision.Country || p.FeatureCode == "PPLC");
                PlaceRole role = _roles.RoleOf(document, match.FirstToken, match.EndToken, sentence.FirstToken, sentence.EndToken, standsForState, locative, candidates.Any(p => p.Precision == Events.LocationPrecision.Country));

                // ميناءي السدرة ورأس لانوف: the word after a name that would make it an idiom (مسقط رأسه) opens the next name.
                if (result.Count > 0 && result[^1] is { Role: PlaceRole.Idiom } idiom && idiom.EndToken == match.FirstToken)
                {
                    result[^1] = idiom with { Role = PlaceRole.Location };
                }

                // المدعومة من إيران وروسيا: each name of the list has the role of the first.
                if (role == PlaceRole.Location && result.Count > 0 && result[^1] is { Role: not PlaceRole.Location } listed
                    && listed.EndToken == match.FirstToken && StartsWithAnd(document, first))
                {
                    role = listed.Role;
                }

                // السياج الفاصل بين غزة وإسرائيل، الحدود الشرقية لقطاع غزة مع إسرائيل: the country across is the other side.
                if (result.Count > 0 && result[^1] is { } side && PairedWith(document, side, match.FirstToken, sentence.FirstToken))
                {
                    if (role == PlaceRole.Location && IsOtherSide(candidates, side.Candidates))
                    {
                        role = PlaceRole.Border;
                    }
                    else if (side.Role == PlaceRole.Location && IsOtherSide(side.Candidates, candidates))
                    {
                        result[^1] = side with { Role = PlaceRole.Border };
                    }
                }

                var mention = new PlaceMention(match.Span, match.FirstToken, match.EndToken, candidates, locative, relation, relationStart)
                {
                    Administrative = administrative,
                    District = district,
                    PlaceNoun = placeNoun,
                    Role = role,
                    Directional = relation is not null && directional,
                    CommonWord = !placeNoun && !administrative && !district && _usage.IsRarelyAPlace(name),
                };

                // A name that is mostly an ordinary word (سلة، صور) names a place after a cue word,
                // or when the article names it so elsewhere. A name that opens with a noun of place
                // (معبر رفح، قاعدة حميميم، مطار المزة) carries its cue.
                if (!cued && _usage.NeedsCue(name) && !candidates.Any(p => p.Precision == Events.LocationPrecision.Country) && !OpensWithPlaceNoun(document, match))
                {
                    awaitingCue.Add((mention, name));
                    continue;
                }

                if (cued)
                {
                    cuedNames.Add(name);
                }

                result.Add(mention);
            }
        }

        if (awaitingCue.Count > 0)
        {
            List<PlaceMention> confirmed = [.. awaitingCue.Where(a => cuedNames.Contains(a.Name)).Select(a => a.Mention)];
            if (confirmed.Count > 0)
            {
                result.AddRange(confirmed);
                result.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
            }
        }

        // مدينة ناروال: a town that GeoNames names in Latin script only.
        _latinNames.Read(document, result);
        AddReferences(document, result);
        return result.ToImmutable();
    }

    /// <summary>
    /// Adds the definite nouns of place that mean a place named before them (وشهدت المدينة اشتباكات,
    /// إلى المنطقة الحدودية after الحدود بين إسرائيل وقطاع غزة) as mentions of that place, read with the cue
    /// words before them like a name.
    /// </summary>
    private void AddReferences(Document document, ImmutableArray<PlaceMention>.Builder result)
    {
        if (result.Count == 0)
        {
            return;
        }

        List<PlaceMention>? references = null;
        PlaceMention[] named = result.ToArray();
        foreach (Sentence sentence in document.Sentences)
        {
            foreach ((PhraseMatch<PlaceReferent> noun, PlaceMention referent, ImmutableArray<Place> candidates) in _anaphora.Find(document, sentence, named))
            {
                CueReading cues = ReadCues(document, noun.FirstToken, sentence.FirstToken, acrossDistance: false);
                bool locative = cues.Locative || (noun.Reading.PrefixLength > 0 && ProcliticIsLocative(document, document.Tokens[noun.FirstToken], noun.Reading.PrefixLength));
                string? relation = cues.Relation;
                int? relationStart = cues.RelationStart;

                PlaceRole role = _roles.RoleOf(document, noun.FirstToken, noun.EndToken, sentence.FirstToken, sentence.EndToken, standsForState: false, locative, isCountry: false);
                (references ??= []).Add(new PlaceMention(noun.Span, noun.FirstToken, noun.EndToken, candidates, locative, relation, relationStart)
                {
                    Administrative = referent.Administrative,
                    District = referent.District,
                    Role = role,
                    Directional = relation is not null && cues.Directional,
                    Referent = referent,
                });
            }
        }

        if (references is not null)
        {
            result.AddRange(references);
            result.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
            MarkBordersOfReferences(document, result);
        }
    }

    /// <summary>
    /// حدود القطاع مع إسرائيل: a country paired with a noun that means a place of another country is the
    /// other side of the border, as after the place's name (الحدود الشرقية لقطاع غزة مع إسرائيل).
    /// </summary>
    private void MarkBordersOfReferences(Document document, ImmutableArray<PlaceMention>.Builder result)
    {
        int sentence = 0;
        for (int i = 0; i + 1 < result.Count; i++)
        {
            PlaceMention side = result[i], next = result[i + 1];
            if (side.Referent is null || side.Role != PlaceRole.Location || next.Referent is not null || next.Role != PlaceRole.Location)
            {
                continue;
            }

            while (sentence < document.Sentences.Length && document.Sentences[sentence].EndToken <= side.FirstToken)
            {
                sentence++;
            }

            if (sentence < document.Sentences.Length && PairedWith(document, side, next.FirstToken, document.Sentences[sentence].FirstToken)
                && IsOtherSide(next.Candidates, side.Candidates))
            {
                result[i + 1] = next with { Role = PlaceRole.Border };
            }
        }
    }

    /// <summary>What the cue words before a name (or a noun of place) say of it.</summary>
    /// <param name="Locative">A locative, city or region word introduces it (في، مدينة، محافظة), possibly across a distance.</param>
    /// <param name="Cued">A place word stands right before it, as counted in <c>data/geo/name-usage.tsv</c>.</param>
    /// <param name="PlaceNoun">A noun of place stands right before it (بلدة، قرية، مخيم).</param>
    /// <param name="District">A district word stands right before it (مديرية، معتمدية).</param>
    /// <param name="Administrative">A unit of government stands right before it (بمحافظة).</param>
    /// <param name="Relation">A relative phrase before it (قرب، شمال، على بعد ... من); null when none.</param>
    /// <param name="RelationStart">The first token of that phrase.</param>
    /// <param name="Directional">Whether that phrase tells a direction with no word of nearness (إلى، من، نحو).</param>
    private readonly record struct CueReading(bool Locative, bool Cued, bool PlaceNoun, bool District, bool Administrative, string? Relation, int? RelationStart, bool Directional);

    /// <summary>
    /// Reads the cue words of <c>place-cues.tsv</c> up to <see cref="CueLookBehind"/> words before the token
    /// <paramref name="first"/>: right before it, or, when <paramref name="acrossDistance"/>, before a distance
    /// told in numbers (على بعد 150 كيلومترا من). A noun that names what follows it takes no article: مدينة
    /// الحديدة is a cue, في المدينة التحالف is not, nor الميناء before والمدينة.
    /// </summary>
    private CueReading ReadCues(Document document, int first, int sentenceStart, bool acrossDistance)
    {
        bool locative = false, cued = false, placeNoun = false, district = false, administrative = false, direction = false, nearness = false;
        string? relation = null;
        int? relationStart = null;

        // The first word of the nouns of place right before the name: a relative phrase before them
        // (شمال مدينة الحديدة، قرب بلدة تفتناز) relates the name as it does right before it. Not before a unit
        // of government: في شمال مديرية حيس is inside the district.
        int nounStart = first;
        for (int back = 1; back <= CueLookBehind && first - back >= sentenceStart; back++)
        {
            if (!_cues.TryMatchAt(document.Normalized, document.Tokens, first - back, first, out PhraseMatch<PlaceCueKind> cue)
                || cue.Reading.StripsArticle)
            {
                continue;
            }

            bool adjacent = cue.EndToken == first;
            bool beforeNoun = cue.EndToken == nounStart && nounStart < first;
            if (!adjacent && !beforeNoun && !(acrossDistance && cue.EndToken < first && OnlyNumbersBetween(document, cue.EndToken, first)))
            {
                continue;
            }

            if (cue.EndToken == nounStart && cue.Values.Contains(PlaceCueKind.Noun)
                && !cue.Values.Any(k => k is PlaceCueKind.Region or PlaceCueKind.Administrative or PlaceCueKind.District))
            {
                nounStart = cue.FirstToken;
            }

            foreach (PlaceCueKind kind in cue.Values)
            {
                cued |= kind is not (PlaceCueKind.Relative or PlaceCueKind.Direction) && adjacent;
                switch (kind)
                {
                    case PlaceCueKind.Relative or PlaceCueKind.Direction:
                        // A word of nearness anywhere in the phrase makes it near, and so does a distance
                        // (على بعد 40 كيلومترا من كيدال).
                        direction |= kind == PlaceCueKind.Direction;
                        nearness |= kind == PlaceCueKind.Relative || AfterDistance(document, cue.FirstToken, sentenceStart);
                        relation ??= document.Slice(cue.Span);
                        relationStart ??= cue.FirstToken;
                        break;
                    case PlaceCueKind.Administrative:
                        administrative |= adjacent;
                        break;
                    case PlaceCueKind.Noun:
                        placeNoun |= adjacent;
                        break;
                    case PlaceCueKind.District:
                        district |= adjacent;
                        break;
                    default:
                        locative = true;
                        break;
                }
            }
        }

        return new CueReading(locative, cued, placeNoun, district, administrative, relation, relationStart, direction && !nearness);
    }

    /// <summary>
    /// Whether a name of several words opens with a noun of place, an administrative or a district
    /// word of <c>place-cues.tsv</c> (معبر رفح، قاعدة حميميم، مديرية باقم): its own first word is its cue.
    /// </summary>
    private bool OpensWithPlaceNoun(Document document, PhraseMatch<Place> match)
    {
        if (match.TokenCount < 2 || !_cues.TryMatchAt(document.Normalized, document.Tokens, match.FirstToken, match.EndToken - 1, out PhraseMatch<PlaceCueKind> own))
        {
            return false;
        }

        foreach (PlaceCueKind kind in own.Values)
        {
            if (kind is PlaceCueKind.Noun or PlaceCueKind.Administrative or PlaceCueKind.District)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the name at <paramref name="first"/> is the second side of a pair that <paramref name="side"/> opens:
    /// joined by the proclitic و or a joiner word (مع), after a pair word (بين، الحدود).
    /// </summary>
    private bool PairedWith(Document document, PlaceMention side, int first, int sentenceStart)
    {
        bool joined = side.EndToken == first && StartsWithAnd(document, document.Tokens[first])
            || side.EndToken + 1 == first && _roles.JoinsPair(document, side.EndToken);
        return joined && _roles.OpensPair(document, side.FirstToken, sentenceStart);
    }

    /// <summary>Whether a name is a country only and the other side of its pair a place of another country (غزة وإسرائيل).</summary>
    private static bool IsOtherSide(ImmutableArray<Place> name, ImmutableArray<Place> otherSide) =>
        !name.IsEmpty && name.All(p => p.Precision == Events.LocationPrecision.Country)
        && !otherSide.IsEmpty && otherSide.All(p => p.Precision != Events.LocationPrecision.Country && !name.Any(c => c.CountryIso3 == p.CountryIso3));

    /// <summary>The matching key of the name a match read: its words, proclitics and enclitic left out.</summary>
    private static string NameKey(Document document, PhraseMatch<Place> match)
    {
        Token first = document.Tokens[match.FirstToken];
        ReadOnlySpan<char> word = document.KeyOf(first);
        Span<char> buffer = stackalloc char[word.Length + 1];
        CliticReading reading = match.Reading;
        var firstWord = new CliticReading(reading.PrefixLength, match.TokenCount == 1 ? reading.SuffixLength : (byte)0, reading.RestoresAlef, reading.StripsArticle);
        string stem = firstWord.Stem(word, buffer).ToString();
        if (match.TokenCount == 1)
        {
            return stem;
        }

        var sb = new System.Text.StringBuilder(stem);
        for (int t = match.FirstToken + 1; t < match.EndToken; t++)
        {
            sb.Append(' ').Append(document.KeyOf(document.Tokens[t]));
        }

        return sb.ToString();
    }

    /// <summary>Whether the cue words before the name include "city" or "region" words (for the resolver).</summary>
    public IReadOnlyList<PlaceCueKind> CuesBefore(Document document, int firstToken, int sentenceStart)
    {
        ArgumentNullException.ThrowIfNull(document);
        var kinds = new List<PlaceCueKind>();
        for (int back = 1; back <= CueLookBehind && firstToken - back >= sentenceStart; back++)
        {
            if (_cues.TryMatchAt(document.Normalized, document.Tokens, firstToken - back, firstToken, out PhraseMatch<PlaceCueKind> cue) && cue.EndToken == firstToken)
            {
                kinds.AddRange(cue.Values);
            }
        }

        return kinds;
    }

    /// <summary>Whether the token begins with the conjunction "and" (Arabic و) written on it.</summary>
    private static bool StartsWithAnd(Document document, Token token) =>
        document.KeyOf(token) is [char c, ..] && document.Language.Morphology.IsAnd(c);

    /// <summary>Whether one of the first <paramref name="prefixLength"/> letters of the token (its proclitics) is <paramref name="letter"/>'s.</summary>
    private static bool ProcliticIs(Document document, Token token, int prefixLength, Func<Languages.IMorphology, char, bool> letter)
    {
        foreach (char c in document.KeyOf(token)[..prefixLength])
        {
            if (letter(document.Language.Morphology, c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>ب "in, at" (بكيدال، بالجزائر).</summary>
    private static bool ProcliticIsLocative(Document document, Token token, int prefixLength) =>
        ProcliticIs(document, token, prefixLength, static (m, c) => m.IsLocative(c));

    /// <summary>A preposition that is not one of place (Arabic ك "like").</summary>
    private static bool HasComparison(Document document, Token token, int prefixLength) =>
        ProcliticIs(document, token, prefixLength, static (m, c) => m.IsPreposition(c) && !m.IsPlacePreposition(c));

    /// <summary>The particle of the future (Arabic س), which only a verb takes.</summary>
    private static bool HasFuture(Document document, Token token, int prefixLength) =>
        ProcliticIs(document, token, prefixLength, static (m, c) => m.IsFuture(c));

    /// <summary>Whether a number stands one or two words before <paramref name="token"/> (40 كيلومترا من، 3 كم عن).</summary>
    private static bool AfterDistance(Document document, int token, int sentenceStart)
    {
        for (int t = token - 1; t >= Math.Max(sentenceStart, token - 2); t--)
        {
            if (document.Tokens[t].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyNumbersBetween(Document document, int from, int to)
    {
        // على بعد 150 كيلومترا من كيدال: the distance sits between the cue and the name. Without a number
        // the words between are no distance (في القوات الجوية الملكية السعودية: في is not before السعودية).
        bool number = false;
        for (int t = from; t < to; t++)
        {
            Token token = document.Tokens[t];
            number |= token.Kind == TokenKind.Number;
            if (token.Kind != TokenKind.Number && to - t > 3)
            {
                return false;
            }
        }

        return number && to - from <= 4;
    }
}
