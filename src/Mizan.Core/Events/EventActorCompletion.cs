using Mizan.Attribution;
using Mizan.Entities;
using Mizan.Pipeline;
using Mizan.Tokenization;

namespace Mizan.Events;

/// <summary>
/// Fills the empty role of an assault whose other role the words of its reports name, from the
/// party the article sets against it: an armed party counted among the dead of its reports
/// (قتل 20 متمردا، بعد أن هاجموا قافلة للجيش), else the nearest actor of the opposed camp in the
/// sentences that report it, else the party of that camp the article names most. Armed state
/// forces face non-state armed groups and the reverse; civilians hit face whoever is armed.
/// Sources of a statement (أفادت وزارة الدفاع، مصادر عسكرية) and governments are never taken.
/// </summary>
internal static class EventActorCompletion
{
    /// <summary>The actors of the event with an empty role filled when the article says who stood there.</summary>
    public static (ActorMention? Actor1, ActorMention? Actor2) Complete(Document document, List<EventCandidate> cluster, EventTypeInfo type, ActorMention? actor1, ActorMention? actor2)
    {
        if (type.IsCrowd)
        {
            return Protest(document, cluster, actor1, actor2);
        }

        // Civilians do not attack: civilians read as the agent were its victims (قتل طفل، أصيب أشخاص).
        if (type.IsAttack && actor1 is not null && actor1.Participant.Kind == ActorKind.Civilians)
        {
            (actor1, actor2) = (null, actor2 ?? actor1);
        }

        // The wounded and the dead of an article about a protest are protesters (a protest met with force).
        if (type.IsAttack && actor2 is { Affiliation: null } hurt && hurt.Actor.Name == "People")
        {
            Func<ActorMention, bool> protesters = m => m.Participant.Kind == ActorKind.Protesters;
            actor2 = Nearest(document, cluster, hurt.FirstToken, protesters) ?? MostNamed(document, protesters) ?? actor2;
        }

        if (type.IsAttack && actor1 is null && actor2 is null && cluster.Find(c => !c.ClaimOnly) is { Main: { } trigger })
        {
            // No role read: the armed party its reports name nearest the act did it, else the one the article names most.
            Func<ActorMention, bool> armed = m => ActorCamps.Of(m.Participant.Kind) is ActorCamp.State or ActorCamp.NonStateArmed && m.Participant.Kind != ActorKind.Government;
            actor1 = Nearest(document, cluster, trigger.FirstToken, armed) ?? MostNamed(document, armed);
        }

        if (!type.IsAttack || (actor1 is null) == (actor2 is null))
        {
            return (actor1, actor2);
        }

        ActorMention known = actor1 ?? actor2!;
        bool wantFirst = actor1 is null;
        ActorCamp knownCamp = ActorCamps.Of(known.Participant.Kind);
        if (knownCamp == ActorCamp.None || (knownCamp == ActorCamp.Civilian && !wantFirst))
        {
            return (actor1, actor2);
        }

        bool Fits(ActorMention m, bool inReport)
        {
            Actor a = m.Participant;
            if (a.Id == known.Participant.Id || a.Kind is null or ActorKind.Government)
            {
                return false;
            }

            ActorCamp camp = ActorCamps.Of(a.Kind);
            return knownCamp switch
            {
                ActorCamp.Civilian => camp is ActorCamp.State or ActorCamp.NonStateArmed,
                _ => ActorCamps.Opposed(known.Participant.Kind, a.Kind)
                    || (inReport && !wantFirst && camp == ActorCamp.Civilian && a.Name != "People"),
            };
        }

        ActorMention? found = Counted(cluster, m => Fits(m, inReport: true))
            ?? Nearest(document, cluster, known.FirstToken, m => Fits(m, inReport: true))
            ?? MostNamed(document, m => Fits(m, inReport: false));
        if (found is null)
        {
            return (actor1, actor2);
        }

        return wantFirst ? (found, actor2) : (actor1, found);
    }

