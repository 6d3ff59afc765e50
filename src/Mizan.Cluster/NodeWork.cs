using Mizan.Cluster.Grains;
using Mizan.Storage;
using Mizan.Storage.Ingest;

namespace Mizan.Cluster;

/// <summary>
/// What a node's grains work with: the store they write to and the ingestor (the engine) that
/// extracts an article, shared by every grain of the node.
/// </summary>
public sealed class NodeWork(IEventStore store, Ingestor ingestor)
{
    public IEventStore Store { get; } = store ?? throw new ArgumentNullException(nameof(store));

    public Ingestor Ingestor { get; } = ingestor ?? throw new ArgumentNullException(nameof(ingestor));

    /// <summary>How long one article may take, as for <c>mizan ingest</c>.</summary>
    public TimeSpan ArticleTimeout { get; init; } = new IngestOptions().ArticleTimeout;

    private long _added;
    private long _unchanged;
    private long _failed;

    /// <summary>Articles this node added, found already stored, and failed.</summary>
    public (long Added, long Unchanged, long Failed) Load => (Interlocked.Read(ref _added), Interlocked.Read(ref _unchanged), Interlocked.Read(ref _failed));

    internal void Count(ArticleState state)
    {
        switch (state)
        {
            case ArticleState.Added: Interlocked.Increment(ref _added); break;
            case ArticleState.Unchanged: Interlocked.Increment(ref _unchanged); break;
            default: Interlocked.Increment(ref _failed); break;
        }
    }
}
