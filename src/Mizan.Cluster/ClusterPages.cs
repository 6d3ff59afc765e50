using Mizan.Cluster.Grains;
using Mizan.Cluster.Linking;
using Mizan.Storage.Ingest;
using Mizan.Storage.Web;
using Mizan.Watch.Feeds;
using Mizan.Watch.Urls;
using Mizan.Watch.Watching;

namespace Mizan.Cluster;

/// <summary>
/// A feed's new items as a node's feed grain hands them on: each page to the grain of its
/// normalised address (<see cref="IPageGrain"/>, so that it is fetched once in the cluster),
/// which fetches and reads it (<see cref="WebIngestor.FetchAsync"/>, with its node's polite
/// fetcher) and has its article stored by the grain of its content hash
/// (<see cref="IArticleGrain.IngestPage"/>, on any node); and the incidents linked by the
/// cluster's one linker.
/// </summary>
internal sealed class ClusterPages(WebIngestor web, IGrainFactory grains) : IPageIngestor
{
    public IWebArticleIndex Index => web.Index;

    public async Task<PageOutcome> IngestAsync(Uri url, FeedSource? feed, FeedItem? item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (UrlNormalizer.Normalize(url) is not { } key)
        {
            // Not an http or https address: the reader says so, without fetching.
            return await FetchAndStoreAsync(web, grains, url, feed, item, cancellationToken).ConfigureAwait(false);
        }

        PageResult result = await grains.GetGrain<IPageGrain>(key).Ingest(PageRequest.From(url, feed, item)).ConfigureAwait(false);
        return result.ToOutcome(url);
    }

    public Task<int?> LinkIncidentsAsync(CancellationToken cancellationToken) => ClusterLinking.LinkAsync(grains, cancellationToken);

    /// <summary>Fetches and reads a page here and has its article stored by the grain of its content hash.</summary>
    internal static async Task<PageOutcome> FetchAndStoreAsync(WebIngestor web, IGrainFactory grains, Uri url, FeedSource? feed, FeedItem? item, CancellationToken cancellationToken)
    {
        PageFetch fetch = await web.FetchAsync(url, feed, item, cancellationToken).ConfigureAwait(false);
        if (fetch.Page is not { } page)
        {
            return fetch.Outcome!;
        }

        string id = page.Article.Id;
        ArticleResult result = await grains.GetGrain<IArticleGrain>(ContentHash.Of(page.Article)).IngestPage(WebArticleMessage.From(page)).ConfigureAwait(false);
        return result.State switch
        {
            ArticleState.Added => new PageOutcome(url, PageStatus.Added, id, result.Events),
            ArticleState.Unchanged => new PageOutcome(url, PageStatus.Duplicate, id),
            _ => new PageOutcome(url, PageStatus.Failed, id, ErrorCode: result.Code ?? "processing-failed", Message: result.Problem ?? $"{url}: failed on node {result.Node}"),
        };
    }
}
