using Microsoft.Extensions.Hosting;
using Mizan.Cluster.Grains;

namespace Mizan.Cluster;

/// <summary>
/// Reports the node's work (<see cref="NodeWork.Load"/>, <see cref="NodeWork.Polls"/>, <see cref="NodeWork.InFlight"/>) to the
/// cluster's load board every <see cref="Every"/>, from when the node has joined until it stops.
/// </summary>
internal sealed class LoadReporter(NodeWork work, IGrainFactory grains, ILocalSiloDetails silo) : BackgroundService
{
    /// <summary>How often a node reports.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string address = silo.SiloAddress.Endpoint.ToString();
        string self = silo.SiloAddress.ToParsableString();
        ILoadBoardGrain board = grains.GetGrain<ILoadBoardGrain>(ILoadBoardGrain.ClusterKey);
        while (!stoppingToken.IsCancellationRequested)
        {
            (long added, long unchanged, long failed) = work.Load;
            try
            {
                await board.Report(new NodeLoad { Address = address, Silo = self, Added = added, Unchanged = unchanged, Failed = failed, Polls = work.Polls, InFlight = work.InFlight, At = work.Time.GetUtcNow() }).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OrleansException or TimeoutException or InvalidOperationException)
            {
                // The board's node just died, or this one is stopping: the next report goes through.
            }

            try
            {
                await Task.Delay(Every, work.Time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
