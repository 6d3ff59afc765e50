namespace Mizan.Server.Tests.Support;

/// <summary>
/// The chromium the browser tests drive: <c>MIZAN_TEST_CHROMIUM</c> when set, else Debian's
/// <c>/usr/bin/chromium</c> (<c>.ci/services</c> installs it). Playwright never downloads a browser.
/// </summary>
internal static class Chromium
{
    public const string Variable = "MIZAN_TEST_CHROMIUM";

    public const string DebianPath = "/usr/bin/chromium";

    /// <summary>The flags of a quiet, offline, throwaway browser.</summary>
    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>The browser's path, or null when there is none.</summary>
    public static string? Path
    {
        get
        {
            string? configured = Environment.GetEnvironmentVariable(Variable);
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return File.Exists(configured) ? configured : null;
            }

            return File.Exists(DebianPath) ? DebianPath : null;
        }
    }

    /// <summary>Why the browser tests are skipped, or null when a browser is there.</summary>
    public static string? SkipReason
    {
        get
        {
            string? configured = Environment.GetEnvironmentVariable(Variable);
            if (!string.IsNullOrWhiteSpace(configured) && !File.Exists(configured))
            {
                return $"{Variable} is '{configured}', which does not exist: no browser to test in";
            }

            return Path is null
                ? $"no chromium: {Variable} is not set and {DebianPath} is missing (.ci/run installs Debian's chromium with .ci/services; or apt-get install chromium)"
                : null;
        }
    }
}
