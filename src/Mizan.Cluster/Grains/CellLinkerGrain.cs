using Mizan.Cluster.Linking;

namespace Mizan.Cluster.Grains;

/// <summary>Links a cell's reports with <see cref="CellLinker"/>, one call at a time.</summary>
internal sealed class CellLinkerGrain(NodeWork work) : Grain, ICellLinkerGrain
{
    public Task<int> Link(string[] eventIds)
    {
        ArgumentNullException.ThrowIfNull(eventIds);

        // The store blocks: off the grain's scheduler, this grain still busy.
        return Task.Run(() => new CellLinker(work.Linking).Link(eventIds));
    }
}
