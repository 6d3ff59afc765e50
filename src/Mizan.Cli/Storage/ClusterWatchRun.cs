using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mizan.Cli.Commands;
using Mizan.Cluster;
using Mizan.Cluster.Grains;
using Mizan.Storage;
using Mizan.Watch.Feeds;

namespace Mizan.Cli.Storage;

/// <summary><c>mizan watch FEEDS --cluster HOST:PORT</c>: the feeds handed to the cluster's feed grains (docs/scale-out.md).</summary>
internal static class ClusterWatchRun
{
    /// <summary>
    /// How long one call may take: a poll through its grain is one call, and a feed of a hundred new
    /// items at one request a second to its host takes minutes.
    /// </summary>
    private static readonly TimeSpan PollTimeout = TimeSpan.FromMinutes(30);

    public enum Mode
    {
        /// <summary>The cluster follows the feeds from now on; the command returns once they are handed over.</summary>
        Follow,

        /// <summary>Every feed polled once through its grain, then incidents linked (as <c>watch --once</c>).</summary>
        Once,

        /// <summary>The cluster stops following the feeds.</summary>
        Stop,
    }

    public static async Task<int> RunAsync(CliConsole console, string feedsPath, string redis, string clusterId, Mode mode, string? db, CancellationToken cancellationToken)
    {
        if (await WatchCommand.ReadFeedsAsync(console, feedsPath, cancellationToken).ConfigureAwait(false) is not { } feeds)
        {
            return ExitCodes.Failure;
        }

        // The store is optional: with it, the summary says what it holds. The articles never go through it here.
        using IEventStore? store = db is null ? null : StoreOptions.OpenStore(console, db, create: true);
        if (db is not null && store is null)
        {
            return ExitCodes.Failure;
        }

        using IHost client = MizanNode.CreateClient(redis, clusterId, callTimeout: PollTimeout);
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

        try
        {
            var watch = new ClusterWatch(client.Services.GetRequiredService<IClusterClient>());
            switch (mode)
            {
                case Mode.Follow:
                    IReadOnlyList<FeedSource> added = await watch.FollowAsync(feeds).ConfigureAwait(false);
                    await console.Error.WriteLineAsync(
                        $"{MizanCli.Name}: {feeds.Count:N0} {Feeds(feeds.Count)} handed to cluster '{clusterId}' through {redis} ({added.Count:N0} new or changed, {feeds.Count - added.Count:N0} already followed); the nodes poll them on their intervals").ConfigureAwait(false);
                    return ExitCodes.Success;
                case Mode.Stop:
                    IReadOnlyList<FeedSource> stopped = await watch.UnfollowAsync(feeds).ConfigureAwait(false);
                    await console.Error.WriteLineAsync(
                        $"{MizanCli.Name}: cluster '{clusterId}' no longer follows {stopped.Count:N0} {Feeds(stopped.Count)} ({feeds.Count - stopped.Count:N0} were not followed)").ConfigureAwait(false);
                    return ExitCodes.Success;
                default:
                    IReadOnlyList<FeedPoll> polls = await watch.PollOnceAsync(
                        feeds, poll => WatchCommand.Report(console, poll.ToReport(), $"[{poll.Node}] "), cancellationToken).ConfigureAwait(false);
                    string holds = store is null ? string.Empty : HoldsText(store);
                    await console.Error.WriteLineAsync(
                        $"{MizanCli.Name}: {polls.Sum(r => r.New):N0} articles added, {polls.Sum(r => r.Events):N0} events (through cluster {redis}){holds}").ConfigureAwait(false);
                    return polls.All(p => p.FeedError is null && p.Errors.Length == 0) ? ExitCodes.Success
                        : polls.All(p => p.FeedError is not null) ? ExitCodes.Failure
                        : ExitCodes.PartialFailure;
            }
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is DbException or OrleansException or TimeoutException)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: cluster {redis}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        finally
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.StopAsync(grace.Token).ConfigureAwait(false);
        }
    }

    private static string Feeds(int n) => n == 1 ? "feed" : "feeds";

    private static string HoldsText(IEventStore store)
    {
        StoreCounts total = store.Counts();
        return $"; {store.Description} holds {total.Articles:N0} articles, {total.Events:N0} events, {total.Incidents:N0} incidents";
    }
}
