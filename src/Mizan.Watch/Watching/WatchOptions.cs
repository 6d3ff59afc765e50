namespace Mizan.Watch.Watching;

/// <summary>How feeds are followed.</summary>
public sealed record WatchOptions
{
    /// <summary>Items read from one poll of a feed, newest first as the feed lists them (default 100).</summary>
    public int MaxItemsPerPoll { get; init; } = 100;

    /// <summary>Times an item's page is tried before it is given up for the rest of the run (default 3).</summary>
    public int MaxPageAttempts { get; init; } = 3;

    /// <summary>Feeds polled at once by <see cref="FeedWatcher.RunAsync"/> (default 4): a slow feed never holds up the others.</summary>
    public int ParallelFeeds { get; init; } = 4;

    /// <summary>The wait before a failed feed is polled again, doubled on each further failure up to its interval (default 1 min).</summary>
    public TimeSpan FailureDelay { get; init; } = TimeSpan.FromMinutes(1);
}
