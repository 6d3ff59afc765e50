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
using Xunit.Abstractions;

namespace Mizan.Cluster.Tests;

/// <summary>
/// Issue 15's fault test: three <c>mizan node</c> processes on loopback, two corpus files handed
/// to them, one node killed (SIGKILL) part-way, then restarted on its ports: it rejoins and takes
/// its share of the next files; the store must equal a single-process ingest of them all.
/// </summary>
public sealed class NodeKillTests(ITestOutputHelper output)
{
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromMinutes(3);

    [ClusterFact]
    public async Task Three_node_processes_with_one_killed_part_way_and_restarted_store_what_mizan_ingest_stores()
    {
        using TestRedis redis = TestRedis.Start();
        using var single = new PostgresTestDatabase();
        using var shared = new PostgresTestDatabase();
        string clusterId = "kill-" + Guid.NewGuid().ToString("N")[..12];
        // Two corpus files (187 and 75 articles), as issue 15 asks; then two small files for the restarted node.
        string[] files = [SharedData.Path("corpus", "ant2", "CNN-technology.trec.gz"), SharedData.Path("corpus", "ant2", "France24-economy.trec.gz")];
        string[] later = [SharedData.Path("eval", "articles", "ant1-dev.trec"), Path.Combine(SharedData.Repository(), "samples", "samples.jsonl")];
        using (var error = new StringWriter())
        {
            Assert.True(await MizanCli.RunAsync(["ingest", .. files, .. later, "--db", single.ConnectionString, "--threads", "2"], Stream.Null, Stream.Null, error) == 0, error.ToString());
        }

        var nodes = new List<NodeProcess>();
        IHost? client = null;
        try
        {
            string[][] commands = [.. Enumerable.Range(0, 3).Select(_ => new[] { "node", "--redis", redis.Address, "--db", shared.ConnectionString, "--port", Port(), "--gateway-port", Port(), "--cluster-id", clusterId })];
            nodes.AddRange(commands.Select(NodeProcess.Start));

            foreach (NodeProcess node in nodes)
            {
                await node.WaitForJoin(JoinTimeout);
            }

            client = MizanNode.CreateClient(redis.Address, clusterId);
            await client.StartAsync();
            var ingest = new ClusterIngest(client.Services.GetRequiredService<IClusterClient>()) { RetryDelay = TimeSpan.FromMilliseconds(500) };
            var killer = new KillAfter(60, nodes[1]);

            var took = Stopwatch.StartNew();
            IngestCounts counts = await ingest.RunAsync(files, new IngestOptions(), killer);
            output.WriteLine($"{counts.Added} added, {counts.Unchanged} unchanged in {took.Elapsed.TotalSeconds:0.0} s with node 2 killed; {ingest.Retried} calls handed over again");

            Assert.True(killer.Killed, "node 2 was not killed: fewer articles than expected");
            Assert.Empty(killer.Problems);
            Assert.Equal(0, counts.Failed);

            // Restarted on the same ports, node 2 joins again (a new incarnation; the killed one is
            // declared dead) and takes its share of the next file.
            var restart = Stopwatch.StartNew();
            nodes[1].Dispose();
            nodes[1] = NodeProcess.Start(commands[1]);
            await nodes[1].WaitForJoin(JoinTimeout);
            string restarted = "127.0.0.1:" + commands[1][6];
            IClusterClient cluster = client.Services.GetRequiredService<IClusterClient>();
            IReadOnlyList<NodeStatus> active = await ClusterStatus.ReadAsync(cluster);
            Assert.Equal(3, active.Count);
            Assert.Contains(active, n => n.Address == restarted && n.Status == "Active");

            // The other two see it (their logs count three active nodes again), and it reaches the
            // cluster's grains: its own load (the new silo's, not the killed one's) is on the board.
            await nodes[0].WaitForActive(3, JoinTimeout);
            await nodes[2].WaitForActive(3, JoinTimeout);
            using (var limit = new CancellationTokenSource(JoinTimeout))
            {
                while (!(await ClusterStatus.ReadAsync(cluster)).Any(n => n.Address == restarted && n.Load is { Added: 0 }))
                {
                    Assert.False(limit.IsCancellationRequested, "the restarted node reported no load of its own");
                    await Task.Delay(500);
                }
            }
            output.WriteLine($"node 2 restarted and active again in {restart.Elapsed.TotalSeconds:0.0} s");

            IngestCounts more = await new ClusterIngest(cluster) { RetryDelay = TimeSpan.FromMilliseconds(500) }.RunAsync(later, new IngestOptions());

            Assert.Equal(0, more.Failed);
            Assert.True(more.Added > 0, "nothing added from the later file");

            // Its share of them (placed at random over three nodes: none of 23 has odds of 1 in 10,000).
            long? share = null;
            using (var limit = new CancellationTokenSource(JoinTimeout))
            {
                while ((share = (await ClusterStatus.ReadAsync(cluster)).FirstOrDefault(n => n.Address == restarted)?.Load?.Added) is not > 0)
                {
                    Assert.False(limit.IsCancellationRequested, $"the restarted node added none of the {more.Added} articles of the later files");
                    await Task.Delay(500);
                }
            }

            output.WriteLine($"the restarted node added {share} of the {more.Added} articles of the later files");
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
        Assert.True(expected.Counts().Articles >= 250, $"only {expected.Counts().Articles} articles");
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

        /// <summary>Waits until the node's last status line counts <paramref name="count"/> active nodes.</summary>
        public async Task WaitForActive(int count, TimeSpan timeout)
        {
            using var limit = new CancellationTokenSource(timeout);
            while (Error.Split('\n').LastOrDefault(l => l.Contains(" active (", StringComparison.Ordinal)) is not { } last
                || !last.Contains($": {count} nodes active (", StringComparison.Ordinal))
            {
                Assert.False(_process.HasExited, "the node stopped: " + Error);
                Assert.False(limit.IsCancellationRequested, $"the node did not see {count} active nodes within {timeout}: {Error}");
                await Task.Delay(200);
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
