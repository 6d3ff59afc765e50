using Mizan.Reconciliation;
using Mizan.Storage;
using Mizan.Storage.Linking;

namespace Mizan.Cluster.Linking;

/// <summary>
/// Links the new reports of one cell: relinks their components (<see cref="LinkedReports"/>) with
/// the single-process reconciler and replaces those components' incidents in the store, so that the
/// store's incidents stay those of a full rebuild. Optimistic: what it reads is checked again under the
/// store's write lock, and read again when another node changed it meanwhile.
/// </summary>
public sealed class CellLinker(ILinkingStore store, ReconciliationOptions? options = null)
{
    private readonly ReportLinker _linker = new(options);
    private readonly IncidentReconciler _reconciler = new(options);

    /// <summary>How many times the components are read again after another writer changed them.</summary>
    public int Attempts { get; init; } = 20;

    /// <summary>The wait before reading again, grown by itself at each attempt.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Relinks the components of the given events (those still stored) and returns how many incidents they make now.</summary>
    /// <exception cref="InvalidOperationException">The components changed under every attempt.</exception>
    public int Link(IReadOnlyCollection<string> eventIds)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        // A first read of the seeds only guesses the window: what is written is read after the versions.
        ReportWindow? window = LinkedReports.Collect(Read(new ReportScope(eventIds)), _ => [], _linker).Window;
        for (int attempt = 1; attempt <= Attempts;)
        {
            var scope = new ReportScope(eventIds, window);
            IReadOnlyDictionary<string, string> versions = store.ReportVersions(scope);
            LinkedReports linked = LinkedReports.Collect(Read(new ReportScope(eventIds)), w => Read(new ReportScope([], w)), _linker, window);
            if (linked.Window != window)
            {
                // The components reach beyond the window whose versions were read: read them anew.
                window = linked.Window;
                continue;
            }

            IReadOnlyList<Incident> incidents = _reconciler.ReconcileAll(linked.Reports);
            if (store.ReplaceIncidents(incidents, scope, versions))
            {
                return incidents.Count;
            }

            Thread.Sleep(RetryDelay * attempt);
            attempt++;
        }

        throw new InvalidOperationException($"The incidents of {eventIds.Count} reports could not be linked: other writers changed their reports {Attempts} times.");
    }

    private List<Report> Read(ReportScope scope) => [.. store.ReadReports(scope).Select(r => r.ToReport())];
}
