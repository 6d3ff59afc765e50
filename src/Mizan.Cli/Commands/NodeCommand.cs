using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Mizan.Cli.Storage;
using Mizan.Cluster;
using Mizan.Storage;
using Mizan.Storage.Ingest;
using Mizan.Storage.Postgres;
using Mizan.Watch.Http;
using Mizan.Watch.Watching;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan node --redis HOST:PORT --db CONNECTION [--port N] [--gateway-port N]</c>: one node of a cluster (docs/scale-out.md).</summary>
internal static class NodeCommand
{
    public const string Name = "node";

    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(10);

    public static Command Create(CliConsole console)
    {
        var redis = new Option<string>("--redis")
        {
            HelpName = "HOST:PORT",
            Description = "The cluster's Redis, where the nodes find each other.",
            Required = true,
        };
        var db = new Option<string>("--db")
        {
            HelpName = "CONNECTION",
            Description = "The PostgreSQL store every node of the cluster writes to (Host=...;Database=... or postgres://...).",
            Required = true,
        };
        Option<int> port = StoreOptions.Count("--port", $"The port this node talks to the others on, on 127.0.0.1 (default {NodeOptions.DefaultPort}).", NodeOptions.DefaultPort, 65_535);
        var gatewayPort = new Option<int?>("--gateway-port")
        {
            HelpName = "N",
            Description = "The port clients (mizan ingest --cluster) connect to (default: --port + 19000).",
        };
        var clusterId = new Option<string>("--cluster-id")
        {
            HelpName = "NAME",
            Description = "The cluster's name, shared by its nodes and clients (default mizan).",
            DefaultValueFactory = _ => "mizan",
        };
        Option<double> hostDelay = WatchCommand.Seconds("--host-delay", "Least seconds between two requests of this node to one host, for the feeds it polls (default 1; lower it only for your own servers).", new WebOptions().HostInterval.TotalSeconds, 0);
        var command = new Command(Name, "Run a node of a Mizan cluster (an Orleans silo on 127.0.0.1): it extracts the articles that clients (mizan ingest --cluster) hand to the cluster and polls the feeds handed to it (mizan watch --cluster), and stores them in the shared PostgreSQL store; each article once and each feed polled once, whichever node gets them. Runs until interrupted.")
        {
            redis,
            db,
            port,
            gatewayPort,
            clusterId,
            hostDelay,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = new NodeOptions
            {
                Redis = parseResult.GetRequiredValue(redis),
                Port = parseResult.GetValue(port),
                GatewayPort = parseResult.GetValue(gatewayPort),
                ClusterId = parseResult.GetRequiredValue(clusterId),
            };
            var web = new WebOptions { HostInterval = TimeSpan.FromSeconds(parseResult.GetValue(hostDelay)) };
            return RunAsync(console, options, parseResult.GetRequiredValue(db), web, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, NodeOptions options, string db, WebOptions web, CancellationToken cancellationToken)
    {
        if (!PostgresConnectionStrings.IsPostgres(db))
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: a node needs the PostgreSQL store every node shares (--db Host=...;Database=...), not a SQLite file").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        using IEventStore? store = StoreOptions.OpenStore(console, db, create: true);
        if (store is null)
        {
            return ExitCodes.Failure;
        }

        if (IngestEngine.Create(console) is not { } engine)
        {
            return ExitCodes.Failure;
        }

        using var fetcher = new WebFetcher(web, console.Time);
        var work = new NodeWork(store, Ingestor.WithEngine(store, engine, console.Time))
        {
            Web = WebIngestor.WithEngine(store, fetcher, engine, console.Time),
            Fetcher = fetcher,
            Time = console.Time,
        };
        using IHost node = MizanNode.CreateNode(options, work);
        string name = $"127.0.0.1:{options.Port}";
        try
        {
            await node.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: node {name} could not join the cluster through Redis {options.Redis}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await console.Error.WriteLineAsync(
            $"{MizanCli.Name}: node {name} (clients: 127.0.0.1:{options.Gateway}) joined cluster '{options.ClusterId}' through Redis {options.Redis}; store {store.Description}").ConfigureAwait(false);
        string last = string.Empty;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                foreach (PollReport poll in work.TakePolls())
                {
                    WatchCommand.Report(console, poll, $"node {name}: ");
                }

                IReadOnlyList<string> nodes = MizanNode.ActiveNodes(node);
                (long added, long unchanged, long failed) = work.Load;
                string line = $"{MizanCli.Name}: node {name}: {nodes.Count} {(nodes.Count == 1 ? "node" : "nodes")} active ({string.Join(", ", nodes)}); {added:N0} added, {unchanged:N0} unchanged, {failed:N0} failed, {work.Polls:N0} feed polls, {work.InFlight:N0} in flight here";
                if (line != last)
                {
                    await console.Error.WriteLineAsync(line).ConfigureAwait(false);
                    last = line;
                }

                await Task.Delay(ReportEvery, console.Time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Interrupted: leave the cluster cleanly below.
        }
        catch (DbException ex)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: node {name}: {store.Description}: {ex.Message}").ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync($"{MizanCli.Name}: node {name} leaving the cluster").ConfigureAwait(false);
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await node.StopAsync(grace.Token).ConfigureAwait(false);
        return ExitCodes.Interrupted;
    }
}
