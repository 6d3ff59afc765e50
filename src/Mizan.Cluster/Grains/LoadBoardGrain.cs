namespace Mizan.Cluster.Grains;

/// <summary>Keeps the latest load each node (each silo, a restarted node being a new one) reported (<see cref="ILoadBoardGrain"/>).</summary>
internal sealed class LoadBoardGrain : Grain, ILoadBoardGrain
{
    private readonly Dictionary<string, NodeLoad> _loads = new(StringComparer.Ordinal);

    public Task Report(NodeLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        _loads[load.Silo] = load;
        return Task.CompletedTask;
    }

    public Task<NodeLoad[]> Read() => Task.FromResult(_loads.Values.OrderBy(l => l.Address, StringComparer.Ordinal).ToArray());
}
