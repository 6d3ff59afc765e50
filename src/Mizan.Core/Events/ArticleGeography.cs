using System.Collections.Immutable;
using Mizan.Entities;
using Mizan.Geocoding;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Events;

/// <summary>
/// What one article's places resolve to, kept while its events are built: the countries and
/// regions it names (the context every mention is resolved in), each mention's place (a mention
/// resolves the same way for every candidate and every event that asks), the town or region the
/// article is about and its main country. One per article; not thread-safe.
/// </summary>
internal sealed class ArticleGeography
{
    private readonly Dictionary<PlaceMention, PlaceResolution?> _resolved = new(ReferenceEqualityComparer.Instance);
    private readonly PlaceResolver _resolver;
    private readonly Gazetteer _gazetteer;
    private readonly CountryDirectory _countries;
    private bool _articlePlaceKnown;
    private EventLocation? _articlePlace;

    private ArticleGeography(Document document, GeoContext context, PlaceResolver resolver, Gazetteer gazetteer, CountryDirectory countries)
    {
        Document = document;
        Context = context;
        _resolver = resolver;
        _gazetteer = gazetteer;
        _countries = countries;
    }

    /// <summary>The article.</summary>
    public Document Document { get; }

    /// <summary>The countries the article names, most often first, and the regions of its two main ones.</summary>
    public GeoContext Context { get; }

