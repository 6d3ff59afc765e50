namespace Mizan.Cluster.Grains;

/// <summary>
/// Finds the reports of the store still to link, by cell; any node answers (a stateless worker).
/// The links themselves are the cells' (<see cref="ICellLinkerGrain"/>), driven by
/// <see cref="Linking.ClusterLinking"/>.
/// </summary>
public interface IIncidentLinkerGrain : IGrainWithStringKey
{
    /// <summary>The key of the linker of a store.</summary>
    const string StoreKey = "store";

    /// <summary>The reports still to link (in no incident, or in one that lost a report): cell key → event ids.</summary>
    Task<Dictionary<string, string[]>> Unlinked();

    /// <summary>Marks the incidents up to date when no report is left to link (another writer may have stored more meanwhile); returns the incidents stored.</summary>
    Task<long> MarkLinked();
}
