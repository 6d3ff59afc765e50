using Mizan.Cluster.Linking;
using Mizan.Cluster.Tests.Support;
using Mizan.IO.Input;
using Mizan.Pipeline;
using Mizan.Reconciliation;
using Mizan.Storage;
using Mizan.Storage.Ingest;
using Mizan.Storage.Linking;
using Mizan.Testing;

namespace Mizan.Cluster.Tests.Linking;

/// <summary>
/// The cells' linkers without a cluster, on SQLite stores: linking the new reports cell by cell,
/// batch after batch, gives the incidents of a full rebuild, incidents that span cells included.
/// </summary>
public sealed class CellLinkerTests : IDisposable
{
    private static readonly Lazy<MizanEngine> Engine = new(() => MizanEngine.CreateDefault(TimeProvider.System, IngestOptions.Extraction));

    private readonly string _folder = Directory.CreateTempSubdirectory("mizan-cells-").FullName;

    // 884 articles whose incidents link across articles, some across weeks and regions.
    private static string[] Inputs => [SharedData.Path("corpus", "ant2", "France24-middleEast.trec.gz")];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Cells_linked_batch_by_batch_in_any_order_give_the_incidents_of_a_full_rebuild()
    {
        using IEventStore expected = EventStores.Open(Path.Combine(_folder, "single.db"), create: true);
        Ingestor.WithEngine(expected, Engine.Value).Run(Inputs, new IngestOptions { Threads = 2 });

        using IEventStore store = EventStores.Open(Path.Combine(_folder, "cells.db"), create: true);
        var linking = (ILinkingStore)store;
        var ingestor = Ingestor.WithEngine(store, Engine.Value);
        List<(Article Article, string Input)> articles = ReadArticles();

        // Three batches taken across the files (every third article), so that incidents span batches.
        var cellsLinked = new HashSet<string>(StringComparer.Ordinal);
        for (int batch = 0; batch < 3; batch++)
        {
            foreach ((Article article, string input) in articles.Where((_, i) => i % 3 == batch))
            {
                ingestor.IngestOne(article, input, TimeSpan.FromMinutes(1));
            }

            Assert.False(linking.MarkIncidentsLinked());
            var cells = linking.ReadUnlinkedReports()
                .GroupBy(r => IncidentCell.Of(r.ToReport()).Key, StringComparer.Ordinal)
                .OrderByDescending(g => g.Key, StringComparer.Ordinal)
                .ToList();
            Assert.NotEmpty(cells);
            foreach (IGrouping<string, StoredReport> cell in cells)
            {
                new CellLinker(linking).Link([.. cell.Select(r => r.Event.Id)]);
                cellsLinked.Add(cell.Key);
            }

            Assert.Empty(linking.ReadUnlinkedReports());
            Assert.True(linking.MarkIncidentsLinked());
        }

        Assert.False(store.IncidentsAreStale());
        Assert.Equal(expected.Counts(), store.Counts());
        List<string> want = StoreContents.Incidents(expected);
        Assert.Contains(expected.ReadIncidents(EventFilter.All), i => i.Incident.Reports.Select(IncidentCell.Of).Distinct().Count() > 1);
        Assert.Equal(want, StoreContents.Incidents(store));
        Assert.True(cellsLinked.Count > 1, $"only {cellsLinked.Count} cell");
    }

    [Fact]
    public void Incidents_computed_from_reports_another_writer_changed_meanwhile_are_not_written()
    {
        using IEventStore store = EventStores.Open(Path.Combine(_folder, "race.db"), create: true);
        var linking = (ILinkingStore)store;
        var ingestor = Ingestor.WithEngine(store, Engine.Value);
        var first = new Article("kidal", "اشتباكات في كيدال", "قتل ثلاثة جنود في اشتباكات في مدينة كيدال شمال مالي يوم الأحد.", new DateOnly(2024, 3, 4));
        Assert.Equal(ArticleOutcomeKind.Added, ingestor.IngestOne(first, "test:1", TimeSpan.FromMinutes(1)).Kind);
        IReadOnlyList<StoredReport> reports = linking.ReadUnlinkedReports();
        Assert.NotEmpty(reports);
        var scope = new ReportScope([.. reports.Select(r => r.Event.Id)]);
        IReadOnlyDictionary<string, string> versions = linking.ReportVersions(scope);
        IReadOnlyList<Incident> incidents = new IncidentReconciler().ReconcileAll(reports.Select(r => r.ToReport()));

        // The article replaced by a changed version between the read and the write.
        Assert.Equal(ArticleOutcomeKind.Added, ingestor.IngestOne(first with { Body = first.Body + " وأصيب خمسة آخرون." }, "test:2", TimeSpan.FromMinutes(1)).Kind);

        Assert.False(linking.ReplaceIncidents(incidents, scope, versions));
        Assert.Equal(0, store.Counts().Incidents);

        // Read again, the changed version's reports link.
        IReadOnlyList<StoredReport> fresh = linking.ReadUnlinkedReports();
        var freshScope = new ReportScope([.. fresh.Select(r => r.Event.Id)]);
        IReadOnlyList<Incident> freshIncidents = new IncidentReconciler().ReconcileAll(fresh.Select(r => r.ToReport()));
        Assert.True(linking.ReplaceIncidents(freshIncidents, freshScope, linking.ReportVersions(freshScope)));
        Assert.Equal(freshIncidents.Count, store.Counts().Incidents);
        Assert.Empty(linking.ReadUnlinkedReports());
    }

    private static List<(Article Article, string Input)> ReadArticles()
    {
        var reader = new ArticleReader(new IngestOptions().Reader);
        return [.. reader.Read(Inputs, CancellationToken.None).Where(r => r.IsArticle).Select(r => (r.Article!, r.Location))];
    }
}
