using Mizan.Watch.Http;

namespace Mizan.Watch.Tests.Support;

/// <summary>Web options that keep tests fast: short time-outs and retry delays, no wait between requests.</summary>
internal static class FastWeb
{
    public static WebOptions Options { get; } = new()
    {
        Timeout = TimeSpan.FromSeconds(5),
        Retries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        HostInterval = TimeSpan.Zero,
    };
}
