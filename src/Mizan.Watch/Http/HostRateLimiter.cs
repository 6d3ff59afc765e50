namespace Mizan.Watch.Http;

/// <summary>
/// Spaces the requests to each host by at least an interval: a caller waits for its turn, and
/// turns are handed out in the order they are asked for. Hosts do not wait for one another.
/// </summary>
public sealed class HostRateLimiter(TimeSpan interval, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    /// <summary>Waits until a request to <paramref name="host"/> may be sent.</summary>
    public Task WaitAsync(string host, CancellationToken cancellationToken) => WaitAsync(host, null, cancellationToken);

    /// <summary>Waits until a request to <paramref name="host"/> may be sent, the host asking for at least <paramref name="hostDelay"/> between requests (robots.txt <c>Crawl-delay</c>).</summary>
    public Task WaitAsync(string host, TimeSpan? hostDelay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        TimeSpan wait;
        lock (_lock)
        {
            DateTimeOffset now = time.GetUtcNow();
            DateTimeOffset turn = _next.TryGetValue(host, out DateTimeOffset next) && next > now ? next : now;
            _next[host] = turn + (hostDelay is { } d && d > interval ? d : interval);
            wait = turn - now;
        }

        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }
}
