using System.Collections.Immutable;
using Mizan.Events;

namespace Mizan.Tests.Events;

/// <summary>Fatalities reconciled side by side from the claims of one event, then added.</summary>
public class FatalityEstimatorTests
{
    private static Claim Killed(SourceKind kind, bool denial = false, params (string Side, long Low, long? High)[] figures) =>
        new(
            new ClaimSource(null, kind.ToString(), kind),
            figures.ToImmutableSortedDictionary(f => f.Side, f => new CountRange(f.Low, f.High), StringComparer.Ordinal),
            ImmutableSortedDictionary<string, CountRange>.Empty,
            ImmutableSortedDictionary<string, CountRange>.Empty,
            ImmutableSortedDictionary<string, CountRange>.Empty,
            ImmutableSortedDictionary<string, CountRange>.Empty,
            denial,
            new Evidence(0, 3, "قتل"));

    [Fact]
    public void No_deaths_on_one_side_does_not_contradict_a_figure_for_the_other()
    {
        // قتلت قواتنا 20 متمردا، ولا خسائر في الأرواح في صفوف الجيش.
        FatalityEstimate? estimate = FatalityEstimator.Estimate(
            [Killed(SourceKind.Government, false, ("actor1", 20, 20)), Killed(SourceKind.Government, false, ("actor2", 0, 0))]);
        Assert.Equal(new FatalityEstimate(20, 20, 20), estimate);
    }

    [Fact]
    public void Two_sources_on_one_side_give_a_range_and_the_other_side_is_added()
    {
        FatalityEstimate? estimate = FatalityEstimator.Estimate(
            [
                Killed(SourceKind.Military, false, ("actor2", 10, 10)),
                Killed(SourceKind.ArmedGroup, false, ("actor2", 30, 30)),
                Killed(SourceKind.Military, false, ("actor1", 2, 2)),
            ]);
        Assert.Equal(new FatalityEstimate(12, 22, 32), estimate);
    }

    [Fact]
    public void A_denial_of_losses_lowers_only_its_own_side()
    {
        FatalityEstimate? estimate = FatalityEstimator.Estimate(
            [Killed(SourceKind.Government, false, ("actor2", 20, 20)), Killed(SourceKind.ArmedGroup, true, ("actor2", 0, 0))]);
        Assert.Equal(0, estimate!.Low);
        Assert.Equal(20, estimate.High);
    }

    [Fact]
    public void A_total_is_set_against_the_sum_of_the_sides()
    {
        FatalityEstimate? estimate = FatalityEstimator.Estimate(
            [Killed(SourceKind.Unattributed, false, ("total", 12, 12)), Killed(SourceKind.Military, false, ("actor1", 5, 5), ("civilians", 15, 15))]);
        Assert.Equal(new FatalityEstimate(12, 16, 20), estimate);
    }

    [Fact]
    public void An_open_figure_keeps_its_lower_bound_as_the_high()
    {
        Assert.Equal(new FatalityEstimate(10, 10, 10), FatalityEstimator.Estimate([Killed(SourceKind.Unattributed, false, ("total", 10, null))]));
        Assert.Null(FatalityEstimator.Estimate([]));
    }
}
