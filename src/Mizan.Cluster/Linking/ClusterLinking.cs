using Mizan.Cluster.Grains;

namespace Mizan.Cluster.Linking;

/// <summary>
/// Links the reports the store holds unlinked, wherever they came from (a client's ingest, a
/// feed's poll, a node killed before it linked): each cell's reports by the cell's grain, several
/// cells at once.
/// </summary>
public static class ClusterLinking
{
    /// <summary>Cells linked at once.</summary>
    public const int CellsInFlight = 8;

    /// <summary>Links the store's unlinked reports; returns the incidents stored, or null when there was nothing to link.</summary>
    public static async Task<int?> LinkAsync(IGrainFactory grains, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        IIncidentLinkerGrain linker = grains.GetGrain<IIncidentLinkerGrain>(IIncidentLinkerGrain.StoreKey);
        Dictionary<string, string[]> cells = await linker.Unlinked().ConfigureAwait(false);
        using var slots = new SemaphoreSlim(CellsInFlight);
        await Task.WhenAll(cells.Select(async cell =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await grains.GetGrain<ICellLinkerGrain>(cell.Key).Link(cell.Value).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        })).ConfigureAwait(false);

        long incidents = await linker.MarkLinked().ConfigureAwait(false);
        return cells.Count == 0 ? null : (int)incidents;
    }
}
