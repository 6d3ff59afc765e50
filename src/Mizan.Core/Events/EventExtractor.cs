using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mizan.Entities;
using Mizan.Events.Reading;
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
        List<List<EventCandidate>> clusters = EventMerger.Merge(candidates, titleSentences, () => geography.ArticlePlace()?.GazetteerId);
        var events = ImmutableArray.CreateBuilder<Event>(clusters.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (List<EventCandidate> cluster in clusters)
        {
            Event e = Build(document, cluster, geography, titleSentences);

            // A recalled incident is reported, marked, only when asked for.
            if (e.Background && !_options.IncludeBackground)
            {
                continue;
            }

            // Strikes on two named towns (استهدفت دوما وزملكا) are two events told by the same words:
            // the second takes an id of its own, as stable, from where its place is named.
            for (int n = 1; !ids.Add(e.Id); n++)
            {
                e = e with { Id = StableId(document.Article.Id, string.Concat(e.Type, "#", n.ToString(CultureInfo.InvariantCulture)), e.Location?.Mention.Start ?? e.Evidence[0].Start) };
            }

            events.Add(e);
        }

        return events.ToImmutable();
    }

    /// <summary>
    /// What became of every trigger word of a document, in text order: the candidates the rules read
    /// (with the learned scorer's probability and threshold when it decides) and the words the rules set
    /// aside with the reason (<c>mizan explain</c>).
    /// </summary>
    public ImmutableArray<TriggerDecision> Explain(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var decisions = new List<TriggerDecision>();
        (List<EventCandidate> candidates, _) = ReadCandidates(document, CancellationToken.None);
        _scorer?.Score(document, candidates, TitleSentences(document));
        foreach (EventCandidate c in candidates)
        {
            if (c.ClaimOnly || c.Main is not { } main)
            {
                continue;
            }

            TriggerVerdict verdict = !c.StartsEvent ? TriggerVerdict.Declined : c.Background ? TriggerVerdict.Background : TriggerVerdict.Starts;
            double? threshold = c.Probability is not null && _scorer is { } scorer && scorer.Model.Thresholds.TryGetValue(c.Type, out double t) ? t : null;
            decisions.Add(new TriggerDecision(c.Sentence, Evidence.From(document.Text, main.Match.Span), c.Type, verdict, c.RuleStarts, c.Probability, threshold));
        }

        foreach (SetAsideTrigger r in _reader.SetAside(document))
        {
            Evidence? cue = r.CueToken >= 0 ? Evidence.From(document.Text, document.Tokens[r.CueToken].Span) : null;
            decisions.Add(new TriggerDecision(r.Sentence, Evidence.From(document.Text, r.Span), r.Type, TriggerVerdict.Rejected, false, Rejection: r.Reason, Cue: cue));
        }

        decisions.Sort(static (a, b) => a.Trigger.Start.CompareTo(b.Trigger.Start));
        return [.. decisions];
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

    /// <summary>The report that tells the incident most fully: it carries the event's type and status.</summary>
    private static EventCandidate MainOf(List<EventCandidate> cluster) =>
        cluster.Where(c => !c.ClaimOnly).OrderByDescending(c => c.Asserted).ThenByDescending(c => c.Strength).FirstOrDefault() ?? cluster[0];

    /// <summary>The candidates of the rules with their places resolved and recalled ones marked; no geography when there are none.</summary>
    private (List<EventCandidate> Candidates, ArticleGeography? Geography) ReadCandidates(Document document, CancellationToken cancellationToken)
    {
        List<EventCandidate> candidates = _reader.Read(document, cancellationToken);
        if (candidates.Count == 0)
        {
            return (candidates, null);
        }

        var geography = ArticleGeography.Of(document, _resolver, _gazetteer, _countries);
        foreach (EventCandidate c in candidates)
        {
            if (c.Place is { } place)
            {
                c.Resolved = geography.Resolve(place);

                // بمعتمدية العيون من ولاية القصرين، منطقة الرمادة بمحافظة الحديدة: a district or a place after a noun of place that
                // is no place of the article's countries is at least in the region named with it.
                if (c.Resolved is null && (place.District || place.PlaceNoun) && geography.PlaceHolding(place) is { } holder)
                {
                    c.Place = holder;
                    c.Resolved = geography.Resolve(holder);
                }
            }

            if (c.Date is { } d && IsOld(document, new EventDate(Evidence.From(document.Text, d.Span), d.Start, d.End, d.Precision)))
            {
                c.Background = true;
            }
        }

        return (candidates, geography);
    }


    private static int TitleSentences(Document document)
    {
        if (document.Article.Title is not { Length: > 0 } title)
        {
            return 0;
        }

        return document.Sentences.Count(s => s.Span.Start < title.Length);
    }

    private Event Build(Document document, List<EventCandidate> cluster, ArticleGeography geography, int titleSentences)
    {
        // The candidate that reports the incident most fully carries its type and status.
        EventCandidate main = MainOf(cluster);
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

        (actor1, actor2) = EventActorCompletion.Complete(document, cluster, main.TypeInfo, actor1, actor2);

        var actors = ImmutableArray.CreateBuilder<EventActor>();
        if (actor1 is not null)
        {
            actors.Add(ToEventActor(document, "actor1", actor1));
        }

        if (actor2 is not null)
        {
            actors.Add(ToEventActor(document, "actor2", actor2));
        }

        EventLocation? location = EventLocator.Locate(cluster, main, geography, actor2, main.TypeInfo.IsCrowd ? actor1 : null, titleSentences);
        if (actor1 is null && EventActorCompletion.Protesters(document, main, main.Acled, location?.Country) is { } protesters)
        {
            actors.Insert(0, protesters);
        }

        (EventDate? date, bool yearOmitted) = Date(document, cluster, main);
        if (date is { Start: { } day } && document.Article.Published is { } published && day > published
            && status is EventStatus.Occurred or EventStatus.Ongoing)
        {
            // What took place cannot have started after the report. A day and month told without their
            // year (في 23 آذار in a report of 17 March) are of the year before: the incident is recalled.
            // Otherwise (عام 2019 in a report of 2018 names something else) the words stay as evidence,
            // the day is unknown.
            date = yearOmitted && day.AddYears(-1) <= published
                ? date with { Start = day.AddYears(-1), End = date.End?.AddYears(-1) }
                : date with { Start = null, End = null, Precision = null };
        }

        // قتل سبعة مدنيين في غارات استهدفت دوما وزملكا: the seven are counted once, on the first town's event.
        ImmutableArray<Claim> claims = ClaimAssembler.Claims(document, cluster.FindAll(c => !c.TollToldForAnother), actor1, actor2);
        ImmutableArray<Evidence> evidence = EvidenceOf(document, cluster);
        AcledType? acled = Acled(main, cluster, actor1, actor2);
        FatalityEstimate? fatalities = main.TypeInfo.IsAttack ? FatalityEstimator.Estimate(claims) : null;
        bool background = main.Background || IsOld(document, date) || AggregateTollReader.IsTotal(fatalities, claims);
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
        // An organisation of no armed or civil kind (the UN, the EU, a news agency) is what ACLED calls
        // External/Other forces, never an unidentified armed group.
        Actor who = mention.Participant;
        return new EventActor(role, Evidence.From(document.Text, mention.Span), who.Name, who.Kind ?? ActorKind.ExternalForces, who.Country);
    }

    /// <summary>The event's date, and whether it is a day of a month told without its year.</summary>
    private static (EventDate? Date, bool YearOmitted) Date(Document document, List<EventCandidate> cluster, EventCandidate main)
    {
        Dates.DateMention? mention = main.Date
            ?? cluster.Select(c => c.Date).FirstOrDefault(d => d is { IsResolved: true })
            ?? cluster.Select(c => c.Date).FirstOrDefault(d => d is not null);
        // No date in the reports of the event: the day the article's news happened, when it names one
        // within the week before publication (يوم الخميس in the sentence before).
        mention ??= ArticleDay(document);
        if (mention is null)
        {
            return (null, false);
        }

        DateOnly? start = mention.Start, end = mention.End;
        if (mention.Boundary == Dates.DateBoundary.Since && document.Article.Published is { } published && start is not null)
        {
            end = published; // منذ الاثنين الماضي: from then until the report
        }

        return (new EventDate(Evidence.From(document.Text, mention.Span), start, end, mention.Precision), mention.YearOmitted);
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
        if (acled is null || !main.TypeInfo.IsAttack)
        {
            return acled;
        }

        // An attack told by its toll (قتل سبعة في غارة) is typed by its means when a report names them:
        // ACLED codes strikes, shelling and bombs as remote violence whoever they hit.
        // A clash told as such stays a battle when shells of it are told too (اشتباكات ... القذائف التي
        // سقطت على أطراف البلدة): ACLED codes the fighting, not a weapon used in it.
        bool opposed = ActorCamps.Opposed(actor1?.Participant.Kind, actor2?.Participant.Kind);
        bool clash = opposed && cluster.Exists(c => !c.ClaimOnly && c.Main?.Frame == TriggerFrame.Clash);
        // The main report may be the shells' own toll (ثلاثة مدنيين أصيبوا بشظايا قذائف): the clash types it still.
        bool toldByToll = main.Main?.Frame is TriggerFrame.Wounded or TriggerFrame.Injure or TriggerFrame.Die or TriggerFrame.Kill;
        AcledType? means = clash && (toldByToll || !AcledCodebook.IsRemoteViolence(acled)) ? null
            : AcledCodebook.IsRemoteViolence(acled) ? acled
            : cluster.Select(c => c.Acled).FirstOrDefault(AcledCodebook.IsRemoteViolence);
        if (means is not null)
        {
            return means;
        }

        // The type follows the actors: two armed sides fight a battle, an armed actor against
        // civilians is violence against them.
        ActorCamp target = ActorCamps.Of(actor2?.Participant.Kind);
        if (opposed)
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
