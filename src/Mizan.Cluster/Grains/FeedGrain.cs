using Mizan.Cluster.Linking;
using Mizan.Watch.Feeds;
using Mizan.Watch.Watching;

namespace Mizan.Cluster.Grains;

/// <summary>
/// Polls one feed with the node's polite fetcher (<see cref="FeedWatcher.PollAsync"/>: conditional
/// GET, the feed's validators in the store) and hands each new item's article to the grain of its
/// content hash (<see cref="ClusterPages"/>). Its reminder, named <see cref="ReminderName"/>, fires
/// on the feed's interval; the feed itself is saved in Redis, so that an activation on another node
/// (its node died) knows what to poll. Calls run one at a time: two polls never overlap.
/// </summary>
[Orleans.Placement.RandomPlacement]
internal sealed class FeedGrain(
    NodeWork work,
    [PersistentState("feed", MizanNode.FeedStorage)] IPersistentState<FollowedFeed> state) : Grain, IFeedGrain, IRemindable
{
    /// <summary>The name of a feed grain's one reminder.</summary>
    public const string ReminderName = "poll";

    /// <summary>The wait before the first poll of a feed just followed.</summary>
    private static readonly TimeSpan FirstPoll = TimeSpan.FromSeconds(1);

    private DateTimeOffset? _lastPoll;
    private FeedWatcher? _watcher;

    public async Task<bool> Follow(FeedSubscription feed)
    {
        CheckKey(feed);
        bool changed = state.State.Feed != feed;
        if (changed)
        {
            state.State.Feed = feed;
            await state.WriteStateAsync().ConfigureAwait(true);
        }

        // The same feed handed over again (by another client, or after a restart) keeps its schedule.
        if (changed || await this.GetReminder(ReminderName).ConfigureAwait(true) is null)
        {
            await this.RegisterOrUpdateReminder(ReminderName, FirstPoll, feed.Interval).ConfigureAwait(true);
        }

        return changed;
    }

    public async Task<bool> Unfollow()
    {
        bool followed = state.State.Feed is not null;
        await StopReminder().ConfigureAwait(true);
        if (state.RecordExists)
        {
            await state.ClearStateAsync().ConfigureAwait(true);
        }

        state.State.Feed = null;
        return followed;
    }

    public async Task<FeedPoll> Poll(FeedSubscription feed)
    {
        CheckKey(feed);
        return await PollNow(feed).ConfigureAwait(true);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (state.State.Feed is not { } feed)
        {
            // A reminder left by a feed no longer followed.
            await StopReminder().ConfigureAwait(true);
            return;
        }

        // Polled a moment ago (by a client's --once): this tick would fetch the feed twice.
        if (_lastPoll is { } last && work.Time.GetUtcNow() - last < feed.Interval / 2)
        {
            return;
        }

        await PollNow(feed).ConfigureAwait(true);
    }

    private async Task<FeedPoll> PollNow(FeedSubscription subscription)
    {
        FeedSource feed = subscription.ToSource();
        _lastPoll = work.Time.GetUtcNow();
        IGrainFactory grains = GrainFactory;
        if (work.Web is null || work.Fetcher is null)
        {
            throw new InvalidOperationException("this node was started without a web reader: it cannot poll feeds");
        }

        _watcher ??= new FeedWatcher(new ClusterPages(work.Web, grains), work.Fetcher, work.WatchOptions, work.Time);
        FeedWatcher watcher = _watcher;
        PollReport report;
        try
        {
            // The store's reads and the engine block: off the grain's scheduler, this grain still busy.
            report = await Task.Run(() => watcher.PollAsync(feed, CancellationToken.None)).ConfigureAwait(true);
            if (report.New > 0)
            {
                await ClusterLinking.LinkAsync(grains).ConfigureAwait(true);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The store unreachable, a bug: this poll's error; the reminder tries again on the interval.
            report = new PollReport { Feed = feed.Label, At = _lastPoll.Value, FeedError = $"{feed.Url}: {ex.GetType().Name}: {ex.Message} [poll-failed]" };
        }

        report = report with { Next = state.State.Feed is null ? null : _lastPoll.Value + feed.Interval };
        work.Polled(report);
        return FeedPoll.From(report, RuntimeIdentity);
    }

    private async Task StopReminder()
    {
        if (await this.GetReminder(ReminderName).ConfigureAwait(true) is { } reminder)
        {
            await this.UnregisterReminder(reminder).ConfigureAwait(true);
        }
    }

    private void CheckKey(FeedSubscription feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        string key = this.GetPrimaryKeyString();
        if (!string.Equals(key, feed.Url, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Feed {feed.Url} is not this grain's feed {key}.", nameof(feed));
        }
    }
}
