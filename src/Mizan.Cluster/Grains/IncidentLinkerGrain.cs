using Mizan.Reconciliation;

namespace Mizan.Cluster.Grains;

/// <summary>
/// Rebuilds the incidents of the store with the single-process code
/// (<see cref="Mizan.Storage.IEventStore.RebuildIncidents"/>), so that a cluster links exactly
/// as one <c>mizan ingest</c> does. One activation: rebuilds never overlap.
/// </summary>
internal sealed class IncidentLinkerGrain(NodeWork work) : Grain, IIncidentLinkerGrain
{
    public Task<int?> Link() => Task.Run<int?>(() =>
        work.Store.IncidentsAreStale() ? work.Store.RebuildIncidents(new IncidentReconciler()) : null);
}
