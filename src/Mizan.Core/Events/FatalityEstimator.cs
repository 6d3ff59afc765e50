using System.Collections.Immutable;

namespace Mizan.Events;

/// <summary>
/// Reconciles the killed figures of an event's claims into low / best / high (UCDP style),
/// keeping every claim. Figures are reconciled side by side first (actor1, actor2, civilians):
/// each side's low is the smallest figure any source gives for it, its high the largest, its
/// best the median; the sides are then added. A source silent on a side does not contradict
/// another's figure for it, so "no soldier died" beside "20 rebels died" is 20, not 0 to 20; a
/// denial of losses on one side lowers that side only. Claims that give only a total are set
/// against the sum of the sides: low is the smallest, high the largest, best the median of the
/// points. The most conservative figure, ACLED's, is <see cref="FatalityEstimate.Low"/>.
/// </summary>
public static class FatalityEstimator
{
    private const string Total = "total";

    /// <summary>The estimate, or null when no claim gives a killed figure.</summary>
    public static FatalityEstimate? Estimate(ImmutableArray<Claim> claims)
    {
        var totals = new List<(long Low, long High)>();
        var sides = new SortedDictionary<string, List<(long Low, long High)>>(StringComparer.Ordinal);
        foreach (Claim claim in claims)
        {
            if (claim.Killed.Count == 0)
            {
                continue;
            }

            long sidesLow = claim.Killed.Where(kv => kv.Key != Total).Sum(kv => kv.Value.Low);
            bool hasSides = claim.Killed.Keys.Any(k => k != Total);
            if (claim.Killed.TryGetValue(Total, out CountRange total) && (!hasSides || total.Low > sidesLow))
            {
                // A total, or a total above the sides it names: the claim speaks of the whole toll.
                long low = Math.Max(total.Low, sidesLow);
                totals.Add((low, Math.Max(low, total.High ?? low)));
                continue;
            }

            foreach (KeyValuePair<string, CountRange> side in claim.Killed)
            {
                if (side.Key == Total)
                {
                    continue;
                }

                if (!sides.TryGetValue(side.Key, out List<(long Low, long High)>? figures))
                {
                    sides[side.Key] = figures = [];
                }

                figures.Add((side.Value.Low, Math.Max(side.Value.Low, side.Value.High ?? side.Value.Low)));
            }
        }

        if (totals.Count == 0 && sides.Count == 0)
        {
            return null;
        }

        var points = totals.Select(t => t.Low).ToList();
        long lowest = long.MaxValue, highest = 0;
        foreach ((long low, long high) in totals)
        {
            lowest = Math.Min(lowest, low);
            highest = Math.Max(highest, high);
        }

        if (sides.Count > 0)
        {
            long low = 0, best = 0, high = 0;
            foreach (List<(long Low, long High)> figures in sides.Values)
            {
                low += figures.Min(f => f.Low);
                high += figures.Max(f => f.High);
                best += Median(figures.Select(f => f.Low).ToList());
            }

            lowest = Math.Min(lowest, low);
            highest = Math.Max(highest, high);
            points.Add(best);
        }

        long middle = Median(points);
        return new FatalityEstimate(lowest, Math.Clamp(middle, lowest, Math.Max(lowest, highest)), Math.Max(lowest, highest));
    }

    /// <summary>The median of the figures; of an even count, the mean of the middle two rounded down.</summary>
    private static long Median(List<long> figures)
    {
        figures.Sort();
        int half = figures.Count / 2;
        return figures.Count % 2 == 1 ? figures[half] : figures[half - 1] + ((figures[half] - figures[half - 1]) / 2);
    }
}
