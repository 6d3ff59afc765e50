using Mizan.Storage.Web;
using Mizan.Watch.Feeds;
using Mizan.Watch.Http;
using Mizan.Watch.Text;
using Mizan.Watch.Urls;

namespace Mizan.Watch.Watching;

/// <summary>
/// Follows feeds: polls each on its interval with a conditional GET, stores the pages of new
/// items (<see cref="IPageIngestor"/>: <see cref="WebIngestor"/> in one process), links incidents after each round that added articles, and
/// reports one <see cref="PollReport"/> per poll. A feed that fails is polled again sooner (after
/// <see cref="WatchOptions.FailureDelay"/>, doubling) while the others go on; a page that fails is
/// tried again at the next polls, at most <see cref="WatchOptions.MaxPageAttempts"/> times.
/// </summary>
/// <remarks>
/// Nothing lost, nothing twice: each article is written with its addresses in one transaction,
/// and a feed's validators are saved only after its items are stored, so a process killed at any
/// moment polls the feed again in full on restart and skips what was stored.
/// </remarks>
public sealed class FeedWatcher(IPageIngestor ingestor, IWebFetcher fetcher, WatchOptions options, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _pageFailures = new(StringComparer.Ordinal);

    /// <summary>Polls every feed once, in order, then links incidents; the reports, one per feed.</summary>
    public async Task<IReadOnlyList<PollReport>> PollAllAsync(IReadOnlyList<FeedSource> feeds, Action<PollReport>? report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var reports = new List<PollReport>(feeds.Count);
        foreach (FeedSource feed in feeds)
        {
            PollReport poll = await PollSafelyAsync(feed, cancellationToken).ConfigureAwait(false);
            reports.Add(poll);
            report?.Invoke(poll);
        }

        await ingestor.LinkIncidentsAsync(cancellationToken).ConfigureAwait(false);
        return reports;
    }

    /// <summary>
    /// Polls the feeds on their intervals until cancelled; every poll is reported (on the calling
    /// thread, one at a time). Up to <see cref="WatchOptions.ParallelFeeds"/> feeds are polled at
    /// once, so that a slow or failing feed never holds up the others; requests to one host stay
    /// spaced by the fetcher's rate limit.
    /// </summary>
    public async Task RunAsync(IReadOnlyList<FeedSource> feeds, Action<PollReport>? report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        if (feeds.Count == 0)
        {
            return;
        }

        // A run stopped after storing articles and before linking them left the incidents stale.
        await ingestor.LinkIncidentsAsync(cancellationToken).ConfigureAwait(false);
        var due = feeds.ToDictionary(f => f, _ => _time.GetUtcNow());
        var failures = feeds.ToDictionary(f => f, _ => 0);
        var running = new Dictionary<Task<PollReport>, FeedSource>();
        int parallel = Math.Max(1, options.ParallelFeeds);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                DateTimeOffset now = _time.GetUtcNow();
                foreach (FeedSource feed in feeds)
                {
                    if (running.Count < parallel && due[feed] <= now && !running.ContainsValue(feed))
                    {
                        running.Add(PollSafelyAsync(feed, cancellationToken), feed);
                    }
                }

                // Wake for the first poll that ends, or the next feed that falls due.
                DateTimeOffset next = feeds.Where(f => !running.ContainsValue(f)).Select(f => due[f]).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
                using var sleep = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var waits = new List<Task>(running.Keys);
                TimeSpan wait = next == DateTimeOffset.MaxValue ? Timeout.InfiniteTimeSpan : next - _time.GetUtcNow();
                if (running.Count < parallel)
                {
                    waits.Add(wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, _time, sleep.Token));
                }

                await Task.WhenAny(waits).ConfigureAwait(false);
                await sleep.CancelAsync().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();

                var finished = new List<PollReport>();
                foreach (Task<PollReport> done in running.Keys.Where(t => t.IsCompleted).ToList())
                {
                    FeedSource feed = running[done];
                    running.Remove(done);
                    PollReport poll = await done.ConfigureAwait(false);
                    failures[feed] = poll.FeedError is null ? 0 : failures[feed] + 1;
                    TimeSpan after = failures[feed] == 0 ? feed.Interval : Backoff(options.FailureDelay, failures[feed], feed.Interval);
                    due[feed] = _time.GetUtcNow() + after;
                    finished.Add(poll with { Next = due[feed] });
                }

                // Linked before the polls are reported: what a line announces is in the store.
                if (finished.Any(p => p.New > 0))
                {
                    await ingestor.LinkIncidentsAsync(cancellationToken).ConfigureAwait(false);
                }

                foreach (PollReport poll in finished)
                {
                    report?.Invoke(poll);
                }
            }
        }
        finally
        {
            // Cancelled: let the polls in flight end (they stop at the same token) before returning.
            try
            {
                await Task.WhenAll(running.Keys).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Expected on the way out.
            }
        }
    }

    /// <summary>Polls one feed: fetches it (conditionally), stores its new items' pages, and saves its validators.</summary>
    public async Task<PollReport> PollAsync(FeedSource feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        DateTimeOffset started = _time.GetUtcNow();
        IWebArticleIndex index = ingestor.Index;
        FeedState? state = index.ReadFeedState(feed.Url.AbsoluteUri);
        FetchResult fetched = await fetcher.FetchAsync(new FetchRequest(feed.Url, state?.ETag, state?.LastModified), cancellationToken).ConfigureAwait(false);
        if (fetched.NotModified)
        {
            index.SaveFeedState(new FeedState(feed.Url.AbsoluteUri, fetched.ETag, fetched.LastModified, started));
            return new PollReport { Feed = feed.Label, At = started, NotModified = true };
        }

        if (!fetched.Succeeded)
        {
            return new PollReport { Feed = feed.Label, At = started, FeedError = $"{fetched.ErrorMessage} [{fetched.ErrorCode}]" };
        }

        IReadOnlyList<FeedItem> items;
        try
        {
            items = FeedReader.Read(Charsets.Decode(fetched.Body, fetched.Charset).Text, fetched.Url);
        }
        catch (FormatException ex)
        {
            return new PollReport { Feed = feed.Label, At = started, FeedError = $"{feed.Url}: {ex.Message} [{FetchErrorCodes.MalformedFeed}]" };
        }

        items = [.. items.Take(options.MaxItemsPerPoll)];
        IReadOnlyDictionary<string, string> known = index.KnownUrls([.. items.Select(i => UrlNormalizer.Normalize(i.Link)).OfType<string>()]);
        int added = 0, skipped = 0, events = 0;
        var errors = new List<string>();
        foreach (FeedItem item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? key = UrlNormalizer.Normalize(item.Link);
            if (key is null || known.ContainsKey(key))
            {
                skipped++;
                continue;
            }

            if (_pageFailures.GetValueOrDefault(key) >= options.MaxPageAttempts)
            {
                continue;
            }

            PageOutcome outcome = await ingestor.IngestAsync(item.Link, feed, item, cancellationToken).ConfigureAwait(false);
            switch (outcome.Status)
            {
                case PageStatus.Added:
                    added++;
                    events += outcome.Events;
                    _pageFailures.TryRemove(key, out _);
                    break;
                case PageStatus.Failed:
                    _pageFailures.AddOrUpdate(key, 1, (_, n) => n + 1);
                    errors.Add($"{outcome.Message} [{outcome.ErrorCode}]");
                    break;
                default:
                    skipped++;
                    break;
            }
        }

        // Saved last: a run killed before this point polls the whole feed again. When an item
        // failed, no validators: the next poll reads the feed again and retries it.
        index.SaveFeedState(errors.Count == 0
            ? new FeedState(feed.Url.AbsoluteUri, fetched.ETag, fetched.LastModified, started)
            : new FeedState(feed.Url.AbsoluteUri, null, null, started));
        return new PollReport { Feed = feed.Label, At = started, Items = items.Count, New = added, Known = skipped, Events = events, Errors = errors };
    }

    /// <summary>Polls a feed; whatever it throws (the store unreachable, a bug) is its report's error, and the other feeds go on.</summary>
    private async Task<PollReport> PollSafelyAsync(FeedSource feed, CancellationToken cancellationToken)
    {
        DateTimeOffset started = _time.GetUtcNow();
        try
        {
            return await PollAsync(feed, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new PollReport { Feed = feed.Label, At = started, FeedError = $"{feed.Url}: {ex.GetType().Name}: {ex.Message} [poll-failed]" };
        }
    }

    private static TimeSpan Backoff(TimeSpan first, int failures, TimeSpan cap)
    {
        double seconds = first.TotalSeconds * Math.Pow(2, Math.Min(failures - 1, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, cap.TotalSeconds));
    }
}
