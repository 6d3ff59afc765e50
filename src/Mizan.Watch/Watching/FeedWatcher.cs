using Mizan.Storage.Web;
using Mizan.Watch.Feeds;
using Mizan.Watch.Http;
using Mizan.Watch.Text;
using Mizan.Watch.Urls;

namespace Mizan.Watch.Watching;

/// <summary>
/// Follows feeds: polls each on its interval with a conditional GET, stores the pages of new
/// items (<see cref="WebIngestor"/>), links incidents after each round that added articles, and
/// reports one <see cref="PollReport"/> per poll. A feed that fails is polled again sooner (after
/// <see cref="WatchOptions.FailureDelay"/>, doubling) while the others go on; a page that fails is
/// tried again at the next polls, at most <see cref="WatchOptions.MaxPageAttempts"/> times.
/// </summary>
/// <remarks>
/// Nothing lost, nothing twice: each article is written with its addresses in one transaction,
/// and a feed's validators are saved only after its items are stored, so a process killed at any
/// moment polls the feed again in full on restart and skips what was stored.
/// </remarks>
public sealed class FeedWatcher(WebIngestor ingestor, IWebFetcher fetcher, WatchOptions options, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Dictionary<string, int> _pageFailures = new(StringComparer.Ordinal);

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

        ingestor.RebuildIncidentsIfStale(cancellationToken);
        return reports;
    }

    /// <summary>Polls the feeds on their intervals until cancelled; every poll is reported.</summary>
    public async Task RunAsync(IReadOnlyList<FeedSource> feeds, Action<PollReport>? report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        if (feeds.Count == 0)
        {
            return;
        }

        var due = feeds.ToDictionary(f => f, _ => _time.GetUtcNow());
        var failures = feeds.ToDictionary(f => f, _ => 0);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DateTimeOffset now = _time.GetUtcNow();
            bool polled = false;
            foreach (FeedSource feed in feeds)
            {
                if (due[feed] > now)
                {
                    continue;
                }

                PollReport poll = await PollSafelyAsync(feed, cancellationToken).ConfigureAwait(false);
                polled = true;
                failures[feed] = poll.FeedError is null ? 0 : failures[feed] + 1;
                TimeSpan wait = failures[feed] == 0 ? feed.Interval : Backoff(options.FailureDelay, failures[feed], feed.Interval);
                due[feed] = _time.GetUtcNow() + wait;
                report?.Invoke(poll with { Next = due[feed] });
            }

            if (polled)
            {
                ingestor.RebuildIncidentsIfStale(cancellationToken);
            }

            TimeSpan sleep = due.Values.Min() - _time.GetUtcNow();
            if (sleep > TimeSpan.Zero)
            {
                await Task.Delay(sleep, _time, cancellationToken).ConfigureAwait(false);
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
                    _pageFailures.Remove(key);
                    break;
                case PageStatus.Failed:
                    _pageFailures[key] = _pageFailures.GetValueOrDefault(key) + 1;
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