    /// <summary>Reads the geography of an article.</summary>
    public static ArticleGeography Of(Document document, PlaceResolver resolver, Gazetteer gazetteer, CountryDirectory countries)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(countries);
        return new ArticleGeography(document, ContextOf(document, gazetteer, countries), resolver, gazetteer, countries);
    }

    /// <summary>The place a mention resolves to in this article; null when none of its candidates fits.</summary>
    public PlaceResolution? Resolve(PlaceMention place)
    {
        if (!_resolved.TryGetValue(place, out PlaceResolution? resolution))
        {
            resolution = ResolveInContext(place);
            _resolved.Add(place, resolution);
        }

        return resolution;
    }

    /// <summary>The article's main country as an event's place, told by a mention of it (its name, else its adjective); null when it names none.</summary>
    public EventLocation? CountryLocation() => Context.Countries.Length == 0 ? null : CountryLocation(Context.Countries[0]);

    /// <summary>A country the article names as an event's place, told by a mention of it (its name, else its adjective); null when it names it not.</summary>
    public EventLocation? CountryLocation(string iso3)
    {
        if (_gazetteer.CountryByCode(iso3) is not { } country)
        {
            return null;
        }

        PlaceMention? named = Document.Places.FirstOrDefault(p => p.Candidates.Any(c => c.Id == country.Place.Id));
        TextSpan span = named?.Span ?? FirstDemonym(country.Iso3) ?? default;
        if (span.Length == 0)
        {
            return null;
        }

        return new EventLocation(
            Evidence.From(Document.Text, span),
            country.Name,
            country.Iso3,
            null,
            country.Place.Latitude,
            country.Place.Longitude,
            LocationPrecision.Country,
            country.Place.Id);
    }

    /// <summary>
    /// An event's place from a mention and the place chosen for it: near a town when a relative
    /// phrase stands before it (قرب، شمال), the district a seat names after a district word.
    /// </summary>
    public EventLocation LocationOf(PlaceMention mention, Place place)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(place);
        LocationPrecision precision = place.Precision;
        if (mention.Relation is not null && precision is LocationPrecision.Town or LocationPrecision.Site)
        {
            precision = LocationPrecision.NearTown;
        }
        else if (mention.District && precision == LocationPrecision.Town)
        {
            precision = LocationPrecision.District; // مديرية باقم: the district its seat names
        }

        // وشهدت المنطقة الحدودية صدامات: the words that name the place are the name the noun refers to.
        return new EventLocation(Evidence.From(Document.Text, (mention.Referent ?? mention).Span), place.Name, place.CountryIso3, place.Admin1, place.Latitude, place.Longitude, precision, place.Id);
    }

    /// <summary>
    /// The place named right after a district or a local place, as what holds it: for a district, a unit of
    /// government (معتمدية العيون من ولاية القصرين، مديرية باقم بمحافظة صعدة); for a place after a noun of place, any
    /// place where events are (بلدة المرج في الغوطة الشرقية); within <see cref="HolderWords"/> words after it; null when none.
    /// </summary>
    public PlaceMention? PlaceHolding(PlaceMention place)
    {
        ArgumentNullException.ThrowIfNull(place);
        foreach (PlaceMention p in Document.Places)
        {
            if (p.FirstToken >= place.EndToken && p.FirstToken <= place.EndToken + HolderWords)
            {
                bool holds = place.District ? p.Administrative && !p.District : p.Relation is null;
                return holds && p.Role == PlaceRole.Location ? p : null;
            }
        }

        return null;
    }

    // معتمدية العيون من ولاية القصرين: the words between a district and the region named as what holds it.
    private const int HolderWords = 3;

    private PlaceResolution? ResolveInContext(PlaceMention place)
    {
        // بمعتمدية العيون من ولاية القصرين: a district of the text is one of a country it names, not a namesake abroad.
        if (place.District && Context.Countries.Length > 0 && !place.Candidates.Any(c => Context.Countries.Contains(c.CountryIso3)))
        {
            return null;
        }

        Document document = Document;
        int sentenceStart = document.Sentences[SentenceOf(document, place.FirstToken)].FirstToken;
        int from = Math.Max(sentenceStart, place.FirstToken - 4);
        string before = JoinTokens(document, from, place.FirstToken - from);
        string after = JoinTokens(document, place.EndToken, Math.Min(3, document.Tokens.Length - place.EndToken));

        // A proclitic ب/في on the name itself reads like a preposition before it (بالجزائر).
        string prefix = document.Text[document.Tokens[place.FirstToken].Span.Start..place.Span.Start];
        if (prefix.Length > 0)
        {
            before = (before + " " + prefix).Trim();
        }

        return _resolver.Resolve(place.Candidates, Context with { WordsBefore = before, WordsAfter = after, CommonWord = place.CommonWord, PlaceNoun = place.PlaceNoun, Proclitic = prefix.Any(char.IsLetter) });
    }

    /// <summary>The index of the sentence that holds the token (the sentences cover the tokens in order).</summary>
    private static int SentenceOf(Document document, int token)
    {
        ImmutableArray<Sentence> sentences = document.Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences[mid];
            if (token < s.FirstToken)
            {
                hi = mid - 1;
            }
            else if (token >= s.EndToken)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        throw new InvalidOperationException($"No sentence holds token {token}.");
    }

    /// <summary>The original text of <paramref name="count"/> tokens from <paramref name="first"/>, joined by spaces.</summary>
    private static string JoinTokens(Document document, int first, int count)
    {
        if (count <= 0)
        {
            return string.Empty;
        }

        int length = count - 1;
        for (int t = first; t < first + count; t++)
        {
            length += document.Tokens[t].Span.Length;
        }

        return string.Create(length, (document, first, count), static (chars, state) =>
        {
            (Document doc, int from, int n) = state;
            int at = 0;
            for (int t = from; t < from + n; t++)
            {
                if (t > from)
                {
                    chars[at++] = ' ';
                }

                TextSpan span = doc.Tokens[t].Span;
                doc.Text.AsSpan(span.Start, span.Length).CopyTo(chars[at..]);
                at += span.Length;
            }
        });
    }

    /// <summary>
    /// The town or region an article is about, in a country: the one its title names, else the one
    /// it names most often (at least twice), as a place that is in or near... nothing more precise
    /// than the article says. Null when the article names none.
    /// </summary>
    public EventLocation? ArticlePlace()
    {
        if (!_articlePlaceKnown)
        {
            // The town or region the article is about in its main country, else in the next one that
            // has one: an article that names Israel most but Gaza's towns twice is about Gaza.
            foreach (string iso3 in Context.Countries)
            {
                if (ArticlePlace(iso3) is { } about)
                {
                    _articlePlace = about;
                    break;
                }
            }

            _articlePlaceKnown = true;
        }

        return _articlePlace;
    }

    /// <summary>The town or region the article is about in one country (named twice, or in the title); null when none.</summary>
    public EventLocation? ArticlePlace(string iso3)
    {
        Document document = Document;
        int titleEnd = document.Article.Title is { Length: > 0 } t ? t.Length : 0;
        var scores = new Dictionary<string, (int Score, PlaceMention Mention, Place Place)>(StringComparer.Ordinal);
        foreach (PlaceMention mention in document.Places)
        {
            if (mention.Relation is not null || !VotesForCountry(mention))
            {
                continue;
            }

            PlaceResolution? resolution = Resolve(mention);
            if (resolution is null || resolution.Place.CountryIso3 != iso3 || resolution.Place.Precision == LocationPrecision.Country)
            {
                continue;
            }

            int weight = mention.Span.Start < titleEnd ? 3 : 1;
            string id = resolution.Place.Id;
            scores[id] = scores.TryGetValue(id, out var s) ? (s.Score + weight, s.Mention, s.Place) : (weight, mention, resolution.Place);
        }

        // A town or region before a border crossing (GeoNames PSTB): what the article tells of the
        // crossing happened there, what it tells without a place happened in the town or region it
        // names (معبر رفح in a title about wounded crossing into Egypt; قطاع غزة for the protests).
        // A crossing stands for the article only when it names no town or region twice. Other sites
        // (an air base, an airport) are where an article about them tells its fighting.
        var best = scores.Values.Where(v => v.Score >= 2)
            .OrderBy(v => v.Place.IsBorderCrossing ? 1 : 0)
            .ThenByDescending(v => v.Score).ThenBy(v => v.Mention.Span.Start).FirstOrDefault();
        if (best.Mention is null)
        {
            return null;
        }

        return new EventLocation(Evidence.From(document.Text, best.Mention.Span), best.Place.Name, best.Place.CountryIso3, best.Place.Admin1, best.Place.Latitude, best.Place.Longitude, best.Place.Precision, best.Place.Id);
    }

    private TextSpan? FirstDemonym(string iso3)
    {
        foreach (PhraseMatch<CountryNames> m in _countries.Demonyms.FindAll(Document.Normalized, Document.Tokens, 0, Document.Tokens.Length))
        {
            if (m.Values[0].Iso3 == iso3)
            {
                return m.Span;
            }
        }

        return null;
    }

    /// <summary>Whether a mention says where the news is: a dateline or the venue of a statement does, an affiliation, a seat or a government does not.</summary>
    private static bool VotesForCountry(PlaceMention place) => place.Role is PlaceRole.Location or PlaceRole.Dateline or PlaceRole.Venue;

    /// <summary>
    /// Whether a mention states its country: it says where the news is, names no place after a noun of place
    /// (unless a unit of government), and all its candidates lie in one country, one of them a region, a capital
    /// or a city of <see cref="PlaceResolver.WorldCityPopulation"/> people.
    /// </summary>
    private static bool StatesItsCountry(PlaceMention place) =>
        VotesForCountry(place) && !(place.PlaceNoun && !place.Administrative) && !place.Candidates.IsEmpty
        && place.Candidates.All(c => c.CountryIso3 == place.Candidates[0].CountryIso3)
        && place.Candidates.Any(static c => c.IsArea || c.IsCapital || c.Population >= PlaceResolver.WorldCityPopulation);

    /// <summary>The countries the article names (by name, capital or nisba), most often first; the title counts twice.</summary>
    private static GeoContext ContextOf(Document document, Gazetteer gazetteer, CountryDirectory directory)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int titleEnd = document.Article.Title is { Length: > 0 } t ? t.Length : 0;
        var placeCountries = new List<string>();
        foreach (PlaceMention place in document.Places)
        {
            if (!VotesForCountry(place))
            {
                continue; // المدعومة من إيران، ومقره لندن، موسكو تصر: not where the news is
            }

            // Each country a place may be counts once for it.
            placeCountries.Clear();
            foreach (Place candidate in place.Candidates)
            {
                if (candidate.Precision == Events.LocationPrecision.Country && !placeCountries.Contains(candidate.CountryIso3))
                {
                    placeCountries.Add(candidate.CountryIso3);
                }
            }

            foreach (string iso in placeCountries)
            {
                counts[iso] = counts.GetValueOrDefault(iso) + (place.Span.Start < titleEnd ? 2 : 1);
            }
        }

        var named = new HashSet<string>(counts.Keys, StringComparer.Ordinal);
        foreach (PhraseMatch<CountryNames> m in directory.Demonyms.FindAll(document.Normalized, document.Tokens, 0, document.Tokens.Length))
        {
            string iso = m.Values[0].Iso3;
            if (!named.Contains(iso) && directory.IsAmbiguousDemonym(ActorRecognizer.MatchKey(document, m)))
            {
                continue;
            }

            counts[iso] = counts.GetValueOrDefault(iso) + (m.Span.Start < titleEnd ? 2 : 1);
        }

        // The countries the article states: by their name or adjective, or by a region or a city (a capital, or
        // of 100,000 people) that is in one country only (الضفة الغربية، إقليم كردستان، الحديدة); not by its small
        // towns, nor by a name after a noun of place (بلدة المرج), which may be a place the gazetteer lacks.
        var stated = new SortedSet<string>(counts.Keys, StringComparer.Ordinal);
        foreach (PlaceMention place in document.Places)
        {
            if (StatesItsCountry(place))
            {
                stated.Add(place.Candidates[0].CountryIso3);
            }
        }

        // Places that have one candidate vote for their country too; a village does not, nor a name
        // that is more often an ordinary word (معسكر is a camp before it is Mascara).
        foreach (PlaceMention place in document.Places)
        {
            if (VotesForCountry(place) && place.Candidates.Length == 1 && place.Candidates[0].Precision != Events.LocationPrecision.Country && !place.Candidates[0].IsVillage
                && !PlaceResolver.IsOrdinaryWordTown(place.CommonWord, place.Candidates[0]))
            {
                string iso = place.Candidates[0].CountryIso3;
                counts[iso] = counts.GetValueOrDefault(iso) + 1;
            }
        }

        // Most votes first, then by code (the codes differ, so the order is total).
        var ranked = new List<KeyValuePair<string, int>>(counts);
        ranked.Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        var countries = ImmutableArray.CreateBuilder<string>(ranked.Count);
        foreach (KeyValuePair<string, int> kv in ranked)
        {
            countries.Add(kv.Key);
        }

        // The regions the places may be in, in the article's two main countries, each once. A name that
        // is a town and a same-named region (صنعاء) names the region only after a region word: else its
        // region reading would vote for itself and win over the capital, which lies in another region
        // (the city of Sanaa is in Amanat al Asimah, the governorate of Sanaa around it).
        string? first = ranked.Count > 0 ? ranked[0].Key : null, second = ranked.Count > 1 ? ranked[1].Key : null;
        var regions = ImmutableArray.CreateBuilder<Admin1Region>();
        foreach (PlaceMention place in document.Places)
        {
            if (!place.Administrative && place.Candidates.Any(static c => !c.IsArea))
            {
                continue;
            }

            foreach (Place p in place.Candidates)
            {
                if (p.Precision == Events.LocationPrecision.Region && p.Admin1 is not null && (p.CountryIso3 == first || p.CountryIso3 == second)
                    && gazetteer.Admin1(p.CountryIso3, p.Admin1) is { } region && !regions.Contains(region))
                {
                    regions.Add(region);
                }
            }
        }

        return new GeoContext(countries.MoveToImmutable(), regions.ToImmutable()) { StatedCountries = [.. stated] };
    }
}
