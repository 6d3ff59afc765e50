using System.Net;
using Mizan.Server.Tests.Support;

namespace Mizan.Server.Tests.Api;

/// <summary>Headers on every answer, CORS off unless configured, and the page's files served from the assembly.</summary>
public sealed class SecurityHeaderTests(SmallStoreFixture fixture) : IClassFixture<SmallStoreFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData("")]
    [InlineData("app.js")]
    [InlineData("api/events")]
    [InlineData("api/events/none")]
    public async Task Every_answer_has_a_strict_content_security_policy_and_no_sniffing(string path)
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        string policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Cross_origin_requests_get_no_CORS_headers_unless_origins_are_configured()
    {
        using var simple = new HttpRequestMessage(HttpMethod.Get, "api/events");
        simple.Headers.Add("Origin", "https://elsewhere.example");
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "api/articles");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        HttpResponseMessage get = await _client.SendAsync(simple);
        HttpResponseMessage options = await _client.SendAsync(preflight);

        Assert.False(get.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(options.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.NotEqual(HttpStatusCode.NoContent, options.StatusCode);
    }

    [Fact]
    public async Task A_configured_origin_may_read_the_API_and_no_other()
    {
        await using RunningServer server = await RunningServer.StartAsync([], s => s with { CorsOrigins = ["https://analysts.example"] });
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "api/events");
        allowed.Headers.Add("Origin", "https://analysts.example");
        using var other = new HttpRequestMessage(HttpMethod.Get, "api/events");
        other.Headers.Add("Origin", "https://elsewhere.example");

        HttpResponseMessage yes = await server.Client.SendAsync(allowed);
        HttpResponseMessage no = await server.Client.SendAsync(other);

        Assert.Equal("https://analysts.example", Assert.Single(yes.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(no.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("", "text/html")]
    [InlineData("app.js", "text/javascript")]
    [InlineData("app.css", "text/css")]
    [InlineData("favicon.svg", "image/svg+xml")]
    [InlineData("countries-110m.geojson", "application/geo+json")]
    public async Task The_page_and_its_files_are_served_from_the_program(string path, string contentType)
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task The_page_loads_nothing_from_elsewhere_and_runs_no_inline_script()
    {
        string html = await _client.GetStringAsync(new Uri("", UriKind.Relative));
        string map = await _client.GetStringAsync(new Uri("countries-110m.geojson", UriKind.Relative));

        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
        Assert.Contains("Made with Natural Earth", map, StringComparison.Ordinal);
    }
}
