using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mizan.Cluster;
using Mizan.Storage;
using Mizan.Storage.Ingest;

namespace Mizan.Cli.Storage;

/// <summary><c>mizan ingest PATHS --cluster HOST:PORT [--db CONNECTION]</c>: the articles are read here and extracted and stored by the cluster's nodes.</summary>
internal static class ClusterIngestRun
{
    public static async Task<int> RunAsync(CliConsole console, string[] paths, string redis, string clusterId, string? db, IngestOptions options, CancellationToken cancellationToken)
    {
        // The store is optional: with it, unreadable records are recorded and the summary says what it holds.
        using IEventStore? store = db is null ? null : StoreOptions.OpenStore(console, db, create: true);
        if (db is not null && store is null)
        {
            return ExitCodes.Failure;
        }

        using IHost client = MizanNode.CreateClient(redis, clusterId);
        try
        {
            await client.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: cannot reach the cluster through Redis {redis}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        var observer = new IngestConsole(console);
        IngestCounts counts;
        try
        {
            var ingest = new ClusterIngest(client.Services.GetRequiredService<IClusterClient>(), store);
            counts = await Task.Run(() => ingest.RunAsync(paths, options, observer, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or OrleansException or TimeoutException)
        {
            observer.Clear();
            await console.Error.WriteLineAsync($"{MizanCli.Name}: cluster {redis}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        finally
        {
            observer.Clear();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.StopAsync(grace.Token).ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync($"{MizanCli.Name}: {counts.Summary()} (through cluster {redis})").ConfigureAwait(false);
        if (store is not null)
        {
            StoreCounts total = store.Counts();
            await console.Error.WriteLineAsync(
                $"{MizanCli.Name}: {store.Description} holds {total.Articles:N0} articles, {total.Events:N0} events, {total.Incidents:N0} incidents, {total.Failures:N0} failures").ConfigureAwait(false);
        }

        return counts.Failed == 0 ? ExitCodes.Success
            : counts.Read == 0 ? ExitCodes.Failure
            : ExitCodes.PartialFailure;
    }
}
