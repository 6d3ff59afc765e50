namespace Mizan.Watch.Http;

/// <summary>The stable codes of what can go wrong fetching a feed or a page.</summary>
public static class FetchErrorCodes
{
    /// <summary>The server answered with an error status (after retries for 5xx).</summary>
    public const string HttpStatus = "http-status";

    /// <summary>No answer within <see cref="WebOptions.Timeout"/>, on every attempt.</summary>
    public const string Timeout = "timeout";

    /// <summary>The connection failed, on every attempt.</summary>
    public const string Network = "network-error";

    /// <summary>The body is larger than <see cref="WebOptions.MaxBytes"/>.</summary>
    public const string TooLarge = "too-large";

    /// <summary>More redirects than <see cref="WebOptions.MaxRedirects"/>, or a redirect back to an address already visited.</summary>
    public const string Redirects = "too-many-redirects";

    /// <summary>robots.txt of the host does not allow Mizan this address.</summary>
    public const string Robots = "robots-disallowed";

    /// <summary>Not an http or https address.</summary>
    public const string BadAddress = "bad-address";

    /// <summary>The feed is not RSS (0.9x, 1.0, 2.0) or Atom XML.</summary>
    public const string MalformedFeed = "malformed-feed";

    /// <summary>The address answers with something other than a web page (a PDF, an image, a video).</summary>
    public const string NotHtml = "not-html";

    /// <summary>The page holds no article text.</summary>
    public const string NoText = "no-article-text";
}
