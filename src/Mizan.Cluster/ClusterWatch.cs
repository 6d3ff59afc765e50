using Mizan.Cluster.Grains;
using Mizan.Cluster.Linking;
using Mizan.Watch.Feeds;
using Mizan.Watch.Watching;

namespace Mizan.Cluster;

/// <summary>
/// <c>mizan watch FEEDS --cluster</c>: hands feeds to the cluster's feed grains (one per feed
/// address), which poll them on their intervals on whichever node holds them; or polls each once
/// through its grain (<c>--once</c>).
/// </summary>
public sealed class ClusterWatch(IGrainFactory grains)
{
    /// <summary>Follows every feed; the feeds that were new or changed (the others keep their schedule).</summary>
    public async Task<IReadOnlyList<FeedSource>> FollowAsync(IReadOnlyList<FeedSource> feeds)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        bool[] changed = await Task.WhenAll(feeds.Select(f => Grain(f).Follow(FeedSubscription.From(f)))).ConfigureAwait(false);
        return [.. feeds.Where((_, i) => changed[i])];
    }

    /// <summary>Stops following every feed; the feeds that were followed.</summary>
    public async Task<IReadOnlyList<FeedSource>> UnfollowAsync(IReadOnlyList<FeedSource> feeds)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        bool[] followed = await Task.WhenAll(feeds.Select(f => Grain(f).Unfollow())).ConfigureAwait(false);
        return [.. feeds.Where((_, i) => followed[i])];
    }

    /// <summary>
    /// Polls every feed once through its grain, in order (as <c>mizan watch --once</c> does), each
    /// reported as it ends, then has the incidents linked; the polls.
    /// </summary>
    public async Task<IReadOnlyList<FeedPoll>> PollOnceAsync(IReadOnlyList<FeedSource> feeds, Action<FeedPoll>? report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var polls = new List<FeedPoll>(feeds.Count);
        foreach (FeedSource feed in feeds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FeedPoll poll = await Grain(feed).Poll(FeedSubscription.From(feed)).ConfigureAwait(false);
            polls.Add(poll);
            report?.Invoke(poll);
        }

        await ClusterLinking.LinkAsync(grains, cancellationToken).ConfigureAwait(false);
        return polls;
    }

    private IFeedGrain Grain(FeedSource feed) => grains.GetGrain<IFeedGrain>(feed.Url.AbsoluteUri);
}
