using System.Net;
using System.Text;
using System.Text.Json;
using Mizan.Server.Catalog;
using Mizan.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mizan.Server.Tests.Api;

/// <summary><c>POST /api/articles</c>: extracted and stored at once, only with the API key, bodies bounded.</summary>
public sealed class WriteApiTests
{
    private static readonly Uri Articles = new("api/articles", UriKind.Relative);

    [Fact]
    public async Task Without_a_configured_key_writes_are_refused_with_403_and_a_problem_that_says_how_to_enable_them()
    {
        await using RunningServer server = await RunningServer.StartAsync([], s => s with { ApiKey = null });

        HttpResponseMessage response = await server.Client.SendAsync(RunningServer.WithKey(new HttpRequestMessage(HttpMethod.Post, Articles) { Content = RunningServer.JsonBody(JsonLines.Of(Support.Articles.GaoAttack())) }));

        JsonElement problem = await ApiAssert.Problem(response, HttpStatusCode.Forbidden);
        Assert.Contains("MIZAN_API_KEY", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(server.Server.WritesEnabled);
    }

    [Fact]
    public async Task A_missing_or_wrong_key_is_401_and_stores_nothing()
    {
        await using RunningServer server = await RunningServer.StartAsync([]);
        string body = JsonLines.Of(Support.Articles.GaoAttack());

        HttpResponseMessage missing = await server.Client.PostAsync(Articles, RunningServer.JsonBody(body));
        HttpResponseMessage wrong = await server.Client.SendAsync(RunningServer.WithKey(new HttpRequestMessage(HttpMethod.Post, Articles) { Content = RunningServer.JsonBody(body) }, "not-the-key"));

        await ApiAssert.Problem(missing, HttpStatusCode.Unauthorized);
        await ApiAssert.Problem(wrong, HttpStatusCode.Unauthorized);
        Assert.Equal(0, (await ApiAssert.Get(server.Client, "api/articles")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Posted_articles_are_extracted_stored_and_listed_at_once_and_posting_them_again_changes_nothing()
    {
        await using RunningServer server = await RunningServer.StartAsync([]);
        string body = "[" + JsonLines.Of(Support.Articles.GaoAttack()) + "," + JsonLines.Of(Support.Articles.TunisProtest()) + "]";

        JsonElement first = await ApiAssert.Json(await Post(server, body), HttpStatusCode.Created);
        JsonElement listed = await ApiAssert.Get(server.Client, "api/events?q=" + Uri.EscapeDataString("غاو"));
        JsonElement again = await ApiAssert.Json(await Post(server, body), HttpStatusCode.OK);

        Assert.Equal(["added", "added"], first.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("outcome").GetString()));
        string gaoEvent = first.GetProperty("articles")[0].GetProperty("events").EnumerateArray().Select(e => e.GetString()!).First();
        Assert.Contains(gaoEvent, ApiAssert.Ids(listed));
        Assert.Equal(["unchanged", "unchanged"], again.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("outcome").GetString()));
        Assert.Equal(2, (await ApiAssert.Get(server.Client, "api/articles")).GetProperty("total").GetInt32());

        // The incidents follow in the background.
        await server.Server.Services.GetRequiredService<IncidentRebuilder>().WhenIdle();
        JsonElement one = await ApiAssert.Get(server.Client, "api/events/" + gaoEvent);
        Assert.Equal("in-" + gaoEvent[3..], one.GetProperty("incident_id").GetString());
    }

    [Fact]
    public async Task A_posted_article_stamped_in_the_small_hours_says_today_of_the_day_before()
    {
        await using RunningServer server = await RunningServer.StartAsync([]);
        const string body = """{"id":"saada-1","text":"قتل أربعة مدنيين اليوم في غارة جوية استهدفت سوقا شعبيا في محافظة صعدة شمالي اليمن.","published":"2018-06-07T03:56:15+04:00"}""";

        JsonElement posted = await ApiAssert.Json(await Post(server, body), HttpStatusCode.Created);
        string id = posted.GetProperty("articles")[0].GetProperty("events").EnumerateArray().Select(e => e.GetString()!).First();
        JsonElement attack = await ApiAssert.Get(server.Client, "api/events/" + id);

        Assert.Equal("2018-06-07", attack.GetProperty("article").GetProperty("published").GetString());
        Assert.Equal("2018-06-06", attack.GetProperty("event").GetProperty("date").GetProperty("start").GetString());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        await using RunningServer server = await RunningServer.StartAsync([], s => s with { MaxBodyBytes = 64 * 1024 });
        string text = string.Concat(Enumerable.Repeat("قتل جندي في هجوم على ثكنة في غاو. ", 4000));
        string body = JsonSerializer.Serialize(new { id = "big", text });
        Assert.True(Encoding.UTF8.GetByteCount(body) > 64 * 1024);

        HttpResponseMessage response = await Post(server, body);

        await ApiAssert.Problem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, (await ApiAssert.Get(server.Client, "api/articles")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("{\"id\":\"a\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"id\":\"a\",\"text\":3}", HttpStatusCode.BadRequest)]
    [InlineData("{\"id\":\"a\",\"text\":\"نص\",\"published\":\"someday\"}", HttpStatusCode.BadRequest)]
    [InlineData("[]", HttpStatusCode.BadRequest)]
    [InlineData("\"text\"", HttpStatusCode.BadRequest)]
    [InlineData("{\"id\":\"a\",\"text\":\"\\ud800\"}", HttpStatusCode.BadRequest)]
    public async Task Malformed_bodies_are_a_400_problem(string body, HttpStatusCode expected)
    {
        await using RunningServer server = await RunningServer.StartAsync([]);

        await ApiAssert.Problem(await Post(server, body), expected);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_415_problem()
    {
        await using RunningServer server = await RunningServer.StartAsync([]);
        var request = RunningServer.WithKey(new HttpRequestMessage(HttpMethod.Post, Articles) { Content = new StringContent("id=a&text=b", Encoding.UTF8, "application/x-www-form-urlencoded") });

        await ApiAssert.Problem(await server.Client.SendAsync(request), HttpStatusCode.UnsupportedMediaType);
    }

    private static Task<HttpResponseMessage> Post(RunningServer server, string body) =>
        server.Client.SendAsync(RunningServer.WithKey(new HttpRequestMessage(HttpMethod.Post, Articles) { Content = RunningServer.JsonBody(body) }));
}
