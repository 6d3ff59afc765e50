using System.Collections.Immutable;
using Mizan.Attribution;
using Mizan.Entities;
using Mizan.Events.Reading;
using Mizan.Pipeline;
using Mizan.Tokenization;

namespace Mizan.Events;

/// <summary>
/// The claims of an event from the drafts of its reports: one per source and quote, each figure on
/// the side of the event's actors. A party counted that was neither actor of its own report takes
/// its side now that the event's actors are known: actor1 or actor2 when it is that actor or of
/// its camp and country, else the total.
/// </summary>
internal static class ClaimAssembler
{
    /// <summary>The claims of the reports of one event.</summary>
    public static ImmutableArray<Claim> Claims(Document document, List<EventCandidate> cluster, ActorMention? actor1, ActorMention? actor2)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>();
        foreach (EventCandidate c in cluster)
        {
            if (c.Claim is not { } draft || (!draft.HasFigures && !draft.Denial && c.Attribution?.Source is null))
            {
                continue;
            }

            ActorMention? speaker = c.Attribution?.Source ?? (draft.HasFigures ? NamedNearby(document, c, draft) : null);
            ClaimSource source = speaker is { } s
                ? new ClaimSource(Evidence.From(document.Text, s.Span), s.Actor.Name, s.Actor.SourceKind)
                : new ClaimSource(null, "article", SourceKind.Unattributed);
            if (claims.Any(x => x.Evidence.Span == draft.Evidence && x.Source.Name == source.Name))
            {
                continue;
            }

            claims.Add(new Claim(
                source,
                Sides(draft.Killed, draft, c, actor1, actor2),
                Sides(draft.Injured, draft, c, actor1, actor2),
                Sides(draft.Captured, draft, c, actor1, actor2),
                ImmutableSortedDictionary<string, CountRange>.Empty,
                draft.Displaced.ToImmutableSortedDictionary(StringComparer.Ordinal),
                draft.Denial,
                Evidence.From(document.Text, draft.Evidence)));
        }

        return claims.ToImmutable();
    }

    /// <summary>The figures with each provisional party side settled against the event's actors.</summary>
    /// <remarks>
    /// A report's actor1 and actor2 are its own: the figure for the actor2 of a report that tells
    /// the ministry killed 20 gunmen is the event's actor1 when the gunmen attacked. Each side is
    /// settled by the party it names.
    /// </remarks>
    internal static ImmutableSortedDictionary<string, CountRange> Sides(Dictionary<string, CountRange> figures, ClaimDraft draft, EventCandidate report, ActorMention? actor1, ActorMention? actor2)
    {
        var sides = new SortedDictionary<string, CountRange>(StringComparer.Ordinal);
        foreach ((string key, CountRange range) in figures)
        {
            string side = key;
            if (key.StartsWith(CasualtySides.PartyPrefix, StringComparison.Ordinal))
            {
                side = draft.Parties.TryGetValue(key, out ActorMention? party) ? SideOf(party.Participant, actor1, actor2) : "total";
            }
            else if (key == CasualtySides.StateForcesSide)
            {
                side = CasualtySides.SideOfCamp(actor1, actor2, ActorCamp.State); // soldiers counted by a report that named no party
            }
            else if ((key == "actor1" ? report.Actor1 : key == "actor2" ? report.Actor2 : null) is { } own && own != (key == "actor1" ? actor1 : actor2))
            {
                side = SideOf(own.Participant, actor1, actor2) is var settled && settled != "total" ? settled
                    : ActorCamps.Of(own.Participant.Kind) == ActorCamp.Civilian ? "civilians" : key;
            }

            side = CivilianSide(side, actor1, actor2);
            if (!sides.TryGetValue(side, out CountRange existing) || range.Low > existing.Low)
            {
                sides[side] = range;
            }
        }

        return sides.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// One label for one side: the side of an event actor who is civilians (or people of no party) is
    /// <c>civilians</c>, the label a report gives the civilians it counts when they are not its actor.
    /// A source that counts the dead civilians as the attacked actor2 (12 مدنيا قتلوا) and another that
    /// counts them as civilians (قتل 15 مدنيا), or the people killed and the children among them (51
    /// شخصا بينهم 41 طفلا), then give figures for one side, not sides to add.
    /// </summary>
    internal static string CivilianSide(string side, ActorMention? actor1, ActorMention? actor2)
    {
        ActorMention? actor = side == "actor1" ? actor1 : side == "actor2" ? actor2 : null;
        return actor is not null && ActorCamps.Of(actor.Participant.Kind) == ActorCamp.Civilian ? "civilians" : side;
    }

    private static string SideOf(Actor who, ActorMention? actor1, ActorMention? actor2)
    {
        if (Same(actor1, who) && !Same(actor2, who))
        {
            return "actor1";
        }

        if (Same(actor2, who) && !Same(actor1, who))
        {
            return "actor2";
        }

        return "total";
    }

    /// <summary>One party: the actor itself, or an actor of the same camp and country (the army and its soldiers).</summary>
    private static bool Same(ActorMention? actor, Actor who) =>
        actor is not null
        && (actor.Participant.Id == who.Id
            || (ActorCamps.Of(actor.Participant.Kind) == ActorCamps.Of(who.Kind) && (actor.Participant.Country is null || who.Country is null || actor.Participant.Country == who.Country)));

    /// <summary>
    /// The source of figures that no attribution governs: one the sentence names elsewhere (مما تسبب
    /// بمقتل 3، وفق المرصد الذي...; قتل 60 مسلحا ...، وفق ما أوردت مصادر عسكرية), the nearest after the
    /// figures first; else the last source named in the sentences before, in the same paragraph
    /// (قال المتحدث العسكري إن ... . وأسفرت العملية عن مقتل 6).
    /// </summary>
    private static ActorMention? NamedNearby(Document document, EventCandidate c, ClaimDraft draft)
    {
        Sentence sentence = document.Sentences[c.Sentence];
        ActorMention? after = null, before = null;
        foreach (SourceAttribution a in document.Attributions)
        {
            if (a.Source is not { } source || a.CueToken < sentence.FirstToken || a.CueToken >= sentence.EndToken)
            {
                continue;
            }

            if (document.Tokens[a.CueToken].Span.Start >= draft.Evidence.Start)
            {
                after ??= source;
            }
            else
            {
                before = source;
            }
        }

        if ((after ?? before) is { } inSentence)
        {
            return inSentence;
        }

        for (int k = c.Sentence - 1; k >= Math.Max(0, c.Sentence - ParagraphReach); k--)
        {
            Sentence previous = document.Sentences[k];
            if (document.Text.AsSpan(previous.Span.End, document.Sentences[k + 1].Span.Start - previous.Span.End).Contains('\n'))
            {
                break; // a new paragraph
            }

            ActorMention? last = null;
            foreach (SourceAttribution a in document.Attributions)
            {
                if (a.Source is { } source && a.CueToken >= previous.FirstToken && a.CueToken < previous.EndToken)
                {
                    last = source;
                }
            }

            if (last is not null)
            {
                return last;
            }
        }

        return null;
    }

    /// <summary>How many sentences back in its paragraph the source of unattributed figures is looked for.</summary>
    private const int ParagraphReach = 2;
}
