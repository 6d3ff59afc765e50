using System.Net;
using System.Text.Json;

namespace Mizan.Server.Tests.Api;

/// <summary>Reading answers in the tests.</summary>
internal static class ApiAssert
{
    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> Get(HttpClient client, string path) => await Json(await client.GetAsync(new Uri(path, UriKind.Relative)));

    /// <summary>An RFC 7807 problem with this status, a title and no trace of the server's code.</summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        return problem;
    }

    public static string[] Ids(JsonElement page, string array = "events") =>
        [.. page.GetProperty(array).EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
}
