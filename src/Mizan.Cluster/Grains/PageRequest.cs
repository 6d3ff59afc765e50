using Mizan.Watch.Feeds;

namespace Mizan.Cluster.Grains;

/// <summary>A feed's item as its feed grain hands it to the grain of its page's address.</summary>
[GenerateSerializer]
[Immutable]
public sealed record PageRequest
{
    /// <summary>The address the feed lists.</summary>
    [Id(0)]
    public required string Url { get; init; }

    /// <summary>The feed that lists it.</summary>
    [Id(1)]
    public FeedSubscription? Feed { get; init; }

    /// <summary>The item's title, which stands in for the page's.</summary>
    [Id(2)]
    public string? Title { get; init; }

    /// <summary>The item's time, which stands in for the page's.</summary>
    [Id(3)]
    public DateTimeOffset? Published { get; init; }

    public static PageRequest From(Uri url, FeedSource? feed, FeedItem? item)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new PageRequest
        {
            Url = url.AbsoluteUri,
            Feed = feed is null ? null : FeedSubscription.From(feed),
            Title = item?.Title,
            Published = item?.Published,
        };
    }
}
