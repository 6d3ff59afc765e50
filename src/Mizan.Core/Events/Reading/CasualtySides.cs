using Mizan.Entities;
using Mizan.Lexicons;

namespace Mizan.Events.Reading;

/// <summary>
/// Whose losses a casualty figure counts: the side of the candidate (actor1, actor2), civilians,
/// or the total when the figure names no side.
/// </summary>
internal static class CasualtySides
{
    /// <summary>
    /// The side of a figure: the noun it counts, a side phrase after it (في صفوف المتمردين), or a
    /// لدى phrase before it; then the candidate's actor of the same party or camp.
    /// </summary>
    /// <param name="s">The sentence.</param>
    /// <param name="c">The candidate the figure belongs to (its actors are read).</param>
    /// <param name="afterFigure">The token after the figure.</param>
    /// <param name="figureStart">The first token of the figure.</param>
    /// <param name="nounToken">The counted noun, when it is not right after the figure.</param>
    /// <param name="reachBefore">How many tokens before the figure a side phrase may end: further for a phrase of no losses,
    /// which closes a tally that named its side first (الحصيلة لدى القوات الحكومية اقتصرت على إصابة شخص ولا خسائر في الأرواح).</param>
    /// <param name="parties">
    /// Where an armed party counted that is neither of the candidate's actors is kept: its side is
    /// <c>party:</c> and its id, settled when the event's actors are known (<see cref="PartyPrefix"/>).
    /// </param>
    public static string SideOf(SentenceContext s, EventCandidate c, int afterFigure, int figureStart, int? nounToken = null, int reachBefore = 6, Dictionary<string, ActorMention>? parties = null)
    {
        ActorMention? counted = s.ActorCovering(nounToken ?? afterFigure) ?? s.ActorStartingAt(afterFigure);
        foreach (PhraseMatch<CasualtyRole> side in s.CasualtyWords)
        {
            if (side.Values[0] != CasualtyRole.Side)
            {
                continue;
            }

            bool follows = side.FirstToken >= afterFigure && side.FirstToken <= afterFigure + 4;
            bool precedes = side.EndToken <= figureStart && side.EndToken >= figureStart - reachBefore && s.SameClause(side.EndToken, figureStart);
            if ((follows || precedes) && s.ActorStartingBetween(side.EndToken, side.EndToken + 1) is { } owner)
            {
                counted = owner;
                break;
            }
        }

        if (counted is null)
        {
            // Soldiers or police with no country named: the state side of the candidate (5 جنود و12 مسلحا), or of the
            // event when the report names no state party (عناصره قتلوا عشرة جنود). A dual is its own noun (أصيب جنديان).
            if (!IsForcesWord(s, nounToken ?? afterFigure) && !IsForcesWord(s, figureStart))
            {
                return "total";
            }

            string own = SideOfCamp(c.Actor1, c.Actor2, ActorCamp.State);
            return own == "total" && parties is not null && !HasCamp(c, ActorCamp.State) ? StateForcesSide : own;
        }

        Actor who = counted.Participant;
        if (c.Actor1 is not null && Same(c.Actor1.Participant, who))
        {
            return "actor1";
        }

        if (c.Actor2 is not null && Same(c.Actor2.Participant, who))
        {
            return "actor2";
        }

        ActorCamp camp = ActorCamps.Of(who.Kind);
        if (camp == ActorCamp.Civilian)
        {
            return who.Name == "People" ? "total" : "civilians";
        }

        if (camp != ActorCamp.None)
        {
            if (c.Actor1 is not null && ActorCamps.Of(c.Actor1.Participant.Kind) == camp && (c.Actor2 is null || ActorCamps.Of(c.Actor2.Participant.Kind) != camp))
            {
                return "actor1";
            }

            if (c.Actor2 is not null && ActorCamps.Of(c.Actor2.Participant.Kind) == camp && (c.Actor1 is null || ActorCamps.Of(c.Actor1.Participant.Kind) != camp))
            {
                return "actor2";
            }
        }

        if (parties is not null && camp is ActorCamp.State or ActorCamp.NonStateArmed)
        {
            string key = PartyPrefix + who.Id;
            parties.TryAdd(key, counted);
            return key;
        }

        return "total";
    }

    private static bool IsForcesWord(SentenceContext s, int token)
    {
        foreach (PhraseMatch<CasualtyRole> w in s.CasualtyWords)
        {
            if (w.FirstToken == token && w.Values[0] == CasualtyRole.Forces)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role of the one actor of the camp among <paramref name="actor1"/> and <paramref name="actor2"/>, else the total.</summary>
    public static string SideOfCamp(ActorMention? actor1, ActorMention? actor2, ActorCamp camp)
    {
        bool first = actor1 is not null && ActorCamps.Of(actor1.Participant.Kind) == camp;
        bool second = actor2 is not null && ActorCamps.Of(actor2.Participant.Kind) == camp;
        return first && !second ? "actor1" : second && !first ? "actor2" : "total";
    }

    private static bool HasCamp(EventCandidate c, ActorCamp camp) =>
        (c.Actor1 is not null && ActorCamps.Of(c.Actor1.Participant.Kind) == camp) || (c.Actor2 is not null && ActorCamps.Of(c.Actor2.Participant.Kind) == camp);

    /// <summary>
    /// The side of soldiers or police counted by a report that names no state party: the event's one
    /// actor of the state camp, settled when the event's actors are known, else the total.
    /// </summary>
    public const string StateForcesSide = "camp:state";

    /// <summary>The side of a figure for a party counted that is not yet an actor of the event.</summary>
    public const string PartyPrefix = "party:";

    /// <summary>The same party: one actor, or the forces of one state.</summary>
    private static bool Same(Actor a, Actor b) =>
        a.Id == b.Id || (a.Kind == b.Kind && a.Country == b.Country && a.Country is not null && ActorCamps.Of(a.Kind) == ActorCamp.State);
}
