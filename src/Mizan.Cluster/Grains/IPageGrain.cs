namespace Mizan.Cluster.Grains;

/// <summary>
/// One page, keyed by its normalised address: the feed grains of every feed that lists it call
/// it, one at a time, so that the page is fetched once in the cluster even when two feeds on two
/// nodes find it at the same moment.
/// </summary>
public interface IPageGrain : IGrainWithStringKey
{
    /// <summary>Fetches and reads the page and has its article stored, unless that is done; a later call answers at once that it is known.</summary>
    Task<PageResult> Ingest(PageRequest request);
}
