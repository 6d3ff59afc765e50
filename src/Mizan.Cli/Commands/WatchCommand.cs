using System.CommandLine;
using System.Data.Common;
using Mizan.Cli.Storage;
using Mizan.Storage;
using Mizan.Watch.Feeds;
using Mizan.Watch.Http;
using Mizan.Watch.Watching;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan watch FEEDS [--once] [--db FILE|CONNECTION]</c>: follows RSS and Atom feeds and stores their new articles.</summary>
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
        var command = new Command(Name, "Follow RSS 2.0 and Atom feeds: poll each on its interval (conditional GET), fetch each new item's page politely (robots.txt, one request per host per second, retries), pull out its article, extract its events, store them and link incidents. One line per poll on standard error. Stop it with Ctrl+C; run it again and it skips what is stored.")
        {
            feeds,
            once,
            db,
            timeout,
            hostDelay,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(
                console,
                parseResult.GetValue(feeds)!,
                parseResult.GetValue(once),
                parseResult.GetValue(db),
                new WebOptions { Timeout = TimeSpan.FromSeconds(parseResult.GetValue(timeout)), HostInterval = TimeSpan.FromSeconds(parseResult.GetValue(hostDelay)) },
                new WatchOptions(),
                cancellationToken));
        return command;
    }

    private static Option<double> Seconds(string name, string description, double defaultValue, double min) => new(name)
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
        string text;
        try
        {
            text = await File.ReadAllTextAsync(feedsPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: {feedsPath}: cannot read the feeds file: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        (IReadOnlyList<FeedSource> sources, IReadOnlyList<string> problems) = FeedList.Parse(text);
        foreach (string problem in problems)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: {feedsPath}:{problem}").ConfigureAwait(false);
        }

        if (sources.Count == 0)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: {feedsPath}: no feeds").ConfigureAwait(false);
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
        void Report(PollReport poll)
        {
            console.Error.WriteLine($"{MizanCli.Name}: {poll.Line()}");
            foreach (string error in poll.Errors)
            {
                console.Error.WriteLine($"{MizanCli.Name}:   {error}");
            }

            console.Error.Flush();
        }

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
