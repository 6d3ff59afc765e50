using System.Globalization;
using System.Text.RegularExpressions;
using Mizan.Cli;
using Mizan.Cluster.Tests.Support;
using Mizan.Storage;
using Mizan.Storage.Tests.Support;
using Mizan.Testing;

namespace Mizan.Cluster.Tests;

/// <summary>
/// The commands as shipped, run in this process: two <c>mizan node</c> and one
/// <c>mizan ingest --cluster</c>, against <c>mizan ingest</c> into another schema.
/// </summary>
public sealed class NodeCommandTests
{
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromMinutes(3);

    [ClusterFact]
    public async Task Mizan_ingest_through_two_mizan_nodes_stores_what_mizan_ingest_stores()
    {
        using TestRedis redis = TestRedis.Start();
        using var single = new PostgresTestDatabase();
        using var shared = new PostgresTestDatabase();
        string clusterId = "cli-" + Guid.NewGuid().ToString("N")[..12];
        string[] files = [SharedData.DevTrec, Path.Combine(SharedData.Repository(), "samples", "samples.jsonl")];
        (int singleCode, string singleError) = await Run(["ingest", .. files, "--db", single.ConnectionString, "--threads", "2"]);
        Assert.True(singleCode == 0, singleError);

        using var stop = new CancellationTokenSource();
        var errors = new[] { new NodeOutput(), new NodeOutput() };
        Task<int>[] nodes = [.. errors.Select(error => Task.Run(() => MizanCli.RunAsync(
            ["node", "--redis", redis.Address, "--db", shared.ConnectionString, "--port", Port(), "--gateway-port", Port(), "--cluster-id", clusterId],
            Stream.Null, Stream.Null, error.Writer, stop.Token)))];
        try
        {
            for (int i = 0; i < nodes.Length; i++)
            {
                await WaitForJoin(nodes[i], errors[i]);
            }

            (int listed, string list) = await Run(["nodes", "--redis", redis.Address, "--cluster-id", clusterId], capture: true);
            Assert.True(listed == 0, list);
            Assert.Equal(2, list.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("\tactive\t", StringComparison.Ordinal)));

            (int code, string error) = await Run(["ingest", .. files, "--cluster", redis.Address, "--cluster-id", clusterId, "--db", shared.ConnectionString]);

            Assert.True(code == 0, error);
            Assert.Contains("through cluster " + redis.Address, error, StringComparison.Ordinal);

            // The nodes' load in Mizan's terms: the articles each added, as reported every few seconds.
            long stored;
            using (IEventStore store = EventStores.Open(shared.ConnectionString, create: false))
            {
                stored = store.Counts().Articles;
            }

            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (true)
            {
                (int again, string lines) = await Run(["nodes", "--redis", redis.Address, "--cluster-id", clusterId], capture: true);
                Assert.True(again == 0, lines);
                Match[] loads = [.. lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Regex.Match(l, @"\t([\d,]+) added, [\d,]+ unchanged, [\d,]+ failed, [\d,]+ feed polls, ([\d,]+) in flight")).Where(m => m.Success)];
                long[] added = [.. loads.Select(m => long.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture))];
                if (added.Length == 2 && added.Sum() == stored)
                {
                    // Reported after their last article was counted: nothing in flight any more.
                    Assert.All(loads, m => Assert.Equal("0", m.Groups[2].Value));
                    break;
                }

                Assert.False(limit.IsCancellationRequested, $"mizan nodes does not show the {stored} articles added: {lines}");
                await Task.Delay(500);
            }
        }
        finally
        {
            await stop.CancelAsync();
        }

        int[] codes = await Task.WhenAll(nodes);
        Assert.All(codes, c => Assert.Equal(130, c));
        Assert.All(errors, e => Assert.Contains("leaving the cluster", e.ToString(), StringComparison.Ordinal));
        using IEventStore expected = EventStores.Open(single.ConnectionString, create: false);
        using IEventStore got = EventStores.Open(shared.ConnectionString, create: false);
        Assert.Equal(expected.Counts(), got.Counts());
        Assert.Equal(StoreContents.Reports(expected), StoreContents.Reports(got));
        Assert.Equal(StoreContents.Incidents(expected), StoreContents.Incidents(got));
    }

    [Fact]
    public async Task A_node_refuses_a_sqlite_store()
    {
        (int code, string error) = await Run(["node", "--redis", "127.0.0.1:1", "--db", Path.Combine(Path.GetTempPath(), "mizan-node-refused.db")]);

        Assert.Equal(2, code);
        Assert.Contains("needs the PostgreSQL store", error, StringComparison.Ordinal);
    }

    /// <summary>Runs the command line; returns the exit code and standard error, or standard output when <paramref name="capture"/>.</summary>
    private static async Task<(int Code, string Text)> Run(string[] args, bool capture = false)
    {
        using var error = new StringWriter();
        using var output = new MemoryStream();
        int code = await MizanCli.RunAsync(args, Stream.Null, output, error);
        return (code, capture && code == 0 ? System.Text.Encoding.UTF8.GetString(output.ToArray()) : error.ToString());
    }

    private static string Port() => TestRedis.FreePort().ToString(CultureInfo.InvariantCulture);

    private static async Task WaitForJoin(Task<int> node, NodeOutput error)
    {
        using var timeout = new CancellationTokenSource(JoinTimeout);
        while (!error.ToString().Contains("joined cluster", StringComparison.Ordinal))
        {
            Assert.False(node.IsCompleted, "the node stopped: " + error);
            Assert.False(timeout.IsCancellationRequested, "the node did not join within " + JoinTimeout + ": " + error);
            await Task.Delay(100);
        }
    }

    /// <summary>A node's standard error, written by its thread and read by the test's.</summary>
    private sealed class NodeOutput
    {
        private readonly StringWriter _text = new();

        public NodeOutput() => Writer = TextWriter.Synchronized(_text);

        public TextWriter Writer { get; }

        public override string ToString()
        {
            // The synchronised writer locks itself around every write.
            lock (Writer)
            {
                return _text.ToString();
            }
        }
    }
}
