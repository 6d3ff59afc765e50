using System.Collections.Immutable;
using Mizan.Entities;
using Mizan.Events;
using Mizan.Events.Reading;

namespace Mizan.Tests.Events.Reading;

/// <summary>
/// The civilians an event hurts are one side, whatever a report calls them: the attacked actor2
/// when they are the event's actor, or civilians when a report counts them beside other actors.
/// Two figures for them are two estimates of one side, never added. Sentences written for these tests.
/// </summary>
public class CivilianSideTests
{
    private static EventLexicon Lexicon => Tests.Support.Engines.Default.Resources.Events;

    [Theory]
    [InlineData("قتل مسلحون 9 مدنيين في هجوم على قرية جبلية.")]
    [InlineData("قتل مسلحون 9 أشخاص في هجوم على قرية جبلية.")]
    public void Civilians_counted_as_the_attacked_actor_are_the_civilians_side(string text)
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate(text);
        c.Actor2 = Assert.Single(s.Actors, a => ActorCamps.Of(a.Participant.Kind) == ActorCamp.Civilian);
        new FigureReader(Lexicon).Read(c, s);
        Assert.Contains("actor2", c.Claim!.Killed.Keys);

        ImmutableSortedDictionary<string, CountRange> sides = ClaimAssembler.Sides(c.Claim.Killed, c.Claim, c, c.Actor1, c.Actor2);

        Assert.Equal(["civilians"], sides.Keys);
    }

    [Fact]
    public void Two_figures_for_the_civilians_under_two_labels_are_not_added()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("قتل مسلحون 9 مدنيين في هجوم على قرية جبلية.");
        c.Actor2 = Assert.Single(s.Actors, a => ActorCamps.Of(a.Participant.Kind) == ActorCamp.Civilian);
        new FigureReader(Lexicon).Read(c, s);
        var none = ImmutableSortedDictionary<string, CountRange>.Empty;
        Claim asActor = ClaimOf(ClaimAssembler.Sides(c.Claim!.Killed, c.Claim, c, c.Actor1, c.Actor2));
        Claim asCivilians = ClaimOf(none.Add("civilians", new CountRange(11, 11)));

        FatalityEstimate? estimate = FatalityEstimator.Estimate([asActor, asCivilians]);

        Assert.Equal(9, estimate?.Low);
        Assert.Equal(11, estimate?.High);
    }

    private static Claim ClaimOf(ImmutableSortedDictionary<string, CountRange> killed)
    {
        var none = ImmutableSortedDictionary<string, CountRange>.Empty;
        return new Claim(new ClaimSource(null, "article", SourceKind.Unattributed), killed, none, none, none, none, false, new Evidence(0, 1, "x"));
    }
}
