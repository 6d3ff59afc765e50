namespace Mizan.Watch.Http;

/// <summary>How Mizan behaves on the web. The defaults are those of a polite reader of news sites.</summary>
public sealed record WebOptions
{
    /// <summary>The default User-Agent: it names Mizan and what it does.</summary>
    public const string DefaultUserAgent = "Mizan/1.0 (Arabic conflict event reader; mizan watch)";

    /// <summary>The product token matched against robots.txt groups.</summary>
    public const string RobotsAgent = "mizan";

    /// <summary>Sent with every request.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>How long one attempt may take, headers and body (default 20 s); a slower answer is retried.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The largest body accepted (default 5 MiB); a larger page or feed is refused without being read further.</summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Redirects followed for one address (default 5).</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>The least time between two requests to one host (default 1 s).</summary>
    public TimeSpan HostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries after a 5xx answer, a 408 or 429, a time-out or a network error (default 3).</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The wait before the first retry (default 2 s), doubled for each next one.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether robots.txt is read and obeyed (default true).</summary>
    public bool ObeyRobots { get; init; } = true;

    /// <summary>How long a host's robots.txt is kept (default 1 h).</summary>
    public TimeSpan RobotsLifetime { get; init; } = TimeSpan.FromHours(1);
}
