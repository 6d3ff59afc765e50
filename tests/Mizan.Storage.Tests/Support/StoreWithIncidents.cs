using Mizan.Events;
using Mizan.Reconciliation;
using static Mizan.Storage.Tests.Support.Build;

namespace Mizan.Storage.Tests.Support;

/// <summary>
/// A SQLite store in a temporary folder holding hand-built reports: one attack on Kidal told by
/// three outlets (12 killed; 20 killed; a denial), one in Gao, a protest located only in Mali,
/// and a planned attack.
/// </summary>
internal sealed class StoreWithIncidents : IDisposable
{
    private readonly TempFolder _folder = new();

    public StoreWithIncidents()
    {
        Path = _folder.File("incidents.db");
        using IEventStore store = EventStores.Open(Path, create: true);
        store.Write(
            [
                Record("outlet-a-1", "12 جنديا في كيدال", Assault("ev-a", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("article", SourceKind.Unattributed, 12)])),
                Record("outlet-b-1", "20 جنديا في كيدال", Assault("ev-b", Kidal(), Day(June2), [Rebels("MNLA"), Army()], [Killed("Security source", SourceKind.Military, 20)])),
                Record("outlet-c-1", "نفي في كيدال", Assault("ev-c", Kidal(), Day(June2), [Army()], [Killed("Ministry of Defence of Mali", SourceKind.Government, 0, denial: true)], EventStatus.Denied)),
                Record("outlet-d-1", "5 في غاو", Assault("ev-d", Gao(), Day(June2), [Gunmen(), Army()], [Killed("article", SourceKind.Unattributed, 5)])),
                Record("outlet-e-1", "مظاهرة في مالي", Assault("ev-e", Mali(), Day(June2), [], [], type: "PROTEST") with { Acled = new AcledType("Protests", "Peaceful protest") }),
                Record("outlet-f-1", "تهديد", Assault("ev-f", Kidal(), Day(June2.AddDays(9)), [Gunmen()], [], EventStatus.Planned)),
            ],
            []);
        store.RebuildIncidents(new IncidentReconciler());
    }

    /// <summary>The SQLite file.</summary>
    public string Path { get; }

    public void Dispose() => _folder.Dispose();
}
