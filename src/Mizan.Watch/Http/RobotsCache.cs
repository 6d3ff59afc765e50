using System.Text;

namespace Mizan.Watch.Http;

/// <summary>
/// Each host's robots.txt, fetched once and kept for <see cref="WebOptions.RobotsLifetime"/>: a 2xx
/// answer gives its rules, a 4xx answer allows everything, and a robots.txt that cannot be read
/// (5xx, time-out, network error) disallows everything until it is asked for again a few minutes
/// later (RFC 9309, 2.3.1).
/// </summary>
internal sealed class RobotsCache(Func<Uri, CancellationToken, Task<FetchResult>> fetch, string agent, TimeSpan lifetime, TimeProvider time)
{
    private static readonly TimeSpan RetryUnreachable = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, (RobotsRules Rules, DateTimeOffset Expires)> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Whether robots.txt of the address's host allows it.</summary>
    public async Task<bool> AllowsAsync(Uri url, CancellationToken cancellationToken)
    {
        string origin = url.GetLeftPart(UriPartial.Authority);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_hosts.TryGetValue(origin, out var entry) || entry.Expires <= time.GetUtcNow())
            {
                FetchResult result = await fetch(new Uri(origin + "/robots.txt"), cancellationToken).ConfigureAwait(false);
                (RobotsRules rules, TimeSpan keep) = result switch
                {
                    { Succeeded: true } => (RobotsRules.Parse(Encoding.UTF8.GetString(result.Body!), agent), lifetime),
                    { Status: >= 400 and < 500 } => (RobotsRules.AllowAll, lifetime),
                    _ => (RobotsRules.DisallowAll, RetryUnreachable < lifetime ? RetryUnreachable : lifetime),
                };
                entry = (rules, time.GetUtcNow() + keep);
                _hosts[origin] = entry;
            }

            return entry.Rules.Allows(url.PathAndQuery);
        }
        finally
        {
            _gate.Release();
        }
    }
}
