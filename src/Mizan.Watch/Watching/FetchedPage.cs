using Mizan.Pipeline;
using Mizan.Storage.Web;

namespace Mizan.Watch.Watching;

/// <summary>
/// A page fetched and read, not yet stored: the article it holds, where it came from, and every
/// address that led to it (<see cref="WebIngestor.FetchAsync"/>, then <see cref="WebIngestor.StoreAsync"/>).
/// </summary>
/// <param name="Asked">The address asked for.</param>
/// <param name="Article">The article, named by its canonical address.</param>
/// <param name="Web">Its web source (canonical address, fetch time, text hash, other addresses).</param>
public sealed record FetchedPage(Uri Asked, Article Article, WebSource Web)
{
    /// <summary>Every normalised address that led to the article, the canonical one included.</summary>
    public IReadOnlyList<string> Addresses => [.. Web.Aliases.Append(Web.Url).Distinct(StringComparer.Ordinal)];
}

/// <summary>What fetching a page gave: the page, or the outcome that ends it (known address, failure).</summary>
/// <param name="Page">The page to store, or null.</param>
/// <param name="Outcome">The outcome when there is nothing to store, or null.</param>
public sealed record PageFetch(FetchedPage? Page, PageOutcome? Outcome);
