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
public static class EventMerger
{
    private const int LinkThreshold = 2;

    /// <summary>How strongly a stretch must report an incident to start an event of its own (see <see cref="EventCandidate.Strength"/>).</summary>
    public const int StrengthThreshold = 3;

    /// <summary>Clusters candidates in text order.</summary>
    /// <param name="candidates">Candidates of one article, in text order.</param>
    /// <param name="titleSentences">Number of sentences that make the title (0 when there is none).</param>
    public static List<List<EventCandidate>> Merge(IReadOnlyList<EventCandidate> candidates, int titleSentences)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var clusters = new List<List<EventCandidate>>();
        var pending = new List<EventCandidate>();
        foreach (EventCandidate c in candidates)
        {
            if (c.ClaimOnly)
            {
                List<EventCandidate>? home = clusters.LastOrDefault(k => k.Exists(x => x.Sentence == c.Sentence && x.Type == "ASSAULT"))
                    ?? clusters.LastOrDefault(k => c.SourceKey is not null && k.Exists(x => x.SourceKey == c.SourceKey && x.Type == "ASSAULT"))
                    ?? clusters.LastOrDefault(k => k.Exists(x => x.Type == "ASSAULT" && c.Sentence - x.Sentence <= 2));
                home?.Add(c);
                continue;
            }

            List<EventCandidate>? best = null;
            int bestScore = int.MinValue;
            foreach (List<EventCandidate> cluster in clusters)
            {
                int score = Link(cluster, c, titleSentences);
                if (score >= LinkThreshold && score >= bestScore && Compatible(cluster, c, score))
                {
                    best = cluster;
                    bestScore = score;
                }
            }

            if (best is not null)
            {
                best.Add(c);
            }
            else if (c.Strength >= StrengthThreshold)
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
            List<EventCandidate>? best = null;
            int bestScore = int.MinValue;
            foreach (List<EventCandidate> cluster in clusters)
            {
                int score = Link(cluster, c, titleSentences);
                if (score >= LinkThreshold && score > bestScore && Compatible(cluster, c, score))
                {
                    best = cluster;
                    bestScore = score;
                }
            }

            best?.Add(c);
        }

        Reassign(clusters);
        return clusters;
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
                if (c.SourceKey is null || c.ClaimOnly || cluster.Count < 2 || cluster.Exists(x => x != c && x.SourceKey == c.SourceKey))
                {
                    continue;
                }

                List<EventCandidate>? other = clusters.Find(k => k != cluster
                    && k.Exists(x => x.SourceKey == c.SourceKey && !x.ClaimOnly)
                    && k[0].Type == c.Type
                    && Compatible(k, c, LinkThreshold));
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
        if (c.Anaphoric || c.Triggers.Exists(t => t.Anaphoric))
        {
            score += 2;
        }

        if (c.SourceKey is not null && cluster.Exists(x => x.SourceKey == c.SourceKey))
        {
            score += 2;
        }

        if (SameActors(cluster, c))
        {
            score += 2;
        }

        if (c.Resolved is not null && cluster.Exists(x => x.Resolved?.Place.Id == c.Resolved.Place.Id))
        {
            score += 2;
        }

        if (c.Date?.Start is { } d && cluster.Exists(x => x.Date?.Start == d))
        {
            score += 2;
        }

        if (last.Sentence == c.Sentence)
        {
            score += 1;
        }
        else if (c.Sentence - last.Sentence == 1)
        {
            score += 1;
        }

        // The title tells the lead incident.
        if (titleSentences > 0 && cluster[0].Sentence < titleSentences && c.Sentence >= titleSentences && c.Sentence <= titleSentences + 1)
        {
            score += 2;
        }

        return score;
    }

    private static bool Compatible(List<EventCandidate> cluster, EventCandidate c, int score)
    {
        bool strong = score >= 4 && (c.Anaphoric || cluster.Exists(x => x.SourceKey is not null && x.SourceKey == c.SourceKey));
        foreach (EventCandidate x in cluster)
        {
            if (x.Type != c.Type || !StatusCompatible(x.Status, c.Status))
            {
                return false;
            }

            if (!PlaceCompatible(x.Resolved, c.Resolved))
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

        return false;
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

        // Both unresolved: the same expression or not comparable.
        return true;
    }

    private static bool SameActors(List<EventCandidate> cluster, EventCandidate c)
    {
        string? a1 = c.Actor1?.Participant.Id, a2 = c.Actor2?.Participant.Id;
        if (a1 is null && a2 is null)
        {
            return false;
        }

        return cluster.Exists(x =>
        {
            string? b1 = x.Actor1?.Participant.Id, b2 = x.Actor2?.Participant.Id;
            bool forward = (a1 is null || a1 == b1) && (a2 is null || a2 == b2);
            bool swapped = (a1 is null || a1 == b2) && (a2 is null || a2 == b1);
            return (forward || swapped) && (b1 is not null || b2 is not null);
        });
    }

    private static bool ActorsCompatible(List<EventCandidate> cluster, EventCandidate c)
    {
        var known = cluster.SelectMany(x => new[] { x.Actor1, x.Actor2 }).Where(a => a is not null).Select(a => a!.Participant).ToList();
        if (known.Count == 0)
        {
            return true;
        }

        foreach (ActorMention? mention in new[] { c.Actor1, c.Actor2 })
        {
            if (mention is null)
            {
                continue;
            }

            Actor a = mention.Participant;
            bool fits = known.Exists(k => k.Id == a.Id
                || (ActorCamps.Of(k.Kind) == ActorCamps.Of(a.Kind) && (k.Country is null || a.Country is null || k.Country == a.Country)));
            if (!fits && known.Select(k => ActorCamps.Of(k.Kind)).Distinct().Count() >= 2)
            {
                return false; // both sides are known and this actor is neither
            }
        }

        return true;
    }
}