    /// <summary>
    /// The sides of a protest: the people who hold it are protesters; state forces read as its
    /// subject faced it (the protesters are then added by <see cref="Protesters"/>); with no one
    /// facing it, the state forces its reports name, else those the article names most.
    /// </summary>
    private static (ActorMention? Actor1, ActorMention? Actor2) Protest(Document document, List<EventCandidate> cluster, ActorMention? actor1, ActorMention? actor2)
    {
        if (actor1 is not null && ActorCamps.Of(actor1.Participant.Kind) == ActorCamp.State)
        {
            (actor1, actor2) = (null, actor2 ?? actor1);
        }

        // The people who protest are protesters, whoever they are (الطلاب، السكان).
        if (actor1 is { Affiliation: null } people && people.Actor.Kind == ActorKind.Civilians)
        {
            actor1 = people with { Actor = people.Actor with { Kind = ActorKind.Protesters } };
        }

        // Whom a peaceful protest is against (ضد الرئيس) is not who faced it; a riot's target is.
        if (actor2 is not null && actor2.Participant.Kind == ActorKind.Government && !cluster.Exists(c => c.Acled?.EventType == "Riots"))
        {
            actor2 = null;
        }

        if (actor2 is null)
        {
            actor2 = Nearest(document, cluster, actor1?.FirstToken ?? cluster[0].RangeStart, m => m.Participant.Kind == ActorKind.StateForces)
                ?? MostNamed(document, m => m.Participant.Kind == ActorKind.StateForces);
        }

        return (actor1, actor2);
    }

    /// <summary>An armed party counted among the dead or hurt of a report of the event.</summary>
    private static ActorMention? Counted(List<EventCandidate> cluster, Func<ActorMention, bool> fits)
    {
        foreach (EventCandidate c in cluster)
        {
            if (c.Claim is { } claim)
            {
                foreach (ActorMention party in claim.Parties.Values)
                {
                    if (fits(party))
                    {
                        return party;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The actor nearest a token (the known actor) in the sentences that report the event, sources of statements left out.</summary>
    private static ActorMention? Nearest(Document document, List<EventCandidate> cluster, int anchor, Func<ActorMention, bool> fits)
    {
        var sentences = new HashSet<int>(cluster.Select(c => c.Sentence));
        ActorMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (int index in sentences)
        {
            Sentence sentence = document.Sentences[index];
            foreach (ActorMention m in document.Actors)
            {
                if (m.FirstToken < sentence.FirstToken || m.FirstToken >= sentence.EndToken || !fits(m) || IsSource(document, m))
                {
                    continue;
                }

                int distance = Math.Abs(m.FirstToken - anchor);
                if (distance < bestDistance)
                {
                    best = m;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    /// <summary>The party the article names most often, its first mention; none when two tie.</summary>
    private static ActorMention? MostNamed(Document document, Func<ActorMention, bool> fits)
    {
        var counts = new Dictionary<string, (int Count, ActorMention First)>(StringComparer.Ordinal);
        foreach (ActorMention m in document.Actors)
        {
            if (!fits(m) || IsSource(document, m))
            {
                continue;
            }

            string id = m.Participant.Id;
            counts[id] = counts.TryGetValue(id, out var seen) ? (seen.Count + 1, seen.First) : (1, m);
        }

        if (counts.Count == 0)
        {
            return null;
        }

        var ranked = counts.Values.OrderByDescending(v => v.Count).ToList();
        return ranked.Count == 1 || ranked[0].Count > ranked[1].Count ? ranked[0].First : null;
    }

    /// <summary>Whether the mention names who speaks in an attribution.</summary>
    private static bool IsSource(Document document, ActorMention m)
    {
        foreach (SourceAttribution a in document.Attributions)
        {
            if (a.Source is { } source && source.FirstToken < m.EndToken && m.FirstToken < source.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Who protests when the words name nobody: a protest is held by protesters (a riot by rioters),
    /// named by the words of the protest itself, of the country it took place in.
    /// </summary>
    public static EventActor? Protesters(Document document, EventCandidate main, AcledType? acled, string? country)
    {
        if (!main.TypeInfo.IsCrowd || main.Main is not { } trigger)
        {
            return null;
        }

        var span = new Text.TextSpan(document.Tokens[trigger.FirstToken].Span.Start, document.Tokens[trigger.EndToken - 1].Span.End);
        bool riot = acled?.EventType == "Riots";
        return new EventActor("actor1", Evidence.From(document.Text, span), riot ? "Rioters" : "Protesters", riot ? ActorKind.Rioters : ActorKind.Protesters, country);
    }
}
