using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mizan.Entities;
using Mizan.Geocoding;
using Mizan.Learning;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Events;

/// <summary>
/// Turns a document with its actors, places, dates, numbers and attributions into events:
/// reads candidates sentence by sentence, resolves their places, joins those about the same
/// incident and builds one event per incident with one claim per source.
/// </summary>
public sealed class EventExtractor
{
    private const int MaxEvidence = 3;

    private readonly CandidateReader _reader;
    private readonly PlaceResolver _resolver;
    private readonly PlaceRecognizer _places;
    private readonly Gazetteer _gazetteer;
    private readonly CountryDirectory _countries;
    private readonly ExtractionOptions _options;
    private readonly EventScorer? _scorer;

    /// <param name="reader">Reads the candidates of each sentence.</param>
    /// <param name="resolver">Places a mention in the gazetteer.</param>
    /// <param name="places">The place recogniser.</param>
    /// <param name="gazetteer">The gazetteer.</param>
    /// <param name="countries">Country names and demonyms.</param>
    /// <param name="options">Which events to report.</param>
    /// <param name="models">The learned models; without an event scorer (or with <see cref="ExtractionOptions.RulesOnly"/>) the rules alone decide which candidates start events.</param>
    internal EventExtractor(CandidateReader reader, PlaceResolver resolver, PlaceRecognizer places, Gazetteer gazetteer, CountryDirectory countries, ExtractionOptions? options = null, LearnedModels? models = null)
    {
        _options = options ?? ExtractionOptions.Default;
        _scorer = !_options.RulesOnly && models?.EventScorer is { } model ? new EventScorer(model) : null;
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        _countries = countries ?? throw new ArgumentNullException(nameof(countries));
    }

    /// <summary>The events of a document.</summary>
    /// <param name="document">The analysed article.</param>
    /// <param name="cancellationToken">Checked between sentences: an article over its time budget stops there.</param>
    public ImmutableArray<Event> Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        (List<EventCandidate> candidates, ArticleGeography? geography) = ReadCandidates(document, cancellationToken);
        if (geography is null)
        {
            return [];
        }

        int titleSentences = TitleSentences(document);
        _scorer?.Score(document, candidates, titleSentences);
        List<List<EventCandidate>> clusters = EventMerger.Merge(candidates, titleSentences);
        var events = ImmutableArray.CreateBuilder<Event>(clusters.Count);
        foreach (List<EventCandidate> cluster in clusters)
        {
            Event e = Build(document, cluster, geography);

            // A recalled incident is reported, marked, only when asked for.
            if (e.Background && !_options.IncludeBackground)
            {
                continue;
            }

            events.Add(e);
        }

