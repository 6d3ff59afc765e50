using Mizan.Reconciliation;

namespace Mizan.Storage.Linking;

/// <summary>
/// Linking incidents a part at a time, as the nodes of a cluster do (docs/scale-out.md), instead
/// of rebuilding them all (<see cref="IEventStore.RebuildIncidents"/>). A part's incidents are
/// replaced only if the events it was computed from are still those stored, so that two parts
/// linked at once on two machines cannot leave incidents computed from an older store.
/// </summary>
public interface ILinkingStore
{
    /// <summary>
    /// The reports still to link: events in no incident, and the events of incidents that lost a
    /// report since they were linked (an article replaced), by event id.
    /// </summary>
    IReadOnlyList<StoredReport> ReadUnlinkedReports();

    /// <summary>The reports of the scope, by event id.</summary>
    IReadOnlyList<StoredReport> ReadReports(ReportScope scope);

    /// <summary>The version of every event of the scope (event id → its article's content hash).</summary>
    IReadOnlyDictionary<string, string> ReportVersions(ReportScope scope);

    /// <summary>
    /// In one transaction, when the scope's events still have <paramref name="versions"/>: deletes
    /// the incidents holding any report of <paramref name="incidents"/> (and incidents left with no
    /// report), stores <paramref name="incidents"/>, and returns true; otherwise changes nothing
    /// and returns false.
    /// </summary>
    bool ReplaceIncidents(IReadOnlyList<Incident> incidents, ReportScope scope, IReadOnlyDictionary<string, string> versions);

    /// <summary>Marks the incidents as up to date when no report is left to link; returns whether it did.</summary>
    bool MarkIncidentsLinked();
}
