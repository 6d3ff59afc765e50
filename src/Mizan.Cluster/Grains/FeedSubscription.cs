using Mizan.Watch.Feeds;

namespace Mizan.Cluster.Grains;

/// <summary>A feed as a client hands it to the cluster: a line of the feeds file.</summary>
[GenerateSerializer]
[Immutable]
public sealed record FeedSubscription
{
    /// <summary>The feed's address (the grain's key).</summary>
    [Id(0)]
    public required string Url { get; init; }

    [Id(1)]
    public required string Label { get; init; }

    [Id(2)]
    public required TimeSpan Interval { get; init; }

    /// <summary>Its line in the feeds file.</summary>
    [Id(3)]
    public int Line { get; init; }

    public static FeedSubscription From(FeedSource feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return new FeedSubscription { Url = feed.Url.AbsoluteUri, Label = feed.Label, Interval = feed.Interval, Line = feed.Line };
    }

    public FeedSource ToSource() => new(new Uri(Url), Label, Interval, Line);
}
