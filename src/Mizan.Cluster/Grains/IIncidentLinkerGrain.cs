namespace Mizan.Cluster.Grains;

/// <summary>
/// Links the stored reports into incidents, one rebuild at a time for the whole store (one
/// activation, key <see cref="StoreKey"/>), however many nodes and clients ask.
/// </summary>
public interface IIncidentLinkerGrain : IGrainWithStringKey
{
    /// <summary>The key of the one linker of a store.</summary>
    const string StoreKey = "store";

    /// <summary>Rebuilds the incidents when articles changed since the last rebuild; returns their number, or null when nothing changed.</summary>
    Task<int?> Link();
}
