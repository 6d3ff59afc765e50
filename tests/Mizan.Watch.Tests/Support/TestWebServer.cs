using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mizan.Watch.Tests.Support;

/// <summary>
/// Kestrel on 127.0.0.1 and a free port, serving what the test maps (by path; the query is
/// ignored), 404 for the rest, and remembering every request.
/// </summary>
internal sealed class TestWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    private TestWebServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Every request: its path and query, and its headers.</summary>
    public ConcurrentQueue<(string Path, string Query, IReadOnlyDictionary<string, string> Headers)> Requests { get; } = new();

    public static async Task<TestWebServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        TestWebServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new TestWebServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery.TrimStart('/'));

    public void Map(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    /// <summary>Serves text in an encoding, with or without the charset in the header.</summary>
    public void Text(string path, string text, string mediaType, Encoding? encoding = null, bool charsetInHeader = true)
    {
        encoding ??= Encoding.UTF8;
        byte[] body = encoding.GetBytes(text);
        Map(path, context =>
        {
            context.Response.ContentType = charsetInHeader ? $"{mediaType}; charset={encoding.WebName}" : mediaType;
            return context.Response.Body.WriteAsync(body).AsTask();
        });
    }

    public int Count(string path) => Requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? "/";
        Requests.Enqueue((path, context.Request.QueryString.Value ?? string.Empty, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        if (_routes.TryGetValue(path, out Func<HttpContext, Task>? handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
}
