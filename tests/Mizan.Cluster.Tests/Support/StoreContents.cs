using Mizan.Reconciliation;
using Mizan.Storage;

namespace Mizan.Cluster.Tests.Support;

/// <summary>What a store holds, as lines of text that two stores can be compared by.</summary>
internal static class StoreContents
{
    /// <summary>Every stored event, as comparable text: id, article, type, status, place, date, fatalities, background.</summary>
    public static List<string> Reports(IEventStore store) =>
        [.. store.ReadReports().Select(r =>
            $"{r.Event.Id} {r.Article.Id} {r.Event.Type} {r.Event.Status} {r.Event.Location?.GazetteerId} {r.Event.Date?.Start}-{r.Event.Date?.End} {r.Event.Fatalities?.Low}/{r.Event.Fatalities?.Best}/{r.Event.Fatalities?.High} {r.Event.Background}")];

    /// <summary>Every incident, as comparable text: id, its reports, type, place, date, fatalities, dispute.</summary>
    public static List<string> Incidents(IEventStore store) =>
        [.. store.ReadIncidents(EventFilter.All).Select(s => s.Incident).Select(Describe)];

    public static string Describe(Incident i) =>
        $"{i.Id} [{string.Join(",", i.Reports.Select(r => r.Event.Id))}] {i.Type} {i.Status} {i.Location?.GazetteerId} {i.Date?.Start}-{i.Date?.End} {i.Fatalities?.Low}/{i.Fatalities?.Best}/{i.Fatalities?.High} {i.Disputed} {i.Background}";
}
