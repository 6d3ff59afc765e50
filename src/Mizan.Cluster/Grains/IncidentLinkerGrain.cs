using Mizan.Cluster.Linking;
using Mizan.Storage;

namespace Mizan.Cluster.Grains;

/// <summary>Reads the reports still to link and the incidents' state from the store, on the node that takes the call.</summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class IncidentLinkerGrain(NodeWork work) : Grain, IIncidentLinkerGrain
{
    public Task<Dictionary<string, string[]>> Unlinked() => Task.Run(() =>
        work.Linking.ReadUnlinkedReports()
            .GroupBy(r => IncidentCell.Of(r.ToReport()).Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Event.Id).ToArray(), StringComparer.Ordinal));

    public Task<long> MarkLinked() => Task.Run(() =>
    {
        work.Linking.MarkIncidentsLinked();
        return work.Store.Counts().Incidents;
    });
}
