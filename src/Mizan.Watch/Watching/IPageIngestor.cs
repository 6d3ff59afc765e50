using Mizan.Storage.Web;
using Mizan.Watch.Feeds;

namespace Mizan.Watch.Watching;

/// <summary>
/// What <see cref="FeedWatcher"/> hands a feed's new items to: in one process the
/// <see cref="WebIngestor"/>; in a cluster, the article grains of the nodes.
/// </summary>
public interface IPageIngestor
{
    /// <summary>The store's web side: known addresses and the feeds' validators.</summary>
    IWebArticleIndex Index { get; }

    /// <summary>Fetches, extracts and stores one page.</summary>
    Task<PageOutcome> IngestAsync(Uri url, FeedSource? feed, FeedItem? item, CancellationToken cancellationToken);

    /// <summary>Links the reports of one incident across articles when articles changed; the number of incidents, or null when nothing changed.</summary>
    Task<int?> LinkIncidentsAsync(CancellationToken cancellationToken);
}
