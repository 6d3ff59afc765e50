using System.Net;
using System.Text.Json;
using Mizan.Server.Tests.Support;

namespace Mizan.Server.Tests.Api;

/// <summary>The read API over a small store: the founding article, an attack in Gao, a protest in Tunis.</summary>
public sealed class EventApiTests(SmallStoreFixture fixture) : IClassFixture<SmallStoreFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Events_are_listed_newest_first_in_pages_with_the_total()
    {
        JsonElement all = await ApiAssert.Get(_client, "api/events?limit=500");
        JsonElement first = await ApiAssert.Get(_client, "api/events?limit=2");
        JsonElement second = await ApiAssert.Get(_client, "api/events?limit=2&offset=2");

        int total = all.GetProperty("total").GetInt32();
        Assert.True(total >= 4, $"{total} events");
        Assert.Equal(total, first.GetProperty("total").GetInt32());
        Assert.Equal(ApiAssert.Ids(all).Take(4), ApiAssert.Ids(first).Concat(ApiAssert.Ids(second)));
        string[] days = [.. all.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("day").GetString() ?? "0001-01-01")];
        Assert.Equal(days.OrderDescending(StringComparer.Ordinal), days);
    }

    [Fact]
    public async Task Filters_select_by_country_type_status_dates_actor_words_place_and_bounding_box()
    {
        string[] mali = ApiAssert.Ids(await ApiAssert.Get(_client, "api/events?country=MLI&limit=500"));
        string[] maliByName = ApiAssert.Ids(await ApiAssert.Get(_client, "api/events?country=mali&limit=500"));
        JsonElement gao = await ApiAssert.Get(_client, "api/events?type=assault&q=" + Uri.EscapeDataString("غاو") + "&from=2018-06-01&to=2018-06-30");
        JsonElement tunisia = await ApiAssert.Get(_client, "api/events?bbox=7,30,12,38");
        JsonElement army = await ApiAssert.Get(_client, "api/events?actor=military%20forces%20of%20mali&status=occurred");

        Assert.NotEmpty(mali);
        Assert.Equal(mali, maliByName);
        JsonElement attack = Assert.Single(gao.GetProperty("events").EnumerateArray());
        Assert.Equal(("ASSAULT", "Gao", "test-gao-1"), (attack.GetProperty("type").GetString(), attack.GetProperty("place").GetProperty("name").GetString(), attack.GetProperty("article").GetProperty("id").GetString()));
        Assert.All(tunisia.GetProperty("events").EnumerateArray(), e => Assert.Equal("TUN", e.GetProperty("place").GetProperty("country").GetString()));
        Assert.NotEqual(0, tunisia.GetProperty("total").GetInt32());
        Assert.Contains(attack.GetProperty("id").GetString(), ApiAssert.Ids(army));
        string placeId = attack.GetProperty("place").GetProperty("id").GetString()!;
        JsonElement atGao = await ApiAssert.Get(_client, "api/events?place=" + Uri.EscapeDataString(placeId));
        Assert.All(atGao.GetProperty("events").EnumerateArray(), e => Assert.Equal("Gao", e.GetProperty("place").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task One_event_comes_with_its_claims_evidence_article_text_and_the_other_account_of_the_clash()
    {
        JsonElement kidal = await ApiAssert.Get(_client, "api/events?country=MLI&type=ASSAULT&q=" + Uri.EscapeDataString("كيدال") + "&limit=50");
        string[] ids = ApiAssert.Ids(kidal);
        Assert.NotEmpty(ids);

        var sources = new List<(string Name, string Kind, bool Denial)>();
        foreach (string id in ids)
        {
            JsonElement one = await ApiAssert.Get(_client, "api/events/" + id);
            string text = one.GetProperty("text").GetString()!;
            JsonElement e = one.GetProperty("event");
            Assert.Equal(id, e.GetProperty("id").GetString());
            foreach (JsonElement evidence in e.GetProperty("evidence").EnumerateArray().Concat(e.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("evidence"))))
            {
                int start = evidence.GetProperty("start").GetInt32();
                int end = evidence.GetProperty("end").GetInt32();
                Assert.Equal(evidence.GetProperty("text").GetString(), text[start..end]);
            }

            foreach (JsonElement claim in e.GetProperty("claims").EnumerateArray().Concat(one.GetProperty("accounts").EnumerateArray().SelectMany(a => a.GetProperty("claims").EnumerateArray())))
            {
                JsonElement source = claim.GetProperty("source");
                sources.Add((source.GetProperty("name").GetString()!, source.GetProperty("kind").GetString()!, claim.GetProperty("denial").GetBoolean()));
            }
        }

        // The founding article: the ministry says 20 rebels were killed; the rebels deny any loss.
        Assert.Contains(sources, s => s.Name.Contains("Ministry of Defence of Mali", StringComparison.Ordinal) && s.Kind == "government");
        Assert.Contains(sources, s => s.Kind == "armed_group" && s.Denial);
    }

    [Fact]
    public async Task An_unknown_event_or_article_is_a_404_problem()
    {
        await ApiAssert.Problem(await _client.GetAsync(new Uri("api/events/ev-0000000000000000", UriKind.Relative)), HttpStatusCode.NotFound);
        await ApiAssert.Problem(await _client.GetAsync(new Uri("api/articles/none", UriKind.Relative)), HttpStatusCode.NotFound);
        await ApiAssert.Problem(await _client.GetAsync(new Uri("api/export/xlsx", UriKind.Relative)), HttpStatusCode.NotFound);
        await ApiAssert.Problem(await _client.GetAsync(new Uri("api/nothing/here", UriKind.Relative)), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("api/events?from=2018-13-01")]
    [InlineData("api/events?to=yesterday")]
    [InlineData("api/events?bbox=1,2,3")]
    [InlineData("api/events?bbox=10,20,30,95")]
    [InlineData("api/events?limit=0")]
    [InlineData("api/events?limit=501")]
    [InlineData("api/events?offset=-1")]
    [InlineData("api/timeline?from=x")]
    [InlineData("api/places?bbox=a,b,c,d")]
    [InlineData("api/articles?limit=x")]
    [InlineData("api/export/acled?from=x")]
    public async Task Bad_parameters_are_a_400_problem_that_says_what_is_wrong(string path)
    {
        JsonElement problem = await ApiAssert.Problem(await _client.GetAsync(new Uri(path, UriKind.Relative)), HttpStatusCode.BadRequest);

        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_timeline_counts_every_selected_event_once_per_day()
    {
        JsonElement timeline = await ApiAssert.Get(_client, "api/timeline?country=MLI");
        JsonElement list = await ApiAssert.Get(_client, "api/events?country=MLI&limit=500");

        int perDay = timeline.GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("events").GetInt32());
        Assert.Equal(list.GetProperty("total").GetInt32() - list.GetProperty("background").GetInt32(), perDay + timeline.GetProperty("undated").GetInt32());
        long killed = list.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("day").ValueKind == JsonValueKind.String && e.GetProperty("fatalities").ValueKind == JsonValueKind.Object && !e.GetProperty("background").GetBoolean())
            .Sum(e => e.GetProperty("fatalities").GetProperty("best").GetInt64());
        Assert.Equal(killed, timeline.GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("fatalities").GetInt64()));
        string[] days = [.. timeline.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("day").GetString()!)];
        Assert.Equal(days.Order(StringComparer.Ordinal), days);
    }

    [Fact]
    public async Task Places_add_up_the_events_and_fatalities_at_each_place_with_coordinates()
    {
        JsonElement places = await ApiAssert.Get(_client, "api/places");
        JsonElement list = await ApiAssert.Get(_client, "api/events?limit=500");

        JsonElement gao = Assert.Single(places.GetProperty("places").EnumerateArray(), p => p.GetProperty("name").GetString() == "Gao");
        Assert.InRange(gao.GetProperty("lat").GetDouble(), 16, 17);
        Assert.InRange(gao.GetProperty("lon").GetDouble(), -1, 1);
        var atGao = list.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("place").ValueKind == JsonValueKind.Object && e.GetProperty("place").GetProperty("id").GetString() == gao.GetProperty("id").GetString()).ToList();
        Assert.Equal(atGao.Count, gao.GetProperty("events").GetInt32());
        Assert.Equal(atGao.Sum(e => e.GetProperty("fatalities").ValueKind == JsonValueKind.Object ? e.GetProperty("fatalities").GetProperty("best").GetInt64() : 0), gao.GetProperty("fatalities").GetInt64());
        Assert.True(gao.GetProperty("fatalities").GetInt64() > 0);
    }

    [Fact]
    public async Task Articles_are_listed_and_one_article_comes_with_its_text_and_events()
    {
        JsonElement list = await ApiAssert.Get(_client, "api/articles?limit=10");
        JsonElement found = await ApiAssert.Get(_client, "api/articles?q=" + Uri.EscapeDataString("تونس"));
        JsonElement gao = await ApiAssert.Get(_client, "api/articles/test-gao-1");

        Assert.Equal(3, list.GetProperty("total").GetInt32());
        Assert.Equal(["test-gao-1", "test-tunis-1", "000_8a5884cea243e787"], list.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("article").GetProperty("id").GetString()));
        Assert.Equal("test-tunis-1", Assert.Single(found.GetProperty("articles").EnumerateArray()).GetProperty("article").GetProperty("id").GetString());
        Assert.Equal(Articles.GaoAttack().Text, gao.GetProperty("text").GetString());
        Assert.Equal("https://example.org/gao-1", gao.GetProperty("article").GetProperty("url").GetString());
        Assert.Contains(gao.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "ASSAULT");
    }

    [Fact]
    public async Task Actors_are_counted_over_the_selected_events()
    {
        JsonElement actors = await ApiAssert.Get(_client, "api/actors?actor=mali");

        JsonElement army = Assert.Single(actors.GetProperty("actors").EnumerateArray(), a => a.GetProperty("name").GetString() == "Military Forces of Mali");
        Assert.Equal("state_forces", army.GetProperty("kind").GetString());
        Assert.True(army.GetProperty("events").GetInt32() >= 1);
        Assert.All(actors.GetProperty("actors").EnumerateArray(), a => Assert.Contains("mali", a.GetProperty("name").GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_summary_names_the_countries_types_and_statuses_with_their_counts()
    {
        JsonElement summary = await ApiAssert.Get(_client, "api/summary");

        Assert.Equal(3, summary.GetProperty("counts").GetProperty("articles").GetInt32());
        Assert.Contains(summary.GetProperty("countries").EnumerateArray(), c => c.GetProperty("code").GetString() == "MLI" && c.GetProperty("name").GetString() == "Mali");
        Assert.Contains(summary.GetProperty("types").EnumerateArray(), t => t.GetProperty("type").GetString() == "ASSAULT");
        Assert.Contains(summary.GetProperty("statuses").EnumerateArray(), s => s.GetProperty("status").GetString() == "occurred");
        Assert.Equal("2018-06-05", summary.GetProperty("published").GetProperty("last").GetString());
        Assert.False(summary.GetProperty("incidents_stale").GetBoolean());
    }

    [Theory]
    [InlineData("acled", "text/csv", "mizan-acled.csv")]
    [InlineData("ucdp", "text/csv", "mizan-ucdp.csv")]
    [InlineData("geojson", "application/geo+json", "mizan-geojson.geojson")]
    [InlineData("jsonl", "application/jsonl", "mizan-jsonl.jsonl")]
    public async Task Exports_download_in_the_formats_of_mizan_export(string format, string contentType, string fileName)
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri($"api/export/{format}?country=MLI", UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        switch (format)
        {
            case "acled":
                Assert.StartsWith("event_id_cnty,event_date,year", body, StringComparison.Ordinal);
                Assert.Contains(",Mali,", body, StringComparison.Ordinal);
                break;
            case "ucdp":
                Assert.StartsWith("id,relid,year", body, StringComparison.Ordinal);
                break;
            case "geojson":
                JsonElement collection = JsonDocument.Parse(body).RootElement;
                Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
                Assert.All(collection.GetProperty("features").EnumerateArray(), f => Assert.Equal("MLI", f.GetProperty("properties").GetProperty("country").GetString()));
                break;
            default:
                string[] lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.NotEmpty(lines);
                Assert.All(lines, line => Assert.StartsWith("in-", JsonDocument.Parse(line).RootElement.GetProperty("id").GetString(), StringComparison.Ordinal));
                break;
        }
    }
}
