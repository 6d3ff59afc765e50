using System.CommandLine;
using System.CommandLine.Parsing;
using System.Data.Common;
using Mizan.Cli.Storage;
using Mizan.IO.Input;
using Mizan.Storage;
using Mizan.Storage.Ingest;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan ingest PATHS... [--db FILE|CONNECTION] [--threads N] [--commit-every N]</c>, or <c>mizan ingest --url URL...</c> for web pages.</summary>
internal static class IngestCommand
{
    public const string Name = "ingest";

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATHS")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Files, folders (read recursively) or - for standard input, in any format 'mizan extract' reads (plain text, JSON Lines, TREC, each optionally gzip-compressed).",
        };
        paths.Validators.Add(result =>
        {
            foreach (Token token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unknown option '{token.Value}' (to read a file whose name starts with '-', write ./{token.Value}).");
                }
            }
        });
        var urls = new Option<string[]>("--url")
        {
            HelpName = "URL",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            Description = "Web pages to fetch (politely: robots.txt, rate limit, retries), whose article is pulled out, extracted and stored with its address and fetch time; instead of PATHS.",
        };
        Option<string?> db = StoreOptions.Database();
        Option<int> threads = StoreOptions.Count("--threads", "Articles processed at once (default: the number of processors).", Environment.ProcessorCount, 256, "-t");
        Option<int> commitEvery = StoreOptions.Count("--commit-every", "Articles written per transaction (default 200). A run that is killed loses at most this many, and the next run redoes them.", 200, IngestOptions.MaxCommitEvery);
        Option<DateOnly?> published = StoreOptions.Date("--published", "Publication date of every article (the reference for relative dates); overrides the dates in the input.");
        var format = new Option<string>("--format", "-f")
        {
            HelpName = "auto|text|jsonl|trec",
            Description = "Input format. auto decides per input from the extension or else from the content.",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong("auto", "text", "jsonl", "trec");
        var cluster = new Option<string?>("--cluster")
        {
            HelpName = "HOST:PORT",
            Description = "Hand the articles to a cluster of nodes (mizan node) that finds itself through this Redis, instead of extracting them here; see docs/scale-out.md.",
        };
        var clusterId = new Option<string>("--cluster-id")
        {
            HelpName = "NAME",
            Description = "With --cluster: the cluster's name, as its nodes were given it (default mizan).",
            DefaultValueFactory = _ => "mizan",
        };
        Option<int> maxRecordBytes = StoreOptions.Count("--max-record-bytes", "Largest line, record or text file accepted; larger ones are recorded as failures and skipped.", ArticleReaderOptions.DefaultMaxRecordBytes, ArticleReaderOptions.MaxAllowedRecordBytes);

        var command = new Command(Name, "Extract the events of articles and store them (default: the SQLite file mizan.db in the current folder), then link reports of one incident across articles. Idempotent (an article already stored with the same content is skipped) and crash-safe (kill it at any moment and run it again). Failing articles are recorded with their error and the run goes on.")
        {
            paths,
            urls,
            db,
            threads,
            commitEvery,
            published,
            format,
            maxRecordBytes,
            cluster,
            clusterId,
        };
        command.Validators.Add(result =>
        {
            bool hasPaths = result.GetValue(paths) is { Length: > 0 };
            bool hasUrls = result.GetValue(urls) is { Length: > 0 };
            if (hasPaths == hasUrls)
            {
                result.AddError(hasPaths ? "Give PATHS or --url, not both." : "Give the files to ingest (PATHS) or web pages (--url URL...).");
            }
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            if (parseResult.GetValue(urls) is { Length: > 0 } pages)
            {
                return WebRun.IngestUrlsAsync(console, pages, parseResult.GetValue(db), new Mizan.Watch.Http.WebOptions(), cancellationToken);
            }

            var options = new IngestOptions
            {
                Threads = parseResult.GetValue(threads),
                CommitEvery = parseResult.GetValue(commitEvery),
                Published = parseResult.GetValue(published),
                Reader = new ArticleReaderOptions
                {
                    MaxRecordBytes = parseResult.GetValue(maxRecordBytes),
                    Format = parseResult.GetValue(format) switch
                    {
                        "text" => InputFormat.Text,
                        "jsonl" => InputFormat.JsonLines,
                        "trec" => InputFormat.Trec,
                        _ => InputFormat.Auto,
                    },
                    OpenStandardInput = console.OpenInput,
                },
            };
            if (parseResult.GetValue(cluster) is { } redis)
            {
                return ClusterIngestRun.RunAsync(console, [.. parseResult.GetValue(paths) ?? []], redis, parseResult.GetRequiredValue(clusterId), parseResult.GetValue(db), options, cancellationToken);
            }

            return RunAsync(console, [.. parseResult.GetValue(paths) ?? []], parseResult.GetValue(db), options, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] paths, string? db, IngestOptions options, CancellationToken cancellationToken)
    {
        using IEventStore? store = StoreOptions.OpenStore(console, db, create: true);
        if (store is null)
        {
            return ExitCodes.Failure;
        }

        if (IngestEngine.Create(console) is not { } engine)
        {
            return ExitCodes.Failure;
        }

        var observer = new IngestConsole(console);
        IngestCounts counts;
        try
        {
            counts = await Task.Run(() => Ingestor.WithEngine(store, engine, console.Time).Run(paths, options, observer, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException)
        {
            observer.Clear();
            await console.Error.WriteLineAsync($"{MizanCli.Name}: {store.Description}: cannot write: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        finally
        {
            observer.Clear();
        }

        StoreCounts total = store.Counts();
        await console.Error.WriteLineAsync($"{MizanCli.Name}: {counts.Summary()}").ConfigureAwait(false);
        await console.Error.WriteLineAsync(
            $"{MizanCli.Name}: {store.Description} holds {total.Articles:N0} articles, {total.Events:N0} events, {total.Incidents:N0} incidents, {total.Failures:N0} failures").ConfigureAwait(false);
        return counts.Failed == 0 ? ExitCodes.Success
            : counts.Read == 0 ? ExitCodes.Failure
            : ExitCodes.PartialFailure;
    }
}
