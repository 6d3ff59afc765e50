using System.Net.Http.Headers;
using Mizan.IO.Input;
using Mizan.Pipeline;
using Mizan.Storage;
using Mizan.Storage.Ingest;

namespace Mizan.Server.Tests.Support;

/// <summary>
/// A real <c>mizan serve</c> (Kestrel on 127.0.0.1, a free port) over a SQLite store in a
/// temporary folder, with an HTTP client pointed at it.
/// </summary>
internal sealed class RunningServer : IAsyncDisposable
{
    public const string Key = "test-key-5f1c0e";

    private readonly TempFolder _folder;

    private RunningServer(TempFolder folder, MizanServer server)
    {
        _folder = folder;
        Server = server;
        BaseAddress = new Uri(server.Addresses.Single().TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public MizanServer Server { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public string StorePath => _folder.File("store.db");

    /// <summary>Ingests the articles into a new store (through the engine, as <c>mizan ingest</c>) and serves it.</summary>
    public static async Task<RunningServer> StartAsync(IReadOnlyList<Article> articles, Func<ServerSettings, ServerSettings>? configure = null)
    {
        var folder = new TempFolder();
        string store = folder.File("store.db");
        using (IEventStore writer = EventStores.Open(store, create: true))
        {
            if (articles.Count > 0)
            {
                string input = folder.File("articles.jsonl");
                await File.WriteAllLinesAsync(input, articles.Select(JsonLines.Of));
                Ingestor.WithEngine(writer, Engine.Default).Run([input], new IngestOptions { Threads = 2, CommitEvery = 100 });
            }
        }

        var settings = new ServerSettings
        {
            Store = store,
            Urls = ["http://127.0.0.1:0"],
            ApiKey = Key,
            ReadConfiguration = false,
            LogToConsole = false,
        };
        MizanServer server = MizanServer.Create(configure is null ? settings : configure(settings));
        await server.StartAsync();
        return new RunningServer(folder, server);
    }

    /// <summary>A request with the API key.</summary>
    public static HttpRequestMessage WithKey(HttpRequestMessage request, string key = Key)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    public static StringContent JsonBody(string json) => new(json, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        _folder.Dispose();
    }
}
