namespace Mizan.Cluster.Grains;

/// <summary>What one node did since it started, as it reports it to the cluster's load board.</summary>
[GenerateSerializer]
[Immutable]
public sealed record NodeLoad
{
    /// <summary>The node's address (<c>HOST:PORT</c>, the port the nodes talk on).</summary>
    [Id(0)]
    public required string Address { get; init; }

    /// <summary>Articles it extracted and stored.</summary>
    [Id(1)]
    public long Added { get; init; }

    /// <summary>Articles handed to it that were already stored.</summary>
    [Id(2)]
    public long Unchanged { get; init; }

    /// <summary>Articles that failed on it.</summary>
    [Id(3)]
    public long Failed { get; init; }

    /// <summary>Feed polls it made.</summary>
    [Id(4)]
    public long Polls { get; init; }

    /// <summary>When it reported.</summary>
    [Id(5)]
    public DateTimeOffset At { get; init; }

    /// <summary>The node's silo address with its generation: a node restarted on the same port is another silo, with a load of its own.</summary>
    [Id(6)]
    public required string Silo { get; init; }

    /// <summary>Articles in flight on it when it reported (<see cref="NodeWork.InFlight"/>): its queue.</summary>
    [Id(7)]
    public long InFlight { get; init; }
}
