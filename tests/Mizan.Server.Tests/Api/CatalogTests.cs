using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Mizan.Server.Catalog;
using Mizan.Server.Tests.Support;
using Mizan.Storage;

namespace Mizan.Server.Tests.Api;

/// <summary>
/// The events list is answered from memory: it must select exactly what the store's SQL selects,
/// and follow the store when another process writes to it.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class CatalogTests(CorpusFixture fixture)
{
    public static TheoryData<string> Filters => new()
    {
        string.Empty,
        "country=MLI",
        "country=syria",
        "country=IRQ&type=ASSAULT",
        "type=protest",
        "status=denied",
        "status=planned",
        "from=2018-01-01&to=2018-03-31",
        "from=2017-06-01",
        "to=2016-12-31",
        "actor=state",
        "actor=" + Uri.EscapeDataString("الجيش"),
        "q=" + Uri.EscapeDataString("دمشق"),
        "q=" + Uri.EscapeDataString("كيدال") + "&type=ASSAULT",
        "bbox=35,32,43,38",
        "bbox=170,-10,-170,10",
        "country=SYR&bbox=36,33,37,34&from=2018-01-01",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task The_events_listed_are_exactly_those_the_store_selects_newest_first(string query)
    {
        RunningServer server = fixture.Server;
        JsonElement page = await ApiAssert.Get(server.Client, "api/events?limit=500&" + query);
        var request = new Microsoft.AspNetCore.Http.DefaultHttpContext().Request;
        request.QueryString = new Microsoft.AspNetCore.Http.QueryString("?" + query);
        EventFilter filter = Mizan.Server.Api.FilterQuery.Filter(request, out string? error)!;
        Assert.Null(error);

        using IEventStore store = EventStores.Open(server.StorePath, create: false);
        string[] expected = [.. store.Search(filter, 500).Select(h => h.Report.Event.Id)];

        Assert.Equal(store.SearchIds(filter).Count, page.GetProperty("total").GetInt32());
        Assert.Equal(expected, ApiAssert.Ids(page));
    }

    [Fact]
    public async Task The_catalog_reads_the_store_again_when_another_writer_changed_it_once_the_interval_passed()
    {
        using var folder = new TempFolder();
        string path = folder.File("store.db");
        using IEventStore store = EventStores.Open(path, create: true);
        var time = new FakeTimeProvider();
        using var catalog = new EventCatalog(store, new ServerSettings { RefreshInterval = TimeSpan.FromSeconds(5), Time = time }, NullLogger<EventCatalog>.Instance);
        await catalog.RefreshAsync(force: true);
        Assert.Empty(catalog.Current.Rows);

        var ingest = Mizan.Storage.Ingest.Ingestor.WithEngine(store, Engine.Default);
        string input = folder.File("in.jsonl");
        await File.WriteAllTextAsync(input, JsonLines.Of(Articles.GaoAttack()) + "\n");
        ingest.Run([input], new Mizan.Storage.Ingest.IngestOptions { Threads = 1 });

        Assert.Empty(catalog.Current.Rows);
        time.Advance(TimeSpan.FromSeconds(6));
        _ = catalog.Current;
        CatalogSnapshot snapshot = catalog.Current;
        for (int i = 0; i < 200 && snapshot.Rows.IsEmpty; i++)
        {
            await Task.Delay(50);
            snapshot = catalog.Current;
        }

        Assert.Contains(snapshot.Rows, r => r.Article.Id == "test-gao-1");
        Assert.Equal(store.Generation(), snapshot.Generation);
    }

    [Fact]
    public void The_corpus_server_holds_the_founding_article_and_the_slice()
    {
        using IEventStore store = EventStores.Open(fixture.Server.StorePath, create: false);

        Assert.True(store.Counts().Articles >= CorpusFixture.SliceSize);
        Assert.NotNull(store.ReadArticle("000_8a5884cea243e787"));
        Assert.NotNull(fixture.Server.Server.Services.GetService<EventCatalog>());
    }
}
