using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Mizan.Cluster;

/// <summary>
/// Builds the hosts of a cluster: a node (an Orleans silo on 127.0.0.1 that extracts articles and
/// writes to the shared store) and a client (what <c>mizan ingest --cluster</c> runs). Both find
/// the cluster through Redis.
/// </summary>
public static class MizanNode
{
    /// <summary>The service id every Mizan cluster shares (grain identities are scoped by it).</summary>
    public const string ServiceId = "mizan";

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
                o.ServiceId = ServiceId;
            });
            silo.ConfigureEndpoints(IPAddress.Loopback, options.Port, options.Gateway);
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = CallTimeout);
        });
        return builder.Build();
    }

    /// <summary>A client's host, not started; its <c>IClusterClient</c> is in its services.</summary>
    public static IHost CreateClient(string redis, string clusterId = "mizan", LogLevel logLevel = LogLevel.Warning)
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
                o.ServiceId = ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = CallTimeout);
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

    private static void ConfigureLogging(HostApplicationBuilder builder, LogLevel level)
    {
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(level);

        // Startup advice (server GC) and the first watchdog check, which measures from process start.
        builder.Logging.AddFilter("Orleans.Runtime.Silo", LogLevel.Error);
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
