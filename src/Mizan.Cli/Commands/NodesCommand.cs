using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mizan.Cluster;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan nodes --redis HOST:PORT [--cluster-id NAME] [--all]</c>: the nodes of a cluster and their load.</summary>
internal static class NodesCommand
{
    public const string Name = "nodes";

    public static Command Create(CliConsole console)
    {
        var redis = new Option<string>("--redis")
        {
            HelpName = "HOST:PORT",
            Description = "The cluster's Redis.",
            Required = true,
        };
        var clusterId = new Option<string>("--cluster-id")
        {
            HelpName = "NAME",
            Description = "The cluster's name (default mizan).",
            DefaultValueFactory = _ => "mizan",
        };
        var all = new Option<bool>("--all") { Description = "Also the nodes that left or died." };
        var command = new Command(Name, "List the nodes of a cluster (mizan node) with their status and load, one line each: address, status, active grains, articles added, unchanged and failed and feed polls made on the node since it started, articles in flight on it (its queue, as it last reported), overloaded.")
        {
            redis,
            clusterId,
            all,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(console, parseResult.GetRequiredValue(redis), parseResult.GetRequiredValue(clusterId), parseResult.GetValue(all), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string redis, string clusterId, bool all, CancellationToken cancellationToken)
    {
        using IHost client = MizanNode.CreateClient(redis, clusterId);
        IReadOnlyList<NodeStatus> nodes;
        try
        {
            await client.StartAsync(cancellationToken).ConfigureAwait(false);
            nodes = await ClusterStatus.ReadAsync(client.Services.GetRequiredService<IClusterClient>(), onlyActive: !all).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: cannot reach cluster '{clusterId}' through Redis {redis}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        finally
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.StopAsync(grace.Token).ConfigureAwait(false);
        }

        var text = new StringBuilder();
        foreach (NodeStatus node in nodes)
        {
            text.Append(node.Address).Append('\t').Append(node.Status.ToLowerInvariant())
                .Append('\t').Append(node.Activations is { } n ? $"{n} grains" : "-")
                .Append('\t').Append(node.Load is { } load ? $"{load.Added:N0} added, {load.Unchanged:N0} unchanged, {load.Failed:N0} failed, {load.Polls:N0} feed polls, {load.InFlight:N0} in flight" : "-")
                .Append(node.Overloaded ? "\toverloaded" : string.Empty).Append('\n');
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        await console.Output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        await console.Error.WriteLineAsync($"{MizanCli.Name}: cluster '{clusterId}': {nodes.Count(n => n.Status == "Active")} active {(nodes.Count(n => n.Status == "Active") == 1 ? "node" : "nodes")}").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
