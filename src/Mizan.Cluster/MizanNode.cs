using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Mizan.Watch.Feeds;
using Orleans.Runtime;
using StackExchange.Redis;

namespace Mizan.Cluster;

/// <summary>
/// Builds the hosts of a cluster: a node (an Orleans silo on 127.0.0.1 that extracts articles and
/// writes to the shared store, and polls the feeds handed to it) and a client (what <c>mizan ingest --cluster</c> runs). Both find
/// the cluster through Redis.
/// </summary>
public static class MizanNode
{
    /// <summary>The grain storage of the feed grains (Redis): the feed each follows.</summary>
    public const string FeedStorage = "feeds";

    /// <summary>
    /// How long a call to a grain may take: an article is processed (30 s budget at most) and
    /// written in one call. A call lost with a killed node fails after this long and is handed
    /// over again (<see cref="ClusterIngest.Attempts"/>), so it also bounds the failover time.
    /// </summary>
    public static TimeSpan CallTimeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>A node's host, not started: its grains work with <paramref name="work"/>.</summary>
    public static IHost CreateNode(NodeOptions options, NodeWork work, LogLevel logLevel = LogLevel.Warning)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(work);
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        ConfigureLogging(builder, logLevel);
        builder.Services.AddSingleton(work);
        builder.UseOrleans(silo =>
        {
            silo.UseRedisClustering(options.Redis);
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = ServiceIdOf(options.ClusterId);
            });

            // Feeds: one reminder per feed and the feed it follows, both in the cluster's Redis.
            silo.UseRedisReminderService(o => o.ConfigurationOptions = ConfigurationOptions.Parse(options.Redis));
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = FeedList.MinInterval);
            silo.AddRedisGrainStorage(FeedStorage, o => o.ConfigurationOptions = ConfigurationOptions.Parse(options.Redis));
            silo.ConfigureEndpoints(IPAddress.Loopback, options.Port, options.Gateway);
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = CallTimeout);
        });

        // After the silo's own service, so that it reports once the node has joined.
        builder.Services.AddHostedService<LoadReporter>();
        return builder.Build();
    }

    /// <summary>A client's host, not started; its <c>IClusterClient</c> is in its services.</summary>
    /// <param name="redis">The cluster's Redis (<c>HOST:PORT</c>).</param>
    /// <param name="clusterId">The cluster's name.</param>
    /// <param name="logLevel">What Orleans logs (on standard error).</param>
    /// <param name="callTimeout">How long one call may take (default <see cref="CallTimeout"/>; a feed's poll, one call, may need more).</param>
    public static IHost CreateClient(string redis, string clusterId = "mizan", LogLevel logLevel = LogLevel.Warning, TimeSpan? callTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(redis);
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        ConfigureLogging(builder, logLevel);
        builder.UseOrleansClient(client =>
        {
            client.UseRedisClustering(redis);
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = ServiceIdOf(clusterId);
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = callTimeout ?? CallTimeout);
        });
        return builder.Build();
    }

    /// <summary>The active nodes of the cluster, as a started node's host sees them (silo addresses, sorted).</summary>
    public static IReadOnlyList<string> ActiveNodes(IHost node)
    {
        ArgumentNullException.ThrowIfNull(node);
        IClusterMembershipService membership = node.Services.GetRequiredService<IClusterMembershipService>();
        return [.. membership.CurrentSnapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Active)
            .Select(m => m.SiloAddress.Endpoint.ToString())
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The service id of a cluster: its name, so that two clusters sharing one Redis keep their
    /// reminders and feed grains' state apart (Orleans keys both by service id).
    /// </summary>
    public static string ServiceIdOf(string clusterId) => "mizan-" + clusterId;

    private static void ConfigureLogging(HostApplicationBuilder builder, LogLevel level)
    {
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(level);

        // Startup advice (server GC) and the first watchdog check, which measures from process start.
        builder.Logging.AddFilter("Orleans.Runtime.Silo", LogLevel.Error);
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);

        // The feeds' reminders run as often as every 10 s, below Orleans' advised minute, on purpose.
        builder.Logging.AddFilter("Orleans.Hosting.ReminderOptionsValidator", LogLevel.Error);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