        return events.ToImmutable();
    }

    /// <summary>
    /// The candidates of a document as the learned scorer sees them (for training and
    /// inspection): every candidate that could start an event, with the rules' decision and its
    /// features in <paramref name="space"/>. Figures with no trigger of their own are left out:
    /// they never start an event.
    /// </summary>
    public ImmutableArray<CandidateExample> Examples(Document document, FeatureSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(document);
        (List<EventCandidate> candidates, _) = ReadCandidates(document, CancellationToken.None);
        int titleSentences = TitleSentences(document);
        var examples = ImmutableArray.CreateBuilder<CandidateExample>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            EventCandidate c = candidates[i];
            if (c.ClaimOnly)
            {
                continue;
            }

            var span = new TextSpan(document.Tokens[c.RangeStart].Span.Start, document.Tokens[Math.Max(c.RangeStart, c.RangeEnd - 1)].Span.End);
            examples.Add(new CandidateExample(c.Type, c.Sentence, span, c.Status, c.RuleStarts, EventScorer.FeaturesOf(document, candidates, i, titleSentences, space)));
        }

        return examples.ToImmutable();
    }

    /// <summary>The candidates of the rules with their places resolved and recalled ones marked; no geography when there are none.</summary>
    private (List<EventCandidate> Candidates, ArticleGeography? Geography) ReadCandidates(Document document, CancellationToken cancellationToken)
    {
        List<EventCandidate> candidates = _reader.Read(document, cancellationToken);
        if (candidates.Count == 0)
        {
            return (candidates, null);
        }

        GeoContext context = ContextOf(document);
        var geography = new ArticleGeography(document, context);
        foreach (EventCandidate c in candidates)
        {
            if (c.Place is { } place)
            {
                c.Resolved = Resolve(geography, place);
            }

            if (c.Date is { } d && IsOld(document, new EventDate(Evidence.From(document.Text, d.Span), d.Start, d.End, d.Precision)))
            {
                c.Background = true;
            }
        }

        return (candidates, geography);
    }

    /// <summary>
    /// What one article's places resolve to, kept while its events are built: a place mention
    /// resolves the same way for every candidate and every event that asks (the context is the
    /// article's), and the place the article is about is the same for all its events.
    /// </summary>
    private sealed class ArticleGeography(Document document, GeoContext context)
    {
        public Document Document { get; } = document;

        public GeoContext Context { get; } = context;

        public Dictionary<PlaceMention, PlaceResolution?> Resolved { get; } = new(ReferenceEqualityComparer.Instance);

        public bool ArticlePlaceKnown { get; set; }

        public EventLocation? ArticlePlace { get; set; }
    }

    private PlaceResolution? Resolve(ArticleGeography geography, PlaceMention place)
    {
        if (!geography.Resolved.TryGetValue(place, out PlaceResolution? resolution))
        {
            resolution = Resolve(geography.Document, place, geography.Context);
            geography.Resolved.Add(place, resolution);
        }

        return resolution;
    }

    private PlaceResolution? Resolve(Document document, PlaceMention place, GeoContext context)
    {
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

        return _resolver.Resolve(place.Candidates, context with { WordsBefore = before, WordsAfter = after });
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

    /// <summary>Whether a mention says where the news is: a dateline or the venue of a statement does, an affiliation, a seat or a government does not.</summary>
    private static bool VotesForCountry(PlaceMention place) => place.Role is PlaceRole.Location or PlaceRole.Dateline or PlaceRole.Venue;

    /// <summary>The countries the article names (by name, capital or nisba), most often first; the title counts twice.</summary>
    private GeoContext ContextOf(Document document)
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
        foreach (PhraseMatch<CountryNames> m in _countries.Demonyms.FindAll(document.Normalized, document.Tokens, 0, document.Tokens.Length))
        {
            string iso = m.Values[0].Iso3;
            if (!named.Contains(iso) && _countries.IsAmbiguousDemonym(ActorRecognizer.MatchKey(document, m)))
            {
                continue;
            }

            counts[iso] = counts.GetValueOrDefault(iso) + (m.Span.Start < titleEnd ? 2 : 1);
        }

        // Places that have one candidate vote for their country too.
        foreach (PlaceMention place in document.Places)
        {
            if (VotesForCountry(place) && place.Candidates.Length == 1 && place.Candidates[0].Precision != Events.LocationPrecision.Country && !place.Candidates[0].IsVillage)
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

        // The regions the places may be in, in the article's two main countries, each once.
        string? first = ranked.Count > 0 ? ranked[0].Key : null, second = ranked.Count > 1 ? ranked[1].Key : null;
        var regions = ImmutableArray.CreateBuilder<Admin1Region>();
        foreach (PlaceMention place in document.Places)
        {
            foreach (Place p in place.Candidates)
            {
                if (p.Precision == Events.LocationPrecision.Region && p.Admin1 is not null && (p.CountryIso3 == first || p.CountryIso3 == second)
                    && _gazetteer.Admin1(p.CountryIso3, p.Admin1) is { } region && !regions.Contains(region))
                {
                    regions.Add(region);
                }
            }
        }

        return new GeoContext(countries.MoveToImmutable(), regions.ToImmutable());
    }

    private static int TitleSentences(Document document)
    {
        if (document.Article.Title is not { Length: > 0 } title)
        {
            return 0;
        }

        return document.Sentences.Count(s => s.Span.Start < title.Length);
    }

    private Event Build(Document document, List<EventCandidate> cluster, ArticleGeography geography)
    {
        // The candidate that reports the incident most fully carries its type and status.
        EventCandidate main = cluster.Where(c => !c.ClaimOnly).OrderByDescending(c => c.Asserted).ThenByDescending(c => c.Strength).FirstOrDefault() ?? cluster[0];
        string type = main.Type;
        EventStatus status = main.Status;
        if (status == EventStatus.Occurred && cluster.Exists(c => c.Status == EventStatus.Ongoing) && !cluster.Exists(c => c != main && c.Status == EventStatus.Occurred && !c.ClaimOnly))
        {
            status = EventStatus.Ongoing;
        }

        ActorMention? actor1 = Pick(cluster, c => c.Actor1);
        ActorMention? actor2 = Pick(cluster, c => c.Actor2);
        if (actor2 is not null && actor1 is not null && actor2.Participant.Id == actor1.Participant.Id)
        {
            actor2 = null;
        }

        (actor1, actor2) = EventActorCompletion.Complete(document, cluster, type, actor1, actor2);

        var actors = ImmutableArray.CreateBuilder<EventActor>();
        if (actor1 is not null)
        {
            actors.Add(ToEventActor(document, "actor1", actor1));
        }

        if (actor2 is not null)
        {
            actors.Add(ToEventActor(document, "actor2", actor2));
        }

        EventLocation? location = Location(document, cluster, main, geography);
        if (actor1 is null && EventActorCompletion.Protesters(document, main, main.Acled, location?.Country) is { } protesters)
        {
            actors.Insert(0, protesters);
        }

        EventDate? date = Date(document, cluster, main);
        if (date is { Start: { } day } && document.Article.Published is { } published && day > published
            && status is EventStatus.Occurred or EventStatus.Ongoing)
        {
            // What took place cannot have started after the report (عام 2019 in a report of 2018 names
            // something else): the words stay as evidence, the day is unknown.
            date = date with { Start = null, End = null, Precision = null };
        }

        ImmutableArray<Claim> claims = ClaimAssembler.Claims(document, cluster, actor1, actor2);
        ImmutableArray<Evidence> evidence = EvidenceOf(document, cluster);
        AcledType? acled = Acled(main, cluster, actor1, actor2);
        FatalityEstimate? fatalities = type == "ASSAULT" ? FatalityEstimator.Estimate(claims) : null;
        bool background = main.Background || IsOld(document, date);
        string id = StableId(document.Article.Id, type, evidence[0].Start);
        return new Event(id, type, status, acled, actors.ToImmutable(), location, date, claims, fatalities, evidence, background);
    }

    private static ActorMention? Pick(List<EventCandidate> cluster, Func<EventCandidate, ActorMention?> role)
    {
        // Prefer a party that fights over a government that speaks of the fighting (أفادت وزارة
        // الدفاع أن قواتها قضت على...), then a mention that names someone over a generic noun.
        var mentions = cluster.Select(role).Where(m => m is not null).Select(m => m!).ToList();
        var fighting = mentions.FindAll(m => m.Participant.Kind != ActorKind.Government);
        if (fighting.Count > 0 && fighting.Count < mentions.Count)
        {
            mentions = fighting;
        }

        return mentions.Find(m => m.MentionKind != ActorMentionKind.Generic) ?? mentions.FirstOrDefault();
    }

    private static EventActor ToEventActor(Document document, string role, ActorMention mention)
    {
        Actor who = mention.Participant;
        return new EventActor(role, Evidence.From(document.Text, mention.Span), who.Name, who.Kind ?? ActorKind.UnidentifiedArmedGroup, who.Country);
    }

    private EventLocation? Location(Document document, List<EventCandidate> cluster, EventCandidate main, ArticleGeography geography)
    {
        GeoContext context = geography.Context;
        // The most precise place any report of the incident names, a place it is in before a place
        // it is near, the main report's first among equals (اعتراض صاروخ جنوبي السعودية، ثم على نجران).
        EventCandidate? placed = cluster
            .Where(c => c.Resolved is not null && c.Place is not null)
            .OrderBy(c => c.Place!.Relation is null ? 0 : 1)
            .ThenBy(c => Rank(c.Resolved!.Place.Precision))
            .ThenBy(c => c == main ? 0 : 1)
            .FirstOrDefault();
        if (placed is { Resolved: { } resolution, Place: { } mention })
        {
            Place place = resolution.Place;
            LocationPrecision precision = place.Precision;
            if (mention.Relation is not null && precision is LocationPrecision.Town or LocationPrecision.Site)
            {
                precision = LocationPrecision.NearTown;
            }
            else if (mention.District && precision == LocationPrecision.Town)
            {
                precision = LocationPrecision.District; // مديرية باقم: the district its seat names
            }

            return new EventLocation(Evidence.From(document.Text, mention.Span), place.Name, place.CountryIso3, place.Admin1, place.Latitude, place.Longitude, precision, place.Id);
        }

        // No place in the sentences of the event: the place the article is about, else its country.
        if (context.Countries.Length > 0 && ArticlePlace(geography) is { } about)
        {
            return about;
        }

        if (context.Countries.Length > 0 && _gazetteer.CountryByCode(context.Countries[0]) is { } country)
        {
            PlaceMention? named = document.Places.FirstOrDefault(p => p.Candidates.Any(c => c.Id == country.Place.Id));
            TextSpan span = named?.Span ?? FirstDemonym(document, country.Iso3) ?? default;
            if (span.Length > 0)
            {
                return new EventLocation(
                    Evidence.From(document.Text, span),
                    country.Name,
                    country.Iso3,
                    null,
                    country.Place.Latitude,
                    country.Place.Longitude,
                    LocationPrecision.Country,
                    country.Place.Id);
            }
        }

        return null;
    }

    /// <summary>
    /// The town or region an article is about, in a country: the one its title names, else the one
    /// it names most often (at least twice), as a place that is in or near... nothing more precise
    /// than the article says. Null when the article names none.
    /// </summary>
    private EventLocation? ArticlePlace(ArticleGeography geography)
    {
        if (!geography.ArticlePlaceKnown)
        {
            // The town or region the article is about in its main country, else in the next one that
            // has one: an article that names Israel most but Gaza's towns twice is about Gaza.
            foreach (string iso3 in geography.Context.Countries)
            {
                if (ArticlePlace(geography, iso3) is { } about)
                {
                    geography.ArticlePlace = about;
                    break;
                }
            }

            geography.ArticlePlaceKnown = true;
        }

        return geography.ArticlePlace;
    }

    private EventLocation? ArticlePlace(ArticleGeography geography, string iso3)
    {
        Document document = geography.Document;
        int titleEnd = document.Article.Title is { Length: > 0 } t ? t.Length : 0;
        var scores = new Dictionary<string, (int Score, PlaceMention Mention, Place Place)>(StringComparer.Ordinal);
        foreach (PlaceMention mention in document.Places)
        {
            if (mention.Relation is not null || !VotesForCountry(mention))
            {
                continue;
            }

            PlaceResolution? resolution = Resolve(geography, mention);
            if (resolution is null || resolution.Place.CountryIso3 != iso3 || resolution.Place.Precision == LocationPrecision.Country)
            {
                continue;
            }

            int weight = mention.Span.Start < titleEnd ? 3 : 1;
            string id = resolution.Place.Id;
            scores[id] = scores.TryGetValue(id, out var s) ? (s.Score + weight, s.Mention, s.Place) : (weight, mention, resolution.Place);
        }

        var best = scores.Values.Where(v => v.Score >= 2).OrderByDescending(v => v.Score).ThenBy(v => v.Mention.Span.Start).FirstOrDefault();
        if (best.Mention is null)
        {
            return null;
        }

        return new EventLocation(Evidence.From(document.Text, best.Mention.Span), best.Place.Name, best.Place.CountryIso3, best.Place.Admin1, best.Place.Latitude, best.Place.Longitude, best.Place.Precision, best.Place.Id);
    }

    private TextSpan? FirstDemonym(Document document, string iso3)
    {
        foreach (PhraseMatch<CountryNames> m in _countries.Demonyms.FindAll(document.Normalized, document.Tokens, 0, document.Tokens.Length))
        {
            if (m.Values[0].Iso3 == iso3)
            {
                return m.Span;
            }
        }

        return null;
    }

    private static int Rank(LocationPrecision p) => p switch
    {
        LocationPrecision.Site => 0,
        LocationPrecision.Town => 1,
        LocationPrecision.NearTown => 2,
        LocationPrecision.District => 3,
        LocationPrecision.Region => 4,
        _ => 5,
    };

    private static EventDate? Date(Document document, List<EventCandidate> cluster, EventCandidate main)
    {
        Dates.DateMention? mention = main.Date
            ?? cluster.Select(c => c.Date).FirstOrDefault(d => d is { IsResolved: true })
            ?? cluster.Select(c => c.Date).FirstOrDefault(d => d is not null);
        // No date in the reports of the event: the day the article's news happened, when it names one
        // within the week before publication (يوم الخميس in the sentence before).
        mention ??= ArticleDay(document);
        if (mention is null)
        {
            return null;
        }

        DateOnly? start = mention.Start, end = mention.End;
        if (mention.Boundary == Dates.DateBoundary.Since && document.Article.Published is { } published && start is not null)
        {
            end = published; // منذ الاثنين الماضي: from then until the report
        }

        return new EventDate(Evidence.From(document.Text, mention.Span), start, end, mention.Precision);
    }

    /// <summary>The first date of the article resolved to a day within the seven days up to publication.</summary>
    private static Dates.DateMention? ArticleDay(Document document)
    {
        if (document.Article.Published is not { } published)
        {
            return null;
        }

        return document.Dates.FirstOrDefault(d => d.Precision == DatePrecision.Day && d.Start is { } s && s <= published && s >= published.AddDays(-7) && d.Boundary == Dates.DateBoundary.None);
    }

    private static ImmutableArray<Evidence> EvidenceOf(Document document, List<EventCandidate> cluster)
    {
        // The words of the stretches that report the incident most strongly; references and
        // passing mentions that joined the event only when nothing else states it.
        var ranked = cluster.Where(c => !c.ClaimOnly)
            .OrderByDescending(c => c.StartsEvent)
            .ThenByDescending(c => c.Strength)
            .ThenBy(c => c.RangeStart)
            .ToList();
        var strong = ranked.Where(c => c.StartsEvent).ToList();
        var spans = new List<TextSpan>();
        foreach (EventCandidate c in strong.Count > 0 ? strong : ranked)
        {
            TextSpan span = Around(document, c);
            if (!spans.Exists(s => s.Overlaps(span)))
            {
                spans.Add(span);
            }

            if (spans.Count == MaxEvidence)
            {
                break;
            }
        }

        if (spans.Count == 0)
        {
            spans.Add(cluster[0].Claim?.Evidence ?? document.Sentences[cluster[0].Sentence].Span);
        }

        return [.. spans.OrderBy(s => s.Start).Select(s => Evidence.From(document.Text, s))];
    }

    /// <summary>The words that state the event: from its first to its last trigger, actor, place or figure in its stretch.</summary>
    private static TextSpan Around(Document document, EventCandidate c)
    {
        int first = int.MaxValue, end = int.MinValue;
        void Cover(int a, int b)
        {
            if (a >= c.RangeStart && b <= c.RangeEnd)
            {
                first = Math.Min(first, a);
                end = Math.Max(end, b);
            }
        }

        foreach (TriggerHit t in c.Triggers)
        {
            Cover(t.FirstToken, t.EndToken);
        }

        if (c.Actor1 is { } a1)
        {
            Cover(a1.FirstToken, a1.EndToken);
        }

        if (c.Actor2 is { } a2)
        {
            Cover(a2.FirstToken, a2.EndToken);
        }

        if (c.Place is { } p)
        {
            Cover(p.FirstToken, p.EndToken);
        }

        if (c.Date is { } d)
        {
            Cover(d.FirstToken, d.EndToken);
        }

        if (first == int.MaxValue)
        {
            return document.Sentences[c.Sentence].Span;
        }

        // Never run more than a clause beyond the trigger: keep the quote readable.
        return new TextSpan(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
    }

    private static AcledType? Acled(EventCandidate main, List<EventCandidate> cluster, ActorMention? actor1, ActorMention? actor2)
    {
        AcledType? acled = main.Acled;
        if (acled is null || main.Type != "ASSAULT")
        {
            return acled;
        }

        // An attack told by its toll (قتل سبعة في غارة) is typed by its means when a report names them:
        // ACLED codes strikes, shelling and bombs as remote violence whoever they hit.
        AcledType? means = AcledCodebook.IsRemoteViolence(acled) ? acled : cluster.Select(c => c.Acled).FirstOrDefault(AcledCodebook.IsRemoteViolence);
        if (means is not null)
        {
            return means;
        }

        // The type follows the actors: two armed sides fight a battle, an armed actor against
        // civilians is violence against them.
        ActorCamp target = ActorCamps.Of(actor2?.Participant.Kind);
        if (ActorCamps.Opposed(actor1?.Participant.Kind, actor2?.Participant.Kind))
        {
            return acled.EventType == "Battles" || acled.SubEventType == "Abduction/forced disappearance" ? acled : new AcledType("Battles", "Armed clash");
        }

        if (target == ActorCamp.Civilian)
        {
            return acled.SubEventType == "Abduction/forced disappearance" ? acled : new AcledType("Violence against civilians", "Attack");
        }

        if (target is ActorCamp.State or ActorCamp.NonStateArmed)
        {
            return acled.EventType == "Violence against civilians" && acled.SubEventType != "Abduction/forced disappearance"
                ? new AcledType("Battles", "Armed clash")
                : acled;
        }

        return acled;
    }

    /// <summary>
    /// Whether the date puts the incident well before the report: more than 30 days before the
    /// publication date, or, with no publication date, a month or a year (عام 2005، أبريل 2003):
    /// news tells new incidents by day, recalled ones by month or year.
    /// </summary>
    private static bool IsOld(Document document, EventDate? date)
    {
        if (date?.End is not { } end)
        {
            return false;
        }

        if (document.Article.Published is { } published)
        {
            return end < published.AddDays(-30);
        }

        // Without a publication date only an absolute date tells: news tells a new incident by its
        // day, a recalled one by its month or year (عام 2005، في أبريل 2003).
        return date.Precision is DatePrecision.Month or DatePrecision.Year && date.Start is not null;
    }

    /// <summary>An id that stays the same across runs: a hash of the article id, the type and where the evidence starts.</summary>
    public static string StableId(string articleId, string type, int evidenceStart)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        byte[] bytes = Encoding.UTF8.GetBytes($"{articleId}\u001f{type}\u001f{evidenceStart.ToString(CultureInfo.InvariantCulture)}");
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return string.Concat("ev-", Convert.ToHexStringLower(hash[..8]));
    }
}
