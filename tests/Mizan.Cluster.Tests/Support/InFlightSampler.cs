using Mizan.Storage.Ingest;

namespace Mizan.Cluster.Tests.Support;

/// <summary>Samples the nodes' articles in flight each time an ingest reports progress; keeps the largest.</summary>
internal sealed class InFlightSampler(IReadOnlyList<NodeWork> nodes) : IIngestObserver
{
    private long _max;

    /// <summary>The most articles in flight on all the nodes at one sample.</summary>
    public long Max => Interlocked.Read(ref _max);

    public void Progress(IngestCounts counts)
    {
        long now = nodes.Sum(n => n.InFlight);
        long seen;
        while (now > (seen = Interlocked.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
        {
        }
    }

    public void Problem(string message)
    {
    }

    public void Warning(string message)
    {
    }

    public void Reconciling()
    {
    }
}
