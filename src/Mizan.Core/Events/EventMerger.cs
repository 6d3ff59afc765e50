using Mizan.Entities;
using Mizan.Geocoding;

namespace Mizan.Events;

/// <summary>
/// Joins the candidates of one article that tell the same incident (same type, compatible
/// actors, place, date and status) into clusters; each cluster becomes one event with one
/// claim per source.
/// </summary>
/// <remarks>
/// A candidate joins the compatible cluster it is most linked to: a definite trigger that
/// refers back (الهجوم), the same source going on, the same actors, place or date, the same or
/// the next sentence, the title and the lead. A source's summary in the lead goes with the
/// incident that the same source tells in detail later. Figures without a trigger of their own
/// go to the event their sentence or source tells.
/// </remarks>
internal static class EventMerger
{
    private const int LinkThreshold = 3;

    /// <summary>Clusters candidates in text order.</summary>
    /// <param name="candidates">Candidates of one article, in text order.</param>
    /// <param name="titleSentences">Number of sentences that make the title (0 when there is none).</param>
    /// <param name="articlePlaceId">The gazetteer id of the town or region the article is about (its title's, or the one it names most), where a report that names no place is placed; asked only when such a report links to nothing else, and it may give null.</param>
    public static List<List<EventCandidate>> Merge(IReadOnlyList<EventCandidate> candidates, int titleSentences, Func<string?>? articlePlaceId = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var clusters = new List<List<EventCandidate>>();
        var pending = new List<EventCandidate>();
        foreach (EventCandidate c in candidates)
        {
            if (c.ClaimOnly)
            {
                List<EventCandidate>? home = clusters.LastOrDefault(k => k.Exists(x => x.Sentence == c.Sentence && x.TypeInfo.IsAttack))
                    ?? clusters.LastOrDefault(k => c.SourceKey is not null && k.Exists(x => x.SourceKey == c.SourceKey && x.TypeInfo.IsAttack))
                    ?? clusters.LastOrDefault(k => k.Exists(x => x.TypeInfo.IsAttack && c.Sentence - x.Sentence <= 2));
                home?.Add(c);
                continue;
            }

            List<EventCandidate>? best = BestByRules(clusters, c, titleSentences, articlePlaceId, allowTies: true) ?? ToldBefore(clusters, c);
            if (best is not null)
            {
                best.Add(c);
            }
            else if (c.StartsEvent)
            {
                clusters.Add([c]);
            }
            else
            {
                // Too weak to stand alone (وتابع أن السفارة أبلغت بهذا الهجوم): it may still belong to an
                // incident told later in the article.
                pending.Add(c);
            }
        }

        foreach (EventCandidate c in pending)
        {
            List<EventCandidate>? best = BestByRules(clusters, c, titleSentences, articlePlaceId, allowTies: false);
            best?.Add(c);
        }

        Reassign(clusters);
        Consolidate(clusters);
        return clusters;
    }

    /// <summary>
    /// A later report placed no finer than its country (or not placed), that no day, actor or
    /// background sets apart, with the same status (an effort going on is not the act told before it) from an incident of its type told before it, is that incident told
    /// again at a coarser grain (مقتل 9 من الحرس الوطني في هجوم شمال غربي تونس ... وأعلنت الوزارة
    /// الأحد مقتل عناصر من الأمن التونسي في كمين): it joins the nearest such incident before it. A
    /// report that sets itself apart (هجوم آخر) stays apart.
    /// </summary>
    private static void Consolidate(List<List<EventCandidate>> clusters)
    {
        for (int i = clusters.Count - 1; i > 0; i--)
        {
            List<EventCandidate> k = clusters[i];
            if (!PlacedNoFinerThanCountry(k) || k.Exists(c => c.Another))
            {
                continue;
            }

            List<EventCandidate>? home = null;
            foreach (List<EventCandidate> m in clusters)
            {
                if (m != k && m[0].Type == k[0].Type && m[0].RangeStart < k[0].RangeStart
                    && (home is null || m[0].RangeStart > home[0].RangeStart)
                    && k.TrueForAll(c => c.ClaimOnly || (m.TrueForAll(x => x.ClaimOnly || x.Status == c.Status) && Compatible(m, c, LinkThreshold, titleSentences: 0))))
                {
                    home = m;
                }
            }

            if (home is not null)
            {
                home.AddRange(k);
                home.Sort((a, b) => a.RangeStart.CompareTo(b.RangeStart));
                clusters.RemoveAt(i);
            }
        }
    }

