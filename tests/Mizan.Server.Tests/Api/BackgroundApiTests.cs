using System.Net;
using System.Text.Json;
using Mizan.Server.Tests.Support;

namespace Mizan.Server.Tests.Api;

/// <summary>
/// Background events (an attack the article recalls from years before) are stored and listed,
/// marked, but the map, the timeline, the actors, the summary and the exports leave them out
/// unless <c>background=include</c> asks for them.
/// </summary>
public sealed class BackgroundApiTests(BackgroundStoreFixture fixture) : IClassFixture<BackgroundStoreFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task The_list_shows_a_background_event_marked_and_says_how_many_of_the_total_are_background()
    {
        JsonElement page = await ApiAssert.Get(_client, "api/events?limit=500");

        JsonElement[] events = [.. page.GetProperty("events").EnumerateArray()];
        JsonElement recall = Assert.Single(events, e => e.GetProperty("article").GetProperty("id").GetString() == "test-recall-1");
        Assert.True(recall.GetProperty("background").GetBoolean());
        Assert.Equal("2012-03-14", recall.GetProperty("day").GetString());
        Assert.Contains(events, e => e.GetProperty("article").GetProperty("id").GetString() == "test-gao-1" && !e.GetProperty("background").GetBoolean());
        Assert.Equal(events.Length, page.GetProperty("total").GetInt32());
        Assert.Equal(events.Count(e => e.GetProperty("background").GetBoolean()), page.GetProperty("background").GetInt32());
    }

    [Fact]
    public async Task The_map_and_the_timeline_do_not_count_background_unless_asked()
    {
        JsonElement places = await ApiAssert.Get(_client, "api/places");
        JsonElement placesWith = await ApiAssert.Get(_client, "api/places?background=include");
        JsonElement timeline = await ApiAssert.Get(_client, "api/timeline");
        JsonElement timelineWith = await ApiAssert.Get(_client, "api/timeline?background=include");

        Assert.Equal(1, Gao(places).GetProperty("events").GetInt32());
        Assert.Equal(7, Gao(places).GetProperty("fatalities").GetInt64());
        Assert.Equal(1, places.GetProperty("background").GetInt32());
        Assert.Equal(2, Gao(placesWith).GetProperty("events").GetInt32());
        Assert.Equal(0, placesWith.GetProperty("background").GetInt32());
        Assert.DoesNotContain(timeline.GetProperty("days").EnumerateArray(), d => d.GetProperty("day").GetString() == "2012-03-14");
        Assert.Equal(1, timeline.GetProperty("background").GetInt32());
        Assert.Contains(timelineWith.GetProperty("days").EnumerateArray(), d => d.GetProperty("day").GetString() == "2012-03-14");
        Assert.Equal(timeline.GetProperty("total").GetInt32() + 1, timelineWith.GetProperty("total").GetInt32());

        static JsonElement Gao(JsonElement result) =>
            Assert.Single(result.GetProperty("places").EnumerateArray(), p => p.GetProperty("name").GetString() == "Gao");
    }

    [Fact]
    public async Task The_summary_counts_events_without_the_background_and_says_how_many_there_are()
    {
        JsonElement summary = await ApiAssert.Get(_client, "api/summary");
        JsonElement page = await ApiAssert.Get(_client, "api/events?limit=500");

        JsonElement counts = summary.GetProperty("counts");
        Assert.Equal(1, counts.GetProperty("background_events").GetInt32());
        Assert.Equal(page.GetProperty("total").GetInt32() - 1, counts.GetProperty("events").GetInt32());
        Assert.StartsWith("2018-", summary.GetProperty("first_day").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_leave_background_out_unless_asked()
    {
        string without = await _client.GetStringAsync(new Uri("api/export/jsonl", UriKind.Relative));
        string with = await _client.GetStringAsync(new Uri("api/export/jsonl?background=include", UriKind.Relative));

        Assert.DoesNotContain("test-recall-1", without, StringComparison.Ordinal);
        Assert.Contains("test-gao-1", without, StringComparison.Ordinal);
        Assert.Contains("test-recall-1", with, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/places?background=all")]
    [InlineData("api/timeline?background=yes")]
    [InlineData("api/export/acled?background=1")]
    public async Task A_background_value_other_than_include_or_exclude_is_a_400(string path)
    {
        JsonElement problem = await ApiAssert.Problem(await _client.GetAsync(new Uri(path, UriKind.Relative)), HttpStatusCode.BadRequest);

        Assert.Contains("background", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
