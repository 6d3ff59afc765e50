namespace Mizan.Cluster.Grains;

/// <summary>
/// A feed grain's saved state (in Redis, storage <see cref="MizanNode.FeedStorage"/>): the feed it
/// follows, so that a grain activated again on another node, by its reminder, knows what to poll.
/// </summary>
[GenerateSerializer]
public sealed class FollowedFeed
{
    [Id(0)]
    public FeedSubscription? Feed { get; set; }
}
