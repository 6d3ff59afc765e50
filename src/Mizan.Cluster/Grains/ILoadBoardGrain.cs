namespace Mizan.Cluster.Grains;

/// <summary>
/// The cluster's load board (one activation, key <see cref="ClusterKey"/>): every node reports
/// what it did every few seconds, and <c>mizan nodes</c> reads it. Held in memory only: should its
/// node die, the board fills again with the next reports.
/// </summary>
public interface ILoadBoardGrain : IGrainWithStringKey
{
    /// <summary>The key of the one board of a cluster.</summary>
    const string ClusterKey = "cluster";

    /// <summary>Records a node's latest load.</summary>
    Task Report(NodeLoad load);

    /// <summary>The latest load of every node (silo) that reported, by address.</summary>
    Task<NodeLoad[]> Read();
}
