using System.Buffers;
using System.Text.Json;
using Mizan.Events;
using Mizan.Reconciliation;
using Mizan.Storage.Export;
using Mizan.Storage.Ingest;
using Mizan.Storage.Tests.Reconciliation;
using Mizan.Storage.Tests.Support;
using static Mizan.Storage.Tests.Support.Build;

namespace Mizan.Storage.Tests.Stores;

/// <summary>
/// What every store backend must do, run once per backend by the derived classes: round trips,
/// idempotent and transactional writes, failures, incidents, filters and full-text search.
/// </summary>
public abstract class EventStoreContract : IDisposable
{
    private static readonly Lazy<MizanEngine> Engine = new(() => MizanEngine.CreateDefault());

    private IEventStore? _store;

    /// <summary>The store under test, opened on first use.</summary>
    protected IEventStore Store => _store ??= OpenStore();

    /// <summary>Opens a new, empty store (the same one each time it is called within a test).</summary>
    protected abstract IEventStore OpenStore();

    [StoreFact]
    public void An_article_and_its_events_read_back_exactly_as_written()
    {
        Event e = Assault("ev-round", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("Ministry of Defence of Mali", SourceKind.Government, 20), Killed("article", SourceKind.Unattributed, 12)]);
        ArticleRecord record = Record("art-1", "12 جنديا في هجوم على ثكنة في كيدال", e);

        Assert.Equal(1, Store.Write([record], []));

