using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Mizan.Bench;

/// <summary>
/// <c>serve-load</c>: a bounded load test of a running <c>mizan serve</c>. Reads the store's summary,
/// builds a mix of events-list requests (<see cref="EventListMix"/>), sends each once (one at a
/// time: the first-request cost), then a warm-up, then the measured requests from N concurrent workers, and prints the count, the errors (no 2xx answer),
/// requests per second and the latency percentiles, overall and per kind of filter.
/// </summary>
internal static class ServeLoadCommand
{
    public static async Task<int> RunAsync(ServeLoadOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler)
        {
            BaseAddress = options.Url,
            Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        };

        IReadOnlyList<EventListRequest> requests;
        string store;
        try
        {
            store = await DescribeStoreAsync(client).ConfigureAwait(false);
            requests = await EventListMix.BuildAsync(client, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            await output.WriteLineAsync($"serve-load: cannot read {options.Url}api/summary ({ex.Message}); is 'mizan serve' running there?").ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync($"Load test of GET /api/events at {options.Url}").ConfigureAwait(false);
        await output.WriteLineAsync($"- store served: {store}").ConfigureAwait(false);
        foreach (string line in MachineInfo.Describe())
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }

        int kinds = requests.Select(r => r.Kind).Distinct(StringComparer.Ordinal).Count();
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"- {options.Concurrency} concurrent workers (one request in flight each), {options.WarmUpRequests:N0} warm-up requests, then at most {options.Requests:N0} requests or {options.Seconds:0.#} s; {requests.Count} distinct queries of {kinds} kinds, taken in turn")).ConfigureAwait(false);

        var runner = new ServeLoadRunner(client, requests);
        TimeSpan limit = TimeSpan.FromSeconds(options.Seconds);

        // Each query once, one at a time, before anything else: what a first request costs (the
        // server remembers the rows that words and actors select; here they are searched).
        ServeLoadResult first = await runner.RunAsync(requests.Count, 1, limit, CancellationToken.None).ConfigureAwait(false);
        RequestSample slowest = first.Samples.MaxBy(s => s.Milliseconds)!;
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"- first pass, each query once, one at a time: {first.Errors} errors, p50 {first.Latency.P50:F1} ms, max {first.Latency.Max:F1} ms ({slowest.Kind}); words and actor filters: max {LatencySummary.Of([.. first.Samples.Where(s => s.Kind.Contains("words", StringComparison.Ordinal) || s.Kind == "actor").Select(s => s.Milliseconds)]).Max:F1} ms")).ConfigureAwait(false);
        if (options.WarmUpRequests > 0)
        {
            ServeLoadResult warmUp = await runner.RunAsync(options.WarmUpRequests, options.Concurrency, limit, CancellationToken.None).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"- warm-up: {warmUp.Samples.Count:N0} requests in {warmUp.Seconds:F1} s, {warmUp.Errors} errors, p95 {warmUp.Latency.P95:F1} ms")).ConfigureAwait(false);
        }

        ServeLoadResult result = await runner.RunAsync(options.Requests, options.Concurrency, limit, CancellationToken.None).ConfigureAwait(false);
        await output.WriteLineAsync(LoadAverage("after the run")).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);

        LatencySummary all = result.Latency;
        await output.WriteLineAsync("| requests | errors (no 2xx) | requests/s | mean ms | p50 ms | p95 ms | p99 ms | max ms | KB per answer |").ConfigureAwait(false);
        await output.WriteLineAsync("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |").ConfigureAwait(false);
        double kilobytes = result.Samples.Count == 0 ? 0 : result.Samples.Average(s => s.Bytes) / 1024;
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"| {all.Count:N0} | {result.Errors:N0} | {result.RequestsPerSecond:N0} | {all.Mean:F1} | {all.P50:F1} | {all.P95:F1} | {all.P99:F1} | {all.Max:F1} | {kilobytes:F1} |")).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);

        await output.WriteLineAsync("| kind of filter | requests | errors | mean ms | p50 ms | p95 ms | max ms | rows matched (first query) |").ConfigureAwait(false);
        await output.WriteLineAsync("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |").ConfigureAwait(false);
        foreach (IGrouping<string, RequestSample> group in result.Samples.GroupBy(s => s.Kind, StringComparer.Ordinal))
        {
            LatencySummary kind = LatencySummary.Of([.. group.Select(s => s.Milliseconds)]);
            string total = await TotalAsync(client, requests.First(r => r.Kind == group.Key)).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"| {group.Key} | {kind.Count:N0} | {group.Count(s => !s.Succeeded):N0} | {kind.Mean:F1} | {kind.P50:F1} | {kind.P95:F1} | {kind.Max:F1} | {total} |")).ConfigureAwait(false);
        }

        foreach (IGrouping<string, RequestSample> failure in result.Samples.Where(s => !s.Succeeded).GroupBy(s => s.Failure ?? $"HTTP {s.Status}", StringComparer.Ordinal).Take(5))
        {
            await output.WriteLineAsync($"- {failure.Count():N0} × {failure.Key}").ConfigureAwait(false);
        }

        return result.Errors == 0 ? 0 : 1;
    }

    /// <summary>What the server holds, from <c>/api/summary</c>.</summary>
    private static async Task<string> DescribeStoreAsync(HttpClient client)
    {
        using JsonDocument summary = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/summary", UriKind.Relative)).ConfigureAwait(false));
        JsonElement counts = summary.RootElement.GetProperty("counts");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{counts.GetProperty("articles").GetInt64():N0} articles, {counts.GetProperty("events").GetInt64():N0} events, {counts.GetProperty("incidents").GetInt64():N0} incidents (generation {summary.RootElement.GetProperty("generation").GetInt64()})");
    }

    /// <summary>The <c>total</c> of a request's answer (how many events its filter selects), or a dash.</summary>
    private static async Task<string> TotalAsync(HttpClient client, EventListRequest request)
    {
        try
        {
            using JsonDocument page = JsonDocument.Parse(await client.GetStringAsync(new Uri(request.PathAndQuery, UriKind.Relative)).ConfigureAwait(false));
            return page.RootElement.GetProperty("total").GetInt64().ToString("N0", CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
        {
            return "–";
        }
    }

    private static string LoadAverage(string when) =>
        File.Exists("/proc/loadavg")
            ? $"- load average {when} (1, 5, 15 min): {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}"
            : string.Empty;
}
