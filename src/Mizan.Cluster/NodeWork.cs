using System.Collections.Concurrent;
using Mizan.Cluster.Grains;
using Mizan.Storage;
using Mizan.Storage.Linking;
using Mizan.Storage.Ingest;
using Mizan.Watch.Http;
using Mizan.Watch.Watching;

namespace Mizan.Cluster;

/// <summary>
/// What a node's grains work with: the store they write to, the ingestor (the engine) that
/// extracts an article, and the web reader and polite fetcher its feed grains use, shared by
/// every grain of the node; and what the node did, for its log and <c>mizan nodes</c>.
/// </summary>
public sealed class NodeWork(IEventStore store, Ingestor ingestor)
{
    private readonly ConcurrentQueue<PollReport> _polls = new();
    private long _added;
    private long _unchanged;
    private long _failed;
    private long _polled;
    private long _inFlight;

    public IEventStore Store { get; } = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>The store as the cells' linkers use it.</summary>
    public ILinkingStore Linking => Store as ILinkingStore ?? throw new InvalidOperationException($"{Store.Description} cannot link incidents a part at a time");

    public Ingestor Ingestor { get; } = ingestor ?? throw new ArgumentNullException(nameof(ingestor));

    /// <summary>How long one article may take, as for <c>mizan ingest</c>.</summary>
    public TimeSpan ArticleTimeout { get; init; } = new IngestOptions().ArticleTimeout;

    /// <summary>Reads pages and stores their articles (as <c>mizan watch</c>); null on a node that follows no feeds.</summary>
    public WebIngestor? Web { get; init; }

    /// <summary>The node's polite fetcher (one per node: its per-host spacing holds for the node's feeds).</summary>
    public IWebFetcher? Fetcher { get; init; }

    /// <summary>How the node's feed grains poll.</summary>
    public WatchOptions WatchOptions { get; init; } = new();

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Articles this node added, found already stored, and failed.</summary>
    public (long Added, long Unchanged, long Failed) Load => (Interlocked.Read(ref _added), Interlocked.Read(ref _unchanged), Interlocked.Read(ref _failed));

    /// <summary>Articles being extracted and stored on this node now, waiting for a core included: its queue.</summary>
    public long InFlight => Interlocked.Read(ref _inFlight);

    /// <summary>Feed polls this node made.</summary>
    public long Polls => Interlocked.Read(ref _polled);

    /// <summary>The polls made since the last call, oldest first (for the node's log).</summary>
    public IReadOnlyList<PollReport> TakePolls()
    {
        var polls = new List<PollReport>();
        while (_polls.TryDequeue(out PollReport? poll))
        {
            polls.Add(poll);
        }

        return polls;
    }

    /// <summary>Runs one article's work, counted in <see cref="InFlight"/> while it runs.</summary>
    internal async Task<T> InFlightAsync<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Interlocked.Increment(ref _inFlight);
        try
        {
            return await work().ConfigureAwait(true);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    internal void Count(ArticleState state)
    {
        switch (state)
        {
            case ArticleState.Added: Interlocked.Increment(ref _added); break;
            case ArticleState.Unchanged: Interlocked.Increment(ref _unchanged); break;
            default: Interlocked.Increment(ref _failed); break;
        }
    }

    internal void Polled(PollReport report)
    {
        Interlocked.Increment(ref _polled);
        _polls.Enqueue(report);

        // A node nobody reads the log of keeps the last polls only.
        while (_polls.Count > 1000 && _polls.TryDequeue(out _))
        {
        }
    }
}
