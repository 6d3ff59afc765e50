namespace Mizan.Watch.Http;

/// <summary>Fetches one address politely (robots.txt, rate limit, retries, bounded size and redirects).</summary>
public interface IWebFetcher
{
    /// <summary>Fetches the address; never throws for what the web does (errors are in the result), only for cancellation.</summary>
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}
