namespace Mizan.Cluster.Grains;

/// <summary>
/// One feed, keyed by its address: Orleans keeps one activation of it in the cluster, and its
/// reminder (kept in Redis) wakes it on its interval on whichever node holds it, so the feed is
/// polled once however many nodes run, and goes on being polled when a node dies.
/// </summary>
public interface IFeedGrain : IGrainWithStringKey
{
    /// <summary>Follows the feed: saves it and sets its reminder (first poll at once). True when the feed is new or changed; the same feed again changes nothing.</summary>
    Task<bool> Follow(FeedSubscription feed);

    /// <summary>Stops following the feed: its reminder and saved state are removed. True when it was followed.</summary>
    Task<bool> Unfollow();

    /// <summary>Polls the feed now, once (as <c>mizan watch --once</c>), and links the incidents when articles were added.</summary>
    Task<FeedPoll> Poll(FeedSubscription feed);
}