    /// <summary>Whether no report of the cluster names a place finer than a country.</summary>
    private static bool PlacedNoFinerThanCountry(List<EventCandidate> cluster) =>
        cluster.TrueForAll(c => c.ClaimOnly || c.Resolved is null || c.Resolved.Place.Precision == LocationPrecision.Country);

    /// <summary>
    /// The incident a reference tells: a candidate that names no place, day, actor or figure of its
    /// own, only refers back (الاشتباكات، هذا الهجوم), or gives figures of an incident it calls by a
    /// definite noun (أصيب ثلاثة في الهجوم) tells the latest incident of its type the article has
    /// told, when it fits it; it starts none of its own.
    /// </summary>
    private static List<EventCandidate>? ToldBefore(List<List<EventCandidate>> clusters, EventCandidate c)
    {
        if (c.Another || c.HasOwnContent && !c.Anaphoric && !PlacedInToldIncident(c))
        {
            return null;
        }

        for (int i = clusters.Count - 1; i >= 0; i--)
        {
            List<EventCandidate> cluster = clusters[i];
            if (cluster[0].Type == c.Type)
            {
                return Compatible(cluster, c, LinkThreshold, titleSentences: 0) ? cluster : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The cluster the rules' link score joins a candidate to: the most linked compatible one,
    /// at the link threshold or above (the last of equals when <paramref name="allowTies"/>).
    /// </summary>
    private static List<EventCandidate>? BestByRules(List<List<EventCandidate>> clusters, EventCandidate c, int titleSentences, Func<string?>? articlePlaceId, bool allowTies)
    {
        if (c.Another)
        {
            return null; // هجوم آخر: not an incident told before
        }

        List<EventCandidate>? best = MostLinked(clusters, c, titleSentences, allowTies, placedAt: null);
        if (best is not null || c.Resolved is not null || articlePlaceId?.Invoke() is not { } placedAt)
        {
            return best;
        }

        // A report linked to nothing that names no place of the gazetteer (or only هناك) is placed
        // where the article is (مظاهرات عنيفة تهز البصرة ... استمرت الاحتجاجات القاتلة لعدة أيام، حيث
        // أن الناس هناك): an incident of its type told there is one point more for it, not a proof.
        return MostLinked(clusters, c, titleSentences, allowTies, placedAt);
    }

    /// <summary>
    /// The most linked compatible cluster at the link threshold or above (the last of equals when
    /// <paramref name="allowTies"/>); a cluster in the place <paramref name="placedAt"/> gets one point more.
    /// </summary>
    private static List<EventCandidate>? MostLinked(List<List<EventCandidate>> clusters, EventCandidate c, int titleSentences, bool allowTies, string? placedAt)
    {
        List<EventCandidate>? best = null;
        int bestScore = int.MinValue;
        foreach (List<EventCandidate> cluster in clusters)
        {
            int score = Link(cluster, c, titleSentences) + (placedAt is not null && HasPlace(cluster, placedAt) ? 1 : 0);
            if (score >= LinkThreshold && (allowTies ? score >= bestScore : score > bestScore) && Compatible(cluster, c, score, titleSentences))
            {
                best = cluster;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// A source's summary in one cluster goes with the cluster where the same source tells the
    /// incident in detail, when it fits there too.
    /// </summary>
    private static void Reassign(List<List<EventCandidate>> clusters)
    {
        foreach (List<EventCandidate> cluster in clusters.ToList())
        {
            foreach (EventCandidate c in cluster.ToList())
            {
                if (c.SourceKey is null || c.ClaimOnly || c.Another || cluster.Exists(x => x != c && x.SourceKey == c.SourceKey))
                {
                    continue;
                }

                List<EventCandidate>? other = clusters.Find(k => k != cluster
                    && k.Exists(x => x.SourceKey == c.SourceKey && !x.ClaimOnly)
                    && k[0].Type == c.Type
                    && Compatible(k, c, LinkThreshold, titleSentences: 0));
                if (other is not null)
                {
                    cluster.Remove(c);
                    other.Add(c);
                }
            }
        }

        clusters.RemoveAll(k => k.Count == 0 || k.TrueForAll(x => x.ClaimOnly));
        foreach (List<EventCandidate> k in clusters)
        {
            k.Sort((a, b) => a.RangeStart.CompareTo(b.RangeStart));
        }
    }

    private static int Link(List<EventCandidate> cluster, EventCandidate c, int titleSentences)
    {
        if (cluster[0].Type != c.Type)
        {
            return int.MinValue;
        }

        int score = 0;
        EventCandidate last = cluster[^1];
        if (c.Anaphoric || c.Main?.Anaphoric == true || PlacedInToldIncident(c))
        {
            score += 2;
        }

        if (c.SourceKey is not null && HasSource(cluster, c.SourceKey))
        {
            score += 3; // one source's account goes on about one incident
        }

        if (SameActors(cluster, c))
        {
            score += 2;
        }

        if (c.Resolved is not null && c.Place?.Relation is null && HasPlace(cluster, c.Resolved.Place.Id))
        {
            // One town or district named twice in an article is one incident unless something says otherwise
            // (another day, other actors): a district is the place of one front (مديرية باقم ... مركز مديرية باقم).
            score += c.Resolved.Place.Precision is LocationPrecision.Country or LocationPrecision.Region ? 2 : 3;
        }
        else if (c.Resolved is not null && c.Place?.Relation is null && HasPlaceAtAnotherLevel(cluster, c.Resolved.Place))
        {
            score += 2; // the same incident told at country or region level and at town level
        }
        else if (c.Place is { Directional: true } && c.Resolved is not null
            && (HasPlace(cluster, c.Resolved.Place.Id) || HasPlaceAtAnotherLevel(cluster, c.Resolved.Place)))
        {
            score += 2; // في الحديدة ... مع تقدم القوات باتجاه مطار الحديدة: a move toward a place of the incident goes on with it
        }
        else if (c.Place?.Referent is not null && c.Resolved is not null && cluster.Exists(x => x.Resolved?.Place.Id == c.Resolved.Place.Id))
        {
            score += 2; // قرب بلدة أفجوي ... على أطراف البلدة: a noun that names again the place the incident was told at
        }

        if (c.Date?.Start is { } d && HasDay(cluster, d))
        {
            score += 2;
        }

        if (RepeatsToll(cluster, c))
        {
            score += 3; // the same toll told twice (أكثر من 200 مدني ... 232 مدنيا و120 امرأة) is one incident's
        }

        if (last.Sentence == c.Sentence)
        {
            score += 1;
        }
        else if (c.Sentence - last.Sentence == 1 || (last.Sentence < titleSentences && c.Sentence == titleSentences))
        {
            score += 1; // the next sentence; the title's pieces (مقتل فلسطيني بغزة.. ونذر تصعيد) are one unit before the body
        }

        // The title tells the lead incident.
        if (titleSentences > 0 && cluster[0].Sentence < titleSentences && c.Sentence >= titleSentences && c.Sentence <= titleSentences + 1)
        {
            score += 2;
        }

        return score;
    }

    /// <summary>Whether a candidate of the cluster has this source key.</summary>
    private static bool HasSource(List<EventCandidate> cluster, string sourceKey)
    {
        foreach (EventCandidate x in cluster)
        {
            if (x.SourceKey == sourceKey)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a candidate of the cluster is in this place (not near it).</summary>
    private static bool HasPlace(List<EventCandidate> cluster, string placeId)
    {
        foreach (EventCandidate x in cluster)
        {
            if (x.Resolved?.Place.Id == placeId && x.Place?.Relation is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a candidate of the cluster is placed in the country or region that holds this place,
    /// or in a town of this country or region, or at a site near this town (or in the town near
    /// this site): the same incident told at another level (قتل جنديان في سوريا ... في مدينة دير
    /// الزور؛ غارة تستهدف قاعدة الديلمي ... انفجارات في صنعاء).
    /// </summary>
    private static bool HasPlaceAtAnotherLevel(List<EventCandidate> cluster, Place place)
    {
        foreach (EventCandidate x in cluster)
        {
            if (x.Resolved?.Place is not { } other || x.Place?.Relation is not null || other.Id == place.Id || other.CountryIso3 != place.CountryIso3)
            {
                continue;
            }

            bool countryLevel = other.Precision == LocationPrecision.Country || place.Precision == LocationPrecision.Country;
            bool regionLevel = (other.Precision == LocationPrecision.Region || place.Precision == LocationPrecision.Region)
                && other.Admin1 is not null && other.Admin1 == place.Admin1;
            if (countryLevel || regionLevel || SiteNear(other, place))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The smallest figure whose repetition links two reports: smaller ones recur by chance (قتل جنديان).</summary>
    internal const long RepeatedTollMinimum = 3;

    /// <summary>
    /// Whether the candidate gives an exact count of killed or injured, of at least
    /// <see cref="RepeatedTollMinimum"/>, that a report of the cluster gives too.
    /// </summary>
    internal static bool RepeatsToll(List<EventCandidate> cluster, EventCandidate c)
    {
        if (c.Claim is not { HasFigures: true } claim)
        {
            return false;
        }

        static bool Shares(Dictionary<string, CountRange> mine, Dictionary<string, CountRange> theirs)
        {
            foreach (CountRange r in mine.Values)
            {
                if (r.IsExact && r.Low >= RepeatedTollMinimum && theirs.Values.Any(q => q.IsExact && q.Low == r.Low))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (EventCandidate x in cluster)
        {
            if (x != c && x.Claim is { HasFigures: true } other && (Shares(claim.Killed, other.Killed) || Shares(claim.Injured, other.Injured)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a candidate of the cluster starts on this day.</summary>
    private static bool HasDay(List<EventCandidate> cluster, DateOnly day)
    {
        foreach (EventCandidate x in cluster)
        {
            if (x.Date?.Start == day)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Figures placed in an incident already told, with no place or day of their own
    /// (٢٠ جنديا قتلوا في الهجوم): the definite noun refers back even though a verb leads.
    /// </summary>
    private static bool PlacedInToldIncident(EventCandidate c) =>
        c.Place is null && c.Date is null && c.Claim?.HasFigures == true && c.Main is { } main
        && c.Triggers.Exists(t => t.Anaphoric && !t.Entry.IsVerb && t.FirstToken > main.FirstToken
            && t.Frame is TriggerFrame.Attack or TriggerFrame.Clash or TriggerFrame.Explode or TriggerFrame.Launch);

    /// <param name="cluster">The incident's reports so far.</param>
    /// <param name="c">The report that may join it.</param>
    /// <param name="score">The link score between them.</param>
    /// <param name="titleSentences">Number of sentences that make the title, when a title's town may name a nearby town's incident; else 0.</param>
    private static bool Compatible(List<EventCandidate> cluster, EventCandidate c, int score, int titleSentences)
    {
        // A reference back (الهجوم) or the same source going on in the next sentence tells the same
        // incident even when it names another day of it (a battle from Thursday to this morning).
        bool strong = c.Anaphoric || c.Main?.Anaphoric == true
            || (c.SourceKey is not null && SourceGoesOn(cluster, c));
        foreach (EventCandidate x in cluster)
        {
            if (x.Type != c.Type || !StatusCompatible(x.Status, c.Status) || (x.Background != c.Background && !x.ClaimOnly && !c.ClaimOnly))
            {
                return false; // a recalled incident is not the one reported now
            }

            if (!PlaceCompatible(x.Resolved, c.Resolved) && !TitleTownNear(x, c, titleSentences))
            {
                return false;
            }

            if (!strong && !DateCompatible(x, c))
            {
                return false;
            }
        }

        return ActorsCompatible(cluster, c);
    }

    /// <summary>Whether the candidate's source told the cluster's incident in the same or the previous sentence.</summary>
    private static bool SourceGoesOn(List<EventCandidate> cluster, EventCandidate c)
    {
        foreach (EventCandidate x in cluster)
        {
            if (x.SourceKey == c.SourceKey && c.Sentence - x.Sentence is 0 or 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StatusCompatible(EventStatus a, EventStatus b)
    {
        static int Group(EventStatus s) => s switch
        {
            EventStatus.Planned => 1,
            EventStatus.Threatened => 2,
            EventStatus.Hypothetical => 3,
            _ => 0,
        };

        return Group(a) == Group(b);
    }

    private static bool PlaceCompatible(PlaceResolution? a, PlaceResolution? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        Place x = a.Place, y = b.Place;
        if (x.Id == y.Id)
        {
            return true;
        }

        if (x.CountryIso3 != y.CountryIso3)
        {
            return false;
        }

        // A country or region contains its towns; two different towns are two incidents.
        if (x.Precision == Events.LocationPrecision.Country || y.Precision == Events.LocationPrecision.Country)
        {
            return true;
        }

        if (x.IsArea || y.IsArea)
        {
            return x.Admin1 is null || y.Admin1 is null || x.Admin1 == y.Admin1;
        }

        // A town and a site or a quarter near it are one incident told at two grains (بغداد and مدينة
        // الصدر، حمص and مطار الضبعة); two towns are two incidents, however near (السلط and الفحيص).
        return SiteNear(x, y);
    }

    /// <summary>The distance within which a town and a site or a quarter (GeoNames PPLX) may be one incident's place.</summary>
    internal const double SiteKilometres = 30;

    /// <summary>The distance within which the town a title names may stand for the town the body names.</summary>
    internal const double TitleTownKilometres = 15;

    /// <summary>
    /// Whether one report is in the title and the other in the body, both placed in towns of one
    /// country at most <see cref="TitleTownKilometres"/> apart: a title names the incident by the
    /// better-known town near it (مقتل شاب بغزة; the body: في غارة على بيت لاهيا).
    /// </summary>
    private static bool TitleTownNear(EventCandidate x, EventCandidate y, int titleSentences)
    {
        if (titleSentences == 0 || (x.Sentence < titleSentences) == (y.Sentence < titleSentences)
            || !InTown(x, out Place? a) || !InTown(y, out Place? b) || a.CountryIso3 != b.CountryIso3)
        {
            return false;
        }

        // A title may also name the incident by its governorate's seat, whose name is often the
        // governorate's (تجدد الاشتباكات في البيضاء; the body: بمدينة رداع محافظة البيضاء).
        Place title = x.Sentence < titleSentences ? a : b, body = title == a ? b : a;
        return Reconciliation.GeoDistance.Kilometres(a.Latitude, a.Longitude, b.Latitude, b.Longitude) <= TitleTownKilometres
            || (title.IsRegionalSeat && title.Admin1 is not null && title.Admin1 == body.Admin1);
    }

    /// <summary>Whether the report is placed in a town or site (not near it).</summary>
    private static bool InTown(EventCandidate c, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Place? place)
    {
        place = c.Place?.Relation is null && c.Resolved?.Place is { Precision: LocationPrecision.Town or LocationPrecision.Site } p ? p : null;
        return place is not null;
    }

    private static bool SiteNear(Place x, Place y)
    {
        static bool Site(Place p) => p.Precision == LocationPrecision.Site || p.FeatureCode == "PPLX";
        return (Site(x) || Site(y)) && Reconciliation.GeoDistance.Kilometres(x.Latitude, x.Longitude, y.Latitude, y.Longitude) <= SiteKilometres;
    }

    private static bool DateCompatible(EventCandidate x, EventCandidate y)
    {
        if (x.Date is null || y.Date is null)
        {
            return true;
        }

        if (x.Date.Start is { } xs && x.Date.End is { } xe && y.Date.Start is { } ys && y.Date.End is { } ye)
        {
            return xs <= ye.AddDays(1) && ys <= xe.AddDays(1);
        }

        if (x.Date.IsResolved != y.Date.IsResolved)
        {
            return true;
        }

        // Both unresolved (no publication date): two different days of the same kind are two
        // incidents (الخميس الفارط، الثلاثاء الفارط; في 2 من الشهر، في 5 من الشهر); a weekday and a
        // day of the month cannot be compared.
        DayKind a = KindOf(x), b = KindOf(y);
        return a != b || a == DayKind.Other || x.Date.Span == y.Date.Span || SameWords(x, y);
    }

    private enum DayKind
    {
        Other,
        Weekday,
        DayOfMonth,
    }

    private static DayKind KindOf(EventCandidate c)
    {
        if (c.Date?.Precision is not (null or Events.DatePrecision.Day))
        {
            return DayKind.Other;
        }

        return c.DateNamesWeekday ? DayKind.Weekday
            : Words(c).Any(w => w.Length > 0 && w.All(char.IsAsciiDigit)) ? DayKind.DayOfMonth
            : DayKind.Other;
    }

    private static string[] Words(EventCandidate c) => (c.DateKey ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool SameWords(EventCandidate a, EventCandidate b) =>
        a.DateDayWords.AsSpan().SequenceEqual(b.DateDayWords);

    private static bool SameActors(List<EventCandidate> cluster, EventCandidate c)
    {
        string? a1 = c.Actor1?.Participant.Id, a2 = c.Actor2?.Participant.Id;
        if (a1 is null && a2 is null)
        {
            return false;
        }

        foreach (EventCandidate x in cluster)
        {
            string? b1 = x.Actor1?.Participant.Id, b2 = x.Actor2?.Participant.Id;
            bool forward = (a1 is null || a1 == b1) && (a2 is null || a2 == b2);
            bool swapped = (a1 is null || a1 == b2) && (a2 is null || a2 == b1);
            if ((forward || swapped) && (b1 is not null || b2 is not null))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ActorsCompatible(List<EventCandidate> cluster, EventCandidate c)
    {
        if (c.Actor1 is null && c.Actor2 is null)
        {
            return true;
        }

        var known = new List<Actor>(cluster.Count * 2);
        foreach (EventCandidate x in cluster)
        {
            if (x.Actor1 is not null)
            {
                known.Add(x.Actor1.Participant);
            }

            if (x.Actor2 is not null)
            {
                known.Add(x.Actor2.Participant);
            }
        }

        if (known.Count == 0)
        {
            return true;
        }

        return ActorFits(known, c.Actor1) && ActorFits(known, c.Actor2);
    }

    /// <summary>
    /// Whether an actor of a candidate fits the actors a cluster knows: one of them, of the camp
    /// and country of one of them, a victim, or any actor while the cluster knows one side only.
    /// </summary>
    private static bool ActorFits(List<Actor> known, ActorMention? mention)
    {
        if (mention is null)
        {
            return true;
        }

        Actor a = mention.Participant;
        if (ActorCamps.Of(a.Kind) == ActorCamp.Civilian)
        {
            return true; // people hurt in a clash do not make it another incident
        }

        foreach (Actor k in known)
        {
            if (k.Id == a.Id || (ActorCamps.Of(k.Kind) == ActorCamps.Of(a.Kind) && (k.Country is null || a.Country is null || k.Country == a.Country)))
            {
                return true;
            }
        }

        // Both sides are known and this actor is neither.
        ActorCamp first = ActorCamps.Of(known[0].Kind);
        foreach (Actor k in known)
        {
            if (ActorCamps.Of(k.Kind) != first)
            {
                return false;
            }
        }

        return true;
    }
}
