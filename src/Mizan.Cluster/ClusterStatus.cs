using Mizan.Cluster.Grains;

namespace Mizan.Cluster;

/// <summary>One node of a cluster as Orleans' management grain reports it.</summary>
/// <param name="Address">The node's address (<c>HOST:PORT</c>, the port the nodes talk on).</param>
/// <param name="Status">Its membership status (<c>Active</c>, <c>Joining</c>, <c>ShuttingDown</c>, <c>Dead</c> …).</param>
/// <param name="Activations">Grains active on it (mostly articles handed to it in the last minutes); null when it did not answer.</param>
/// <param name="Overloaded">Whether Orleans considers it overloaded (and sheds load from it).</param>
/// <param name="Load">What it did, as it last reported to the cluster's load board; null when it has not reported.</param>
public sealed record NodeStatus(string Address, string Status, int? Activations, bool Overloaded, NodeLoad? Load = null);

/// <summary>Lists the nodes of a cluster and their load, through a client.</summary>
public static class ClusterStatus
{
    /// <summary>Every node the cluster's membership knows of (dead ones too unless <paramref name="onlyActive"/>), by address.</summary>
    public static async Task<IReadOnlyList<NodeStatus>> ReadAsync(IClusterClient client, bool onlyActive = true)
    {
        ArgumentNullException.ThrowIfNull(client);
        IManagementGrain management = client.GetGrain<IManagementGrain>(0);
        Dictionary<SiloAddress, SiloStatus> hosts = await management.GetHosts(onlyActive).ConfigureAwait(false);
        SiloAddress[] active = [.. hosts.Where(h => h.Value == SiloStatus.Active).Select(h => h.Key)];
        var statistics = new Dictionary<SiloAddress, SiloRuntimeStatistics>();
        if (active.Length > 0)
        {
            SiloRuntimeStatistics[] values = await management.GetRuntimeStatistics(active).ConfigureAwait(false);
            for (int i = 0; i < active.Length && i < values.Length; i++)
            {
                statistics[active[i]] = values[i];
            }
        }

        // By silo (address and generation): a dead node's address may be a restarted node's now.
        Dictionary<string, NodeLoad> loads = (await client.GetGrain<ILoadBoardGrain>(ILoadBoardGrain.ClusterKey).Read().ConfigureAwait(false))
            .ToDictionary(l => l.Silo, StringComparer.Ordinal);
        return [.. hosts
            .Select(h => statistics.TryGetValue(h.Key, out SiloRuntimeStatistics? s)
                ? new NodeStatus(h.Key.Endpoint.ToString(), h.Value.ToString(), s.ActivationCount, s.IsOverloaded, loads.GetValueOrDefault(h.Key.ToParsableString()))
                : new NodeStatus(h.Key.Endpoint.ToString(), h.Value.ToString(), null, false))
            .OrderBy(n => n.Address, StringComparer.Ordinal)];
    }
}
