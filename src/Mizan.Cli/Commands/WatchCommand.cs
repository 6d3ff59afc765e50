using System.CommandLine;
using System.Data.Common;
using Mizan.Cli.Storage;
using Mizan.Storage;
using Mizan.Watch.Feeds;
using Mizan.Watch.Http;
using Mizan.Watch.Watching;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan watch FEEDS [--once] [--db FILE|CONNECTION] [--cluster HOST:PORT [--stop]]</c>: follows RSS and Atom feeds and stores their new articles.</summary>
internal static class WatchCommand
{
    public const string Name = "watch";

    public static Command Create(CliConsole console)
    {
        var feeds = new Argument<string>("FEEDS")
        {
            Description = "The feeds file: one feed per line, 'URL [INTERVAL] [LABEL]' (INTERVAL such as 90s, 10m, 1h; default 10m; LABEL default the host); # starts a comment.",
        };
        var once = new Option<bool>("--once")
        {
            Description = "Poll every feed once, store what is new, link incidents and exit (for scripts and cron).",
        };
        Option<string?> db = StoreOptions.Database();
        Option<double> timeout = Seconds("--timeout", "Seconds one request may take before it is retried (default 20).", new WebOptions().Timeout.TotalSeconds, 0.05);
        Option<double> hostDelay = Seconds("--host-delay", "Least seconds between two requests to one host (default 1; lower it only for your own servers).", new WebOptions().HostInterval.TotalSeconds, 0);
        var cluster = new Option<string?>("--cluster")
        {
            HelpName = "HOST:PORT",
            Description = "Hand the feeds to a cluster of nodes (mizan node) that finds itself through this Redis: one grain per feed polls it on its interval on one node, however many nodes run; see docs/scale-out.md. Without --once it returns once the feeds are handed over.",
        };
        var clusterId = new Option<string>("--cluster-id")
        {
            HelpName = "NAME",
            Description = "With --cluster: the cluster's name, as its nodes were given it (default mizan).",
            DefaultValueFactory = _ => "mizan",
        };
        var stop = new Option<bool>("--stop")
        {
            Description = "With --cluster: stop following the feeds of the file (the cluster forgets them).",
        };
        var command = new Command(Name, "Follow RSS 2.0 and Atom feeds: poll each on its interval (conditional GET), fetch each new item's page politely (robots.txt, one request per host per second, retries), pull out its article, extract its events, store them and link incidents. One line per poll on standard error. Stop it with Ctrl+C; run it again and it skips what is stored. With --cluster the nodes of a cluster do it.")
        {
            feeds,
            once,
            db,
            timeout,
            hostDelay,
            cluster,
            clusterId,
            stop,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(cluster) is null && (result.GetValue(stop) || result.GetResult(clusterId) is { Implicit: false }))
            {
                result.AddError("--stop and --cluster-id go with --cluster.");
            }
            else if (result.GetValue(stop) && result.GetValue(once))
            {
                result.AddError("--stop and --once cannot go together.");
            }
            else if (result.GetValue(cluster) is not null && (result.GetResult(timeout) is { Implicit: false } || result.GetResult(hostDelay) is { Implicit: false }))
            {
                result.AddError("With --cluster the nodes fetch: give --host-delay to each mizan node instead of --timeout or --host-delay here.");
            }
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            string path = parseResult.GetValue(feeds)!;
            bool pollOnce = parseResult.GetValue(once);
            string? store = parseResult.GetValue(db);
            if (parseResult.GetValue(cluster) is { } redis)
            {
                var mode = parseResult.GetValue(stop) ? ClusterWatchRun.Mode.Stop : pollOnce ? ClusterWatchRun.Mode.Once : ClusterWatchRun.Mode.Follow;
                return ClusterWatchRun.RunAsync(console, path, redis, parseResult.GetRequiredValue(clusterId), mode, store, cancellationToken);
            }

            return RunAsync(
                console,
                path,
                pollOnce,
                store,
                new WebOptions { Timeout = TimeSpan.FromSeconds(parseResult.GetValue(timeout)), HostInterval = TimeSpan.FromSeconds(parseResult.GetValue(hostDelay)) },
                new WatchOptions(),
                cancellationToken);
        });
        return command;
    }

    /// <summary>The feeds of a feeds file, its bad lines reported; null when there are none or the file cannot be read.</summary>
    internal static async Task<IReadOnlyList<FeedSource>?> ReadFeedsAsync(CliConsole console, string feedsPath, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(feedsPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: {feedsPath}: cannot read the feeds file: {ex.Message}").ConfigureAwait(false);
            return null;
        }

        (IReadOnlyList<FeedSource> sources, IReadOnlyList<string> problems) = FeedList.Parse(text);
        foreach (string problem in problems)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: {feedsPath}:{problem}").ConfigureAwait(false);
        }

        if (sources.Count == 0)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: {feedsPath}: no feeds").ConfigureAwait(false);
            return null;
        }

        return sources;
    }

    /// <summary>One poll's line (and its items' errors) on standard error.</summary>
    internal static void Report(CliConsole console, PollReport poll, string prefix = "")
    {
        console.Error.WriteLine($"{MizanCli.Name}: {prefix}{poll.Line()}");
        foreach (string error in poll.Errors)
        {
            console.Error.WriteLine($"{MizanCli.Name}:   {error}");
        }

        console.Error.Flush();
    }

    internal static Option<double> Seconds(string name, string description, double defaultValue, double min) => new(name)
    {
        HelpName = "SECONDS",
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (double.TryParse(token, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out double value) && value >= min && value <= 3600)
            {
                return value;
            }

            result.AddError($"{name} must be a number of seconds from {min.ToString(System.Globalization.CultureInfo.InvariantCulture)} to 3600, not '{token}'.");
            return defaultValue;
        },
    };

    internal static async Task<int> RunAsync(CliConsole console, string feedsPath, bool once, string? db, WebOptions web, WatchOptions watch, CancellationToken cancellationToken)
    {
        if (await ReadFeedsAsync(console, feedsPath, cancellationToken).ConfigureAwait(false) is not { } sources)
        {
            return ExitCodes.Failure;
        }

        using IEventStore? store = StoreOptions.OpenStore(console, db, create: true);
        if (store is null || IngestEngine.Create(console) is not { } engine)
        {
            return ExitCodes.Failure;
        }

        using var fetcher = new WebFetcher(web, console.Time);
        var ingestor = WebIngestor.WithEngine(store, fetcher, engine, console.Time);
        var watcher = new FeedWatcher(ingestor, fetcher, watch, console.Time);
        void Report(PollReport poll) => WatchCommand.Report(console, poll);

        try
        {
            if (!once)
            {
                await watcher.RunAsync(sources, Report, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            IReadOnlyList<PollReport> reports = await watcher.PollAllAsync(sources, Report, cancellationToken).ConfigureAwait(false);
            StoreCounts total = store.Counts();
            await console.Error.WriteLineAsync(
                $"{MizanCli.Name}: {reports.Sum(r => r.New):N0} articles added, {reports.Sum(r => r.Events):N0} events; {store.Description} holds {total.Articles:N0} articles, {total.Events:N0} events, {total.Incidents:N0} incidents").ConfigureAwait(false);
            return reports.All(r => !r.Failed) ? ExitCodes.Success
                : reports.All(r => r.FeedError is not null) ? ExitCodes.Failure
                : ExitCodes.PartialFailure;
        }
        catch (DbException ex)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: {store.Description}: cannot write: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
