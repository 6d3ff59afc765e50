using System.Globalization;
using System.Text.Json;
using Mizan.Pipeline;
using Mizan.Server.Tests.Support;
using Mizan.Storage;
using Mizan.Storage.Ingest;
using Mizan.Storage.Web;

namespace Mizan.Server.Tests.Api;

/// <summary>An article read from the web (<c>mizan watch</c>, <c>mizan ingest --url</c>) shows where and when it was fetched.</summary>
public sealed class WebArticleApiTests
{
    [Fact]
    public async Task An_event_of_a_fetched_article_gives_its_address_fetch_time_and_other_addresses()
    {
        await using RunningServer server = await RunningServer.StartAsync([Articles.TunisProtest()]);
        Article article = Articles.GaoAttack() with { Id = "web-00112233aabbccdd", Url = "http://127.0.0.1/news/gao" };
        Document document = Engine.Default.Process(article, CancellationToken.None);
        var web = new WebSource(
            "http://127.0.0.1/news/gao",
            DateTimeOffset.Parse("2026-12-03T05:10:00Z", CultureInfo.InvariantCulture),
            DateTimeOffset.Parse("2026-12-03T03:56:00+01:00", CultureInfo.InvariantCulture),
            "sahel",
            WebArticleIds.TextHash(article.Title, article.Body),
            ["http://127.0.0.1/amp/gao"],
            "مراسل");
        ArticleRecord record = ArticleRecords.From(document, ContentHash.Of(article), article.Url!, Engine.Default.Resources.Gazetteer) with { Web = web };
        using (IEventStore store = EventStores.Open(server.StorePath, create: false))
        {
            Assert.Equal(1, store.Write([record], []));
        }

        JsonElement one = await ApiAssert.Get(server.Client, "api/events/" + record.Events[0].Id);
        JsonElement fetch = one.GetProperty("fetch");
        Assert.Equal("http://127.0.0.1/news/gao", fetch.GetProperty("url").GetString());
        Assert.Equal("2026-12-03T05:10:00+00:00", fetch.GetProperty("fetched_at").GetString());
        Assert.Equal("2026-12-03T03:56:00+01:00", fetch.GetProperty("published_at").GetString());
        Assert.Equal(("sahel", "مراسل"), (fetch.GetProperty("feed").GetString(), fetch.GetProperty("author").GetString()));
        Assert.Equal(["http://127.0.0.1/amp/gao"], fetch.GetProperty("other_urls").EnumerateArray().Select(u => u.GetString()));

        // An article read from a file has no fetch.
        using IEventStore reader = EventStores.Open(server.StorePath, create: false);
        string fileEvent = reader.ReadArticleEvents(Articles.TunisProtest().Id)[0].Event.Id;
        Assert.Equal(JsonValueKind.Null, (await ApiAssert.Get(server.Client, "api/events/" + fileEvent)).GetProperty("fetch").ValueKind);
    }
}
