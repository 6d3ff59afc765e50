using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mizan.Storage;
using Mizan.Storage.Ingest;
using Mizan.Watch.Http;
using Mizan.Watch.Watching;

namespace Mizan.Cluster.Tests.Support;

/// <summary>
/// Nodes of one cluster in this process, each with its own host, ports and store connection
/// (the same PostgreSQL schema), meeting in a Redis under a cluster id of their own; and a client.
/// </summary>
public sealed class InProcessCluster : IAsyncDisposable
{
    private readonly List<IHost> _hosts = [];
    private readonly List<IEventStore> _stores = [];
    private readonly List<WebFetcher> _fetchers = [];

    private InProcessCluster(string clusterId) => ClusterId = clusterId;

    public string ClusterId { get; }

    public List<NodeWork> Nodes { get; } = [];

    public IClusterClient Client { get; private set; } = null!;

    /// <summary>Starts the nodes (each with its own fetcher of <paramref name="web"/>, default the polite one) and a client.</summary>
    public static async Task<InProcessCluster> StartAsync(int nodes, string redis, string store, MizanEngine engine, WebOptions? web = null)
    {
        var cluster = new InProcessCluster("test-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            for (int i = 0; i < nodes; i++)
            {
                IEventStore nodeStore = EventStores.Open(store, create: true);
                cluster._stores.Add(nodeStore);
                var fetcher = new WebFetcher(web ?? new WebOptions());
                cluster._fetchers.Add(fetcher);
                var work = new NodeWork(nodeStore, Ingestor.WithEngine(nodeStore, engine))
                {
                    Web = WebIngestor.WithEngine(nodeStore, fetcher, engine),
                    Fetcher = fetcher,
                };
                IHost node = MizanNode.CreateNode(new NodeOptions { Redis = redis, Port = TestRedis.FreePort(), GatewayPort = TestRedis.FreePort(), ClusterId = cluster.ClusterId }, work);
                cluster._hosts.Add(node);
                cluster.Nodes.Add(work);
                await node.StartAsync().ConfigureAwait(false);
            }

            IHost client = MizanNode.CreateClient(redis, cluster.ClusterId);
            cluster._hosts.Add(client);
            await client.StartAsync().ConfigureAwait(false);
            cluster.Client = client.Services.GetRequiredService<IClusterClient>();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops node <paramref name="index"/> cleanly: it leaves the cluster, and its grains and reminders move to the others.</summary>
    public async Task StopNodeAsync(int index)
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _hosts[index].StopAsync(grace.Token).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        // The client first, then the nodes, the last started first.
        for (int i = _hosts.Count - 1; i >= 0; i--)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _hosts[i].StopAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping is best effort in a test's cleanup.
            }

            _hosts[i].Dispose();
        }

        foreach (IEventStore store in _stores)
        {
            store.Dispose();
        }

        foreach (WebFetcher fetcher in _fetchers)
        {
            fetcher.Dispose();
        }
    }
}
