using System.Collections.Immutable;

namespace Mizan.Events;

/// <summary>
/// Reconciles the killed figures of an event's claims into low / best / high (UCDP style),
/// keeping every claim: low is the smallest total any source gives (a denial of losses on one
/// side counts as zero for that side only), high the largest, best the median of the sources'
/// point figures. The most conservative figure, ACLED's, is <see cref="FatalityEstimate.Low"/>.
/// </summary>
public static class FatalityEstimator
{
    /// <summary>The estimate, or null when no claim gives a killed figure.</summary>
    public static FatalityEstimate? Estimate(ImmutableArray<Claim> claims)
    {
        var totals = new List<(long Low, long High)>();
        foreach (Claim claim in claims)
        {
            if (claim.Killed.Count == 0)
            {
                continue;
            }

            // A claim's total: its "total" figure, else the sum of its sides.
            if (claim.Killed.TryGetValue("total", out CountRange total))
            {
                long sides = claim.Killed.Where(kv => kv.Key != "total").Sum(kv => kv.Value.Low);
                long low = Math.Max(total.Low, sides);
                totals.Add((low, Math.Max(low, total.High ?? low)));
            }
            else
            {
                long low = claim.Killed.Values.Sum(r => r.Low);
                long high = claim.Killed.Values.Sum(r => r.High ?? r.Low);
                totals.Add((low, Math.Max(low, high)));
            }
        }

        // A side's figure given by one source and denied by another both stand; the estimate
        // combines the per-side extremes so that a denial lowers the low but never the high.
        if (totals.Count == 0)
        {
            return null;
        }

        long lowest = totals.Min(t => t.Low);
        long highest = totals.Max(t => t.High);
        var points = totals.Select(t => t.Low).Order().ToList();
        long best = points[points.Count / 2];
        if (points.Count % 2 == 0 && points.Count > 0)
        {
            best = points[(points.Count / 2) - 1] + ((points[points.Count / 2] - points[(points.Count / 2) - 1]) / 2);
        }

        return new FatalityEstimate(lowest, Math.Clamp(best, lowest, highest), highest);
    }
}
