namespace Mizan.Bench;

/// <summary>The requests of one run of the load test, and how long the run took.</summary>
/// <param name="Samples">Every request sent, in the order they were taken.</param>
/// <param name="Seconds">Wall-clock time from the first request sent to the last answer read.</param>
internal sealed record ServeLoadResult(IReadOnlyList<RequestSample> Samples, double Seconds)
{
    /// <summary>Requests that got no 2xx answer.</summary>
    public int Errors => Samples.Count(s => !s.Succeeded);

    /// <summary>Requests answered per second of the run.</summary>
    public double RequestsPerSecond => Samples.Count / Seconds;

    /// <summary>The latencies of every request, failed ones included (a slow error is still slow).</summary>
    public LatencySummary Latency => LatencySummary.Of([.. Samples.Select(s => s.Milliseconds)]);
}
