namespace Mizan.Bench;

/// <summary>Percentiles of a set of request latencies, in milliseconds.</summary>
/// <param name="Count">How many latencies.</param>
/// <param name="Mean">Their mean.</param>
/// <param name="P50">The median.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="P99">The 99th percentile.</param>
/// <param name="Max">The largest.</param>
internal sealed record LatencySummary(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    /// <summary>Summarises latencies given in milliseconds (any order); all zero when there are none.</summary>
    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        double[] sorted = [.. milliseconds];
        Array.Sort(sorted);
        return new LatencySummary(sorted.Length, sorted.Average(), Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1]);
    }

    /// <summary>
    /// The nearest-rank percentile of sorted values: the smallest value with at least
    /// <paramref name="percent"/> % of the values at or below it (p95 of 100 values is the 95th).
    /// </summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("no values", nameof(sorted));
        }

        int rank = (int)Math.Ceiling(percent * sorted.Count / 100);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
