namespace Mizan.Cluster;

/// <summary>How a node (an Orleans silo) joins its cluster.</summary>
public sealed record NodeOptions
{
    /// <summary>The default port nodes talk to each other on.</summary>
    public const int DefaultPort = 11111;

    /// <summary>The cluster's Redis (<c>HOST:PORT</c>), where the nodes find each other.</summary>
    public required string Redis { get; init; }

    /// <summary>The port this node talks to the other nodes on (127.0.0.1).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The port clients (<c>mizan ingest --cluster</c>) connect to; default <see cref="Port"/> + 19000.</summary>
    public int? GatewayPort { get; init; }

    /// <summary>The cluster's name: nodes and clients of one cluster share it (and the Redis).</summary>
    public string ClusterId { get; init; } = "mizan";

    /// <summary>The gateway port this node listens on.</summary>
    public int Gateway => GatewayPort ?? (Port + 19000);
}
