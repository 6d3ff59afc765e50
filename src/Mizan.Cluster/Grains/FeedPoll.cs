using Mizan.Watch.Watching;

namespace Mizan.Cluster.Grains;

/// <summary>One poll of a feed by its grain, as it travels back to a client: a <see cref="PollReport"/> and the node that polled.</summary>
[GenerateSerializer]
[Immutable]
public sealed record FeedPoll
{
    [Id(0)]
    public required string Feed { get; init; }

    [Id(1)]
    public DateTimeOffset At { get; init; }

    [Id(2)]
    public bool NotModified { get; init; }

    [Id(3)]
    public int Items { get; init; }

    [Id(4)]
    public int New { get; init; }

    [Id(5)]
    public int Known { get; init; }

    [Id(6)]
    public int Events { get; init; }

    [Id(7)]
    public string? FeedError { get; init; }

    [Id(8)]
    public string[] Errors { get; init; } = [];

    [Id(9)]
    public DateTimeOffset? Next { get; init; }

    /// <summary>The node (silo address) that polled.</summary>
    [Id(10)]
    public string? Node { get; init; }

    public static FeedPoll From(PollReport report, string? node)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new FeedPoll
        {
            Feed = report.Feed,
            At = report.At,
            NotModified = report.NotModified,
            Items = report.Items,
            New = report.New,
            Known = report.Known,
            Events = report.Events,
            FeedError = report.FeedError,
            Errors = [.. report.Errors],
            Next = report.Next,
            Node = node,
        };
    }

    public PollReport ToReport() => new()
    {
        Feed = Feed,
        At = At,
        NotModified = NotModified,
        Items = Items,
        New = New,
        Known = Known,
        Events = Events,
        FeedError = FeedError,
        Errors = Errors,
        Next = Next,
    };
}