        StoredReport stored = Assert.Single(Store.ReadReports());
        Assert.Equal(Json(record.Events[0]), Json(stored.Event));
        Assert.Equal("art-1", stored.Article.Id);
        Assert.Equal(new DateOnly(2018, 6, 3), stored.Article.Published);
        Assert.Equal("Outlet", stored.Article.Source);
        Assert.Equal(record.Article.Text, Store.ArticleText("art-1"));
        Assert.Equal(new StoreCounts(1, 1, 0, 0), Store.Counts());
    }

    [StoreFact]
    public void Writing_the_same_article_twice_adds_nothing()
    {
        ArticleRecord record = Record("art-1", "في كيدال", Assault("ev-1", Kidal(), Day(June2), [Gunmen()], []));

        Assert.Equal(1, Store.Write([record], []));
        Assert.Equal(0, Store.Write([record], []));

        Assert.Equal(new StoreCounts(1, 1, 0, 0), Store.Counts());
        Assert.Equal(record.ContentHash, Store.StoredHashes(["art-1", "unknown"])["art-1"]);
    }

    [StoreFact]
    public void A_changed_article_replaces_the_stored_version_and_its_events()
    {
        Store.Write([Record("art-1", "في كيدال", Assault("ev-old", Kidal(), Day(June2), [Gunmen()], []))], []);

        ArticleRecord changed = Record("art-1", "في غاو اليوم", Assault("ev-new", Gao(), Day(June2), [Gunmen()], []));
        Assert.Equal(1, Store.Write([changed], []));

        Assert.Equal(["ev-new"], Store.ReadReports().Select(r => r.Event.Id));
        Assert.Equal(changed.ContentHash, Store.StoredHashes(["art-1"])["art-1"]);
        Assert.Empty(Store.Search(new EventFilter(Text: "كيدال"), 10));
        Assert.Single(Store.Search(new EventFilter(Text: "غاو"), 10));
    }

    [StoreFact]
    public void Two_versions_of_an_article_in_one_write_leave_the_second_and_only_its_words()
    {
        ArticleRecord first = Record("art-1", "في كيدال", Assault("ev-old", Kidal(), Day(June2), [Gunmen()], []));
        ArticleRecord second = Record("art-1", "في غاو اليوم", Assault("ev-new", Gao(), Day(June2), [Gunmen()], []));
        ArticleRecord other = Record("art-2", "في مدينة تمبكتو", Assault("ev-other", Gao(), Day(June2), [Gunmen()], []));
        Store.Write([first, other, second], []);

        Assert.Equal(["ev-new", "ev-other"], Store.ReadReports().Select(r => r.Event.Id).Order(StringComparer.Ordinal));
        Assert.Empty(Store.Search(new EventFilter(Text: "كيدال"), 10));
        Assert.Equal(["ev-new"], Store.Search(new EventFilter(Text: "غاو اليوم"), 10).Select(h => h.Report.Event.Id));
        Assert.Equal(["ev-other"], Store.Search(new EventFilter(Text: "تمبكتو"), 10).Select(h => h.Report.Event.Id));
    }

    [StoreFact]
    public void Failures_are_recorded_once_and_cleared_when_the_article_is_stored()
    {
        FailedArticle failure = FailedArticle.Processing("art-1", "hash", "in.jsonl:3", "processing article 'art-1' failed: boom");
        FailedArticle unreadable = FailedArticle.Unreadable("in.jsonl:4", "json-malformed", "not JSON");
        Store.Write([], [failure, unreadable]);
        Store.Write([], [failure, unreadable]);

        Assert.Equal([failure, unreadable], Store.Failures());

        Store.Write([Record("art-1", "في كيدال")], []);
        Assert.Equal([unreadable], Store.Failures());
    }

    [StoreFact]
    public void Incidents_are_rebuilt_from_the_stored_events_and_read_back_with_their_reports()
    {
        Store.Write(
            [
                Record("a", "في كيدال", Assault("ev-a", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("article", SourceKind.Unattributed, 12)])),
                Record("b", "في كيدال", Assault("ev-b", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("Security source", SourceKind.Military, 20)])),
                Record("c", "في غاو", Assault("ev-c", Gao(), Day(June2), [Gunmen()], [Killed("article", SourceKind.Unattributed, 5)])),
            ],
            []);
        Assert.True(Store.IncidentsAreStale());

        Assert.Equal(2, Store.RebuildIncidents(new IncidentReconciler()));

        Assert.False(Store.IncidentsAreStale());
        var incidents = Store.ReadIncidents(EventFilter.All).ToList();
        Assert.Equal(["in-a", "in-c"], incidents.Select(i => i.Incident.Id));
        StoredIncident kidal = incidents[0];
        Assert.Equal(["ev-a", "ev-b"], kidal.Incident.Reports.Select(r => r.Event.Id));
        Assert.Equal(new FatalityEstimate(12, 16, 20), kidal.Incident.Fatalities);
        Assert.Equal("Mali", kidal.Country?.Name);
        Assert.Equal(["a", "b"], kidal.Articles.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, Store.Counts().Incidents + 1);
    }

    [StoreFact]
    public void Filters_select_incidents_by_country_type_dates_actor_and_text()
    {
        Store.Write(
            [
                Record("a", "هجوم في كيدال", Assault("ev-a", Kidal(), Day(June2), [Rebels("MNLA"), Army()], [])),
                Record("b", "مظاهرة في غاو", Assault("ev-b", Gao(), Day(June2.AddDays(10)), [], [], type: "PROTEST")),
            ],
            []);
        Store.RebuildIncidents(new IncidentReconciler());

        string[] Ids(EventFilter filter) => [.. Store.ReadIncidents(filter).Select(i => i.Incident.Id)];

        Assert.Equal(["in-a", "in-b"], Ids(new EventFilter(Country: "mli")));
        Assert.Equal(["in-a", "in-b"], Ids(new EventFilter(Country: "Mali")));
        Assert.Empty(Ids(new EventFilter(Country: "SYR")));
        Assert.Equal(["in-b"], Ids(new EventFilter(Type: "protest")));
        Assert.Equal(["in-a"], Ids(new EventFilter(To: June2)));
        Assert.Equal(["in-b"], Ids(new EventFilter(From: June2.AddDays(1))));
        Assert.Equal(["in-a"], Ids(new EventFilter(Actor: "mnla")));
        Assert.Equal(["in-a"], Ids(new EventFilter(Actor: "الجيش")));
        Assert.Equal(["in-b"], Ids(new EventFilter(Text: "مظاهرة")));
    }

    [StoreFact]
    public void Search_finds_an_Arabic_word_with_its_proclitics_and_without_its_article()
    {
        Store.Write(
            [
                Record("a", "وصلت القوات بالجزائر ثم للعاصمة", Assault("ev-a", Kidal(), Day(June2), [Gunmen()], [])),
                Record("b", "في مدينة غاو", Assault("ev-b", Gao(), Day(June2), [Gunmen()], [])),
            ],
            []);

        Assert.Equal(["ev-a"], Store.Search(new EventFilter(Text: "الجزائر"), 10).Select(h => h.Report.Event.Id));
        Assert.Equal(["ev-a"], Store.Search(new EventFilter(Text: "جزائر العاصمة"), 10).Select(h => h.Report.Event.Id));
        Assert.Equal(["ev-a"], Store.Search(new EventFilter(Text: "بالجزائر"), 10).Select(h => h.Report.Event.Id));
        Assert.Empty(Store.Search(new EventFilter(Text: "الجزائر غاو"), 10));
        Assert.Equal(2, Store.Search(EventFilter.All, 10).Count);
    }

    [StoreFact]
    public void Search_finds_a_word_that_the_article_glued_to_an_emoji()
    {
        Store.Write(
            [
                Record("a", "تعليق على الصورة: Israel👍🏼 والعلم 🇮🇶🦅", Assault("ev-a", Kidal(), Day(June2), [Gunmen()], [])),
                Record("b", "في مدينة غاو", Assault("ev-b", Gao(), Day(June2), [Gunmen()], [])),
            ],
            []);

        Assert.Equal(["ev-a"], Store.Search(new EventFilter(Text: "israel"), 10).Select(h => h.Report.Event.Id));
        Assert.Equal(["ev-a"], Store.Search(new EventFilter(Text: "Israel👍🏼"), 10).Select(h => h.Report.Event.Id));
        Assert.Equal(["ev-a"], Store.Search(new EventFilter(Text: "العلم"), 10).Select(h => h.Report.Event.Id));
        Assert.Empty(Store.Search(new EventFilter(Text: "🦅"), 10));
    }

    [StoreFact]
    public void Ingesting_articles_through_the_engine_twice_adds_nothing_the_second_time()
    {
        using var folder = new TempFolder();
        string input = folder.Write("pair.jsonl", string.Join('\n', ReconcileThroughEngineTests.Articles.Select(ToJsonLine)) + "\n{not json}\n");
        var ingestor = Ingestor.WithEngine(Store, Engine.Value);

        IngestCounts first = ingestor.Run([input], new IngestOptions { Threads = 2, CommitEvery = 2 });
        IngestCounts second = ingestor.Run([input], new IngestOptions { Threads = 2, CommitEvery = 2 });

        Assert.Equal((4, 4, 0, 1), (first.Read, first.Added, first.Unchanged, first.Failed));
        Assert.NotNull(first.Incidents);
        Assert.Equal((4, 0, 4, 1), (second.Read, second.Added, second.Unchanged, second.Failed));
        Assert.Null(second.Incidents);
        FailedArticle failure = Assert.Single(Store.Failures());
        Assert.Equal("json-malformed", failure.Code);
        Assert.Equal(4, Store.Counts().Articles);
        StoredIncident kidal = Assert.Single(Store.ReadIncidents(new EventFilter(Text: "كيدال", Type: "ASSAULT")), i => i.Incident.Location?.Name == "Kidal");
        Assert.Equal(3, kidal.Incident.ArticleCount);
    }

    [StoreFact]
    public void Exports_of_a_store_are_the_same_for_every_backend()
    {
        Store.Write(
            [
                Record("a", "في كيدال", Assault("ev-a", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("article", SourceKind.Unattributed, 12)])),
                Record("b", "في كيدال", Assault("ev-b", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("Ministry of Defence of Mali", SourceKind.Government, 0, denial: true)])),
            ],
            []);
        Store.RebuildIncidents(new IncidentReconciler());
        using var output = new MemoryStream();

        IncidentExporter.Write(ExportFormat.Acled, Store.ReadIncidents(EventFilter.All), output);

        string csv = System.Text.Encoding.UTF8.GetString(output.ToArray());
        Assert.Equal(ExpectedAcled, csv.Split("\r\n")[1]);
    }

    [StoreFact]
    public void Status_bounding_box_and_place_filters_select_events_and_incidents()
    {
        Store.Write(
            [
                Record("a", "هجوم في كيدال", Assault("ev-a", Kidal(), Day(June2), [Gunmen()], [])),
                Record("b", "هجوم في غاو", Assault("ev-b", Gao(), Day(June2), [Gunmen()], [], EventStatus.Denied)),
                Record("c", "مظاهرة", Assault("ev-c", null, Day(June2), [], [], type: "PROTEST")),
            ],
            []);
        Store.RebuildIncidents(new IncidentReconciler());

        string[] Ids(EventFilter filter) => [.. Store.SearchIds(filter).Order(StringComparer.Ordinal)];

        Assert.Equal(["ev-a", "ev-b", "ev-c"], Ids(EventFilter.All));
        Assert.Equal(["ev-b"], Ids(new EventFilter(Status: "denied")));
        Assert.Equal(["ev-a", "ev-c"], Ids(new EventFilter(Status: "Occurred")));
        Assert.Equal(["ev-a"], Ids(new EventFilter(Box: new GeoBox(1, 18, 2, 19))));
        Assert.Equal(["ev-a", "ev-b"], Ids(new EventFilter(Box: new GeoBox(-1, 16, 2, 19))));
        Assert.Empty(Ids(new EventFilter(Box: new GeoBox(170, 16, -170, 19))));
        Assert.Equal(["ev-a"], Ids(new EventFilter(Box: new GeoBox(1, 18, -170, 19))));
        Assert.Equal(["ev-b"], Ids(new EventFilter(Place: "geonames:2457163")));
        Assert.Equal(["in-b"], Store.ReadIncidents(new EventFilter(Status: "denied")).Select(i => i.Incident.Id));
    }

    [StoreFact]
    public void The_generation_changes_when_the_stored_data_changes_and_only_then()
    {
        ArticleRecord record = Record("a", "في كيدال", Assault("ev-a", Kidal(), Day(June2), [Gunmen()], []));
        long empty = Store.Generation();

        Store.Write([record], []);
        long written = Store.Generation();
        Store.Write([record], []);
        long again = Store.Generation();
        Store.RebuildIncidents(new IncidentReconciler());
        long rebuilt = Store.Generation();
        Store.Write([], [FailedArticle.Unreadable("x.jsonl:1", "json-malformed", "not JSON")]);

        Assert.NotEqual(empty, written);
        Assert.Equal(written, again);
        Assert.NotEqual(written, rebuilt);
        Assert.NotEqual(rebuilt, Store.Generation());
    }

    [StoreFact]
    public void Event_rows_hold_every_event_newest_first_with_its_article_place_and_incident()
    {
        Store.Write(
            [
                Record("a", "هجوم في كيدال", Assault("ev-a", Kidal(), Day(June2), [Rebels("MNLA"), Army()], [Killed("article", SourceKind.Unattributed, 12)])),
                Record("b", "هجوم في غاو", Assault("ev-b", Gao(), Day(June2.AddDays(3)), [Gunmen()], [])),
                Record("c", "مظاهرة", Assault("ev-c", null, null, [], [], type: "PROTEST")),
            ],
            []);
        Store.RebuildIncidents(new IncidentReconciler());

        List<EventRow> rows = [.. Store.ReadEventRows()];

        Assert.Equal(["ev-b", "ev-c", "ev-a"], rows.Select(r => r.Id));
        EventRow kidal = rows[2];
        Assert.Equal(("ASSAULT", EventStatus.Occurred, "Kidal", "geonames:2455290", "Mali"), (kidal.Type, kidal.Status, kidal.Location?.Name, kidal.PlaceId, kidal.CountryName));
        Assert.Equal(new FatalityEstimate(12, 12, 12), kidal.Fatalities);
        Assert.Equal(["MNLA", "Military Forces of Mali"], kidal.Actors.Select(a => a.Name));
        Assert.Equal("قتل", kidal.FirstEvidence);
        Assert.Equal(("a", "Outlet", (DateOnly?)new DateOnly(2018, 6, 3)), (kidal.Article.Id, kidal.Article.Source, kidal.Article.Published));
        Assert.Equal(("in-a", false), (kidal.IncidentId, kidal.Disputed));
        Assert.Equal(June2, kidal.Day);
        Assert.Equal(new DateOnly(2018, 6, 3), rows[1].Day);
        Assert.Equal(Store.Search(EventFilter.All, 10).Select(h => h.Report.Event.Id), rows.Select(r => r.Id));
    }

    [StoreFact]
    public void One_event_reads_back_with_its_incident_and_one_article_with_its_events()
    {
        Event first = Assault("ev-a1", Kidal(), Day(June2), [Gunmen()], [Killed("Ministry of Defence of Mali", SourceKind.Government, 20)]);
        Event second = Assault("ev-a2", Gao(), Day(June2), [Gunmen()], [], type: "PROTEST");
        Store.Write([Record("a", "هجوم في كيدال ثم في غاو", first, second), Record("b", "في كيدال", Assault("ev-b", Kidal(), Day(June2), [Gunmen()], []))], []);
        Store.RebuildIncidents(new IncidentReconciler());

        SearchHit hit = Assert.IsType<SearchHit>(Store.ReadEvent("ev-a1"));
        Assert.Equal(("ev-a1", "in-a1", "a"), (hit.Report.Event.Id, hit.IncidentId, hit.Report.Article.Id));
        Assert.Equal("Ministry of Defence of Mali", Assert.Single(hit.Report.Event.Claims).Source.Name);
        Assert.Null(Store.ReadEvent("ev-none"));
        Assert.Equal(["ev-a1", "ev-a2"], Store.ReadArticleEvents("a").Select(r => r.Event.Id));
        Assert.Empty(Store.ReadArticleEvents("none"));
        Assert.Equal("https://example.org/a", Store.ReadArticle("a")?.Url);
        Assert.Null(Store.ReadArticle("none"));
        StoredIncident incident = Assert.IsType<StoredIncident>(Store.ReadIncident("in-a1"));
        Assert.Equal(["ev-a1", "ev-b"], incident.Incident.Reports.Select(r => r.Event.Id));
        Assert.Null(Store.ReadIncident("in-none"));
    }

    [StoreFact]
    public void Articles_are_listed_newest_first_in_pages_with_their_event_counts_and_found_by_their_words()
    {
        Store.Write(
            [
                Record("a", "هجوم في كيدال", Assault("ev-a", Kidal(), Day(June2), [Gunmen()], [])),
                Record("b", "مظاهرة في غاو"),
                Record("c", "اشتباكات بالجزائر"),
            ],
            []);

        ArticlePage all = Store.ReadArticles(null, 0, 2);
        ArticlePage rest = Store.ReadArticles(string.Empty, 2, 2);

        Assert.Equal(3, all.Total);
        Assert.Equal(["a", "b"], all.Articles.Select(a => a.Article.Id));
        Assert.Equal([1, 0], all.Articles.Select(a => a.Events));
        Assert.Equal(["c"], rest.Articles.Select(a => a.Article.Id));
        ArticlePage found = Store.ReadArticles("الجزائر", 0, 10);
        Assert.Equal((1L, "c"), (found.Total, Assert.Single(found.Articles).Article.Id));
        Assert.Equal(0, Store.ReadArticles("كلمةغائبة", 0, 10).Total);
    }

    public void Dispose()
    {
        _store?.Dispose();
        DisposeBackend();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the backend's store used (a file, a schema).</summary>
    protected abstract void DisposeBackend();

    private const string ExpectedAcled =
        "in-a,2018-06-02,2018,1,Political violence,Violence against civilians,Attack,Unidentified Armed Group,,3,Military Forces of Mali,,1,13,Civilian targeting,,Western Africa,Mali,Kidal,,,Kidal,18.44111,1.40778,1,Outlet; https://example.org/a; https://example.org/b,,"
        + "\"\"\"قتل\"\" (a). 2 reports. Fatalities disputed; the lowest figure is given. Claims: article (unattributed, Outlet): 12 (total); Ministry of Defence of Mali (government, Outlet): 0 (total), denial. Low 0, best 6, high 12.\",0,,";

    private static string Json(Event e)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            EventJson.WriteEvent(writer, e);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string ToJsonLine(Mizan.Pipeline.Article a) => JsonSerializer.Serialize(new Dictionary<string, string?>
    {
        ["id"] = a.Id,
        ["title"] = a.Title,
        ["text"] = a.Body,
        ["published"] = a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["source"] = a.Source,
    });
}
