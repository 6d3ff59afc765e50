using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mizan.Cli;
using Mizan.Cluster.Tests.Support;
using Mizan.Storage;
using Mizan.Storage.Ingest;
using Mizan.Storage.Tests.Support;
using Mizan.Testing;

namespace Mizan.Cluster.Tests;

/// <summary>
/// Issue 15's fault test: three <c>mizan node</c> processes on loopback, two corpus files handed
/// to them, one node killed (SIGKILL) part-way; the store must equal a single-process ingest.
/// </summary>
public sealed class NodeKillTests
{
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromMinutes(3);

    [ClusterFact]
    public async Task Three_node_processes_with_one_killed_part_way_store_what_mizan_ingest_stores()
    {
        using TestRedis redis = TestRedis.Start();
        using var single = new PostgresTestDatabase();
        using var shared = new PostgresTestDatabase();
        string clusterId = "kill-" + Guid.NewGuid().ToString("N")[..12];
        string[] files = [SharedData.Path("eval", "articles", "ant2-dev-2.trec"), SharedData.Path("eval", "articles", "ant1-dev.trec")];
        using (var error = new StringWriter())
        {
            Assert.True(await MizanCli.RunAsync(["ingest", .. files, "--db", single.ConnectionString, "--threads", "2"], Stream.Null, Stream.Null, error) == 0, error.ToString());
        }

        var nodes = new List<NodeProcess>();
        IHost? client = null;
        try
        {
            for (int i = 0; i < 3; i++)
            {
                nodes.Add(NodeProcess.Start(["node", "--redis", redis.Address, "--db", shared.ConnectionString, "--port", Port(), "--gateway-port", Port(), "--cluster-id", clusterId]));
            }

            foreach (NodeProcess node in nodes)
            {
                await node.WaitForJoin(JoinTimeout);
            }

            client = MizanNode.CreateClient(redis.Address, clusterId);
            await client.StartAsync();
            var ingest = new ClusterIngest(client.Services.GetRequiredService<IClusterClient>()) { RetryDelay = TimeSpan.FromMilliseconds(500) };
            var killer = new KillAfter(20, nodes[1]);

            IngestCounts counts = await ingest.RunAsync(files, new IngestOptions(), killer);

            Assert.True(killer.Killed, "node 2 was not killed: fewer articles than expected");
            Assert.Empty(killer.Problems);
            Assert.Equal(0, counts.Failed);
        }
        finally
        {
            if (client is not null)
            {
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await client.StopAsync(grace.Token);
                client.Dispose();
            }

            foreach (NodeProcess node in nodes)
            {
                node.Dispose();
            }
        }

        using IEventStore expected = EventStores.Open(single.ConnectionString, create: false);
        using IEventStore got = EventStores.Open(shared.ConnectionString, create: false);
        Assert.True(expected.Counts().Articles >= 100, $"only {expected.Counts().Articles} articles");
        Assert.Equal(expected.Counts(), got.Counts());
        Assert.Equal(StoreContents.Reports(expected), StoreContents.Reports(got));
        Assert.Equal(StoreContents.Incidents(expected), StoreContents.Incidents(got));
    }

    private static string Port() => TestRedis.FreePort().ToString(CultureInfo.InvariantCulture);

    /// <summary>Kills a node once the ingest has added <paramref name="after"/> articles.</summary>
    private sealed class KillAfter(int after, NodeProcess victim) : IIngestObserver
    {
        public bool Killed { get; private set; }

        public List<string> Problems { get; } = [];

        public void Problem(string message) => Problems.Add(message);

        public void Warning(string message)
        {
        }

        public void Progress(IngestCounts counts)
        {
            if (!Killed && counts.Added >= after)
            {
                victim.Kill();
                Killed = true;
            }
        }

        public void Reconciling()
        {
        }
    }

    /// <summary>A <c>mizan node</c> process of the built <c>mizan</c> next to the tests, its standard error kept.</summary>
    private sealed class NodeProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _error = new();

        private NodeProcess(Process process) => _process = process;

        public static NodeProcess Start(string[] args)
        {
            ProcessStartInfo start = MizanExecutable.StartInfo(args);
            var node = new NodeProcess(Process.Start(start)!);
            node._process.OutputDataReceived += (_, _) => { };
            node._process.ErrorDataReceived += (_, e) =>
            {
                lock (node._error)
                {
                    node._error.AppendLine(e.Data);
                }
            };
            node._process.BeginOutputReadLine();
            node._process.BeginErrorReadLine();
            return node;
        }

        public string Error
        {
            get
            {
                lock (_error)
                {
                    return _error.ToString();
                }
            }
        }

        public async Task WaitForJoin(TimeSpan timeout)
        {
            using var limit = new CancellationTokenSource(timeout);
            while (!Error.Contains("joined cluster", StringComparison.Ordinal))
            {
                Assert.False(_process.HasExited, "the node stopped: " + Error);
                Assert.False(limit.IsCancellationRequested, "the node did not join within " + timeout + ": " + Error);
                await Task.Delay(100);
            }
        }

        /// <summary>SIGKILL, as kill -9: the node gets no chance to leave the cluster.</summary>
        public void Kill() => _process.Kill();

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit();
            _process.Dispose();
        }
    }
}
