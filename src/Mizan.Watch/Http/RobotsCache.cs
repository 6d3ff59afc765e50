using System.Text;

namespace Mizan.Watch.Http;

/// <summary>
/// Each host's robots.txt, fetched once and kept for <see cref="WebOptions.RobotsLifetime"/>: a 2xx
/// answer gives its rules, a 4xx answer allows everything, and a robots.txt that cannot be read
/// (5xx, time-out, network error) disallows everything until it is asked for again a few minutes
/// later (RFC 9309, 2.3.1). Callers for one host share one fetch; hosts never wait for one another.
/// </summary>
internal sealed class RobotsCache(Func<Uri, CancellationToken, Task<FetchResult>> fetch, string agent, TimeSpan lifetime, TimeProvider time)
{
    private static readonly TimeSpan RetryUnreachable = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, Task<(RobotsRules Rules, DateTimeOffset Expires)>> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    /// <summary>Whether robots.txt of the address's host allows it.</summary>
    public async Task<bool> AllowsAsync(Uri url, CancellationToken cancellationToken) =>
        (await RulesAsync(url, cancellationToken).ConfigureAwait(false)).Allows(url.PathAndQuery);

    /// <summary>The rules of robots.txt of the address's host.</summary>
    public async Task<RobotsRules> RulesAsync(Uri url, CancellationToken cancellationToken)
    {
        string origin = url.GetLeftPart(UriPartial.Authority);
        Task<(RobotsRules Rules, DateTimeOffset Expires)> entry;
        lock (_lock)
        {
            if (!_hosts.TryGetValue(origin, out entry!)
                || (entry.IsCompleted && (!entry.IsCompletedSuccessfully || entry.Result.Expires <= time.GetUtcNow())))
            {
                // Not tied to this caller's cancellation: other callers may wait for the same fetch.
                entry = LoadAsync(origin);
                _hosts[origin] = entry;
            }
        }

        (RobotsRules rules, _) = await entry.WaitAsync(cancellationToken).ConfigureAwait(false);
        return rules;
    }

    private async Task<(RobotsRules Rules, DateTimeOffset Expires)> LoadAsync(string origin)
    {
        FetchResult result = await fetch(new Uri(origin + "/robots.txt"), CancellationToken.None).ConfigureAwait(false);
        (RobotsRules rules, TimeSpan keep) = result switch
        {
            { Succeeded: true } => (RobotsRules.Parse(Encoding.UTF8.GetString(result.Body!), agent), lifetime),
            { Status: >= 400 and < 500 } => (RobotsRules.AllowAll, lifetime),
            _ => (RobotsRules.DisallowAll, RetryUnreachable < lifetime ? RetryUnreachable : lifetime),
        };
        return (rules, time.GetUtcNow() + keep);
    }
}
