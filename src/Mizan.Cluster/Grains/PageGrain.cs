using Mizan.Watch.Feeds;
using Mizan.Watch.Watching;

namespace Mizan.Cluster.Grains;

/// <summary>
/// Fetches one page (<see cref="IPageGrain"/>) on the node of the feed grain that first asks for
/// it, with that node's polite fetcher, and hands its article to the grain of its content hash.
/// A page that failed is tried again at the next call; one that was stored or found known is not.
/// </summary>
[Orleans.Placement.PreferLocalPlacement]
internal sealed class PageGrain(NodeWork work) : Grain, IPageGrain
{
    private PageResult? _done;

    public async Task<PageResult> Ingest(PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_done is not null)
        {
            return _done;
        }

        WebIngestor web = work.Web ?? throw new InvalidOperationException("this node was started without a web reader: it cannot fetch pages");
        FeedSource? feed = request.Feed?.ToSource();
        var url = new Uri(request.Url);
        FeedItem? item = request.Title is null && request.Published is null ? null : new FeedItem(url, request.Title, request.Published);
        IGrainFactory grains = GrainFactory;
        PageOutcome outcome = await Task.Run(() => ClusterPages.FetchAndStoreAsync(web, grains, url, feed, item, CancellationToken.None)).ConfigureAwait(true);
        if (outcome.Status == PageStatus.Failed)
        {
            return PageResult.From(outcome);
        }

        // Done: whoever asks next finds it known, as the store would tell them.
        _done = PageResult.From(outcome with { Status = PageStatus.KnownUrl, Events = 0 });
        return PageResult.From(outcome);
    }
}
