namespace Mizan.Cluster.Grains;

/// <summary>
/// The incident linker of one cell (country, first-level region, ISO week: <see cref="Linking.IncidentCell.Key"/>):
/// one activation in the cluster, whose links run one at a time, so that reports of one incident
/// stored on two nodes at once are linked by one linker; different cells link in parallel.
/// </summary>
public interface ICellLinkerGrain : IGrainWithStringKey
{
    /// <summary>Links the given reports of the cell (see <see cref="Linking.CellLinker"/>); returns the incidents their components make.</summary>
    Task<int> Link(string[] eventIds);
}
