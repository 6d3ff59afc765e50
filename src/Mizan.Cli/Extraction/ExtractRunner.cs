using Mizan.IO.Input;
using Mizan.IO.Output;
using Mizan.Pipeline;

namespace Mizan.Cli.Extraction;

/// <summary>
/// Runs <c>mizan extract</c>: reads articles, processes up to N at once, writes one JSON line
/// per article in input order, reports every problem on standard error, and ends with a
/// summary line. The number of articles in flight is bounded (N × 4), so memory stays
/// bounded whatever the input size.
/// </summary>
internal sealed class ExtractRunner
{
    /// <summary>The code of an article whose processing threw.</summary>
    public const string ProcessingFailedCode = "processing-failed";

    private readonly CliConsole _console;
    private readonly ExtractSettings _settings;
    private readonly Func<Article, CancellationToken, Document> _process;
    private readonly ExtractCounts _counts = new();
    private readonly ProgressLine? _progress;

    public ExtractRunner(CliConsole console, ExtractSettings settings, Func<Article, CancellationToken, Document> process)
    {
        _console = console;
        _settings = settings;
        _process = process;
        _progress = console.ErrorIsTerminal ? new ProgressLine(console.Error, console.Time) : null;
    }

    /// <summary>Runs with the default engine (<see cref="MizanEngine.CreateDefault"/>), one instance shared by all threads.</summary>
    public static async Task<int> RunWithDefaultEngineAsync(CliConsole console, ExtractSettings settings, CancellationToken cancellationToken)
    {
        MizanEngine engine;
        try
        {
            engine = MizanEngine.CreateDefault(console.Time, new Events.ExtractionOptions { IncludeBackground = settings.IncludeBackground });
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or IOException or FormatException)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: cannot start the engine: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        return await new ExtractRunner(console, settings, engine.Process).RunAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Stream? output = OpenOutput();
        if (output is null)
        {
            return ExitCodes.Failure;
        }

        try
        {
            bool completed = await ExtractAllAsync(output, cancellationToken).ConfigureAwait(false);
            if (!completed)
            {
                return ExitCodes.Failure;
            }
        }
        finally
        {
            _progress?.Clear();
            if (!ReferenceEquals(output, _console.Output))
            {
                await output.DisposeAsync().ConfigureAwait(false);
            }
        }

        await _console.Error.WriteLineAsync($"{MizanCli.Name}: {_counts.Summary()}").ConfigureAwait(false);
        return _counts.ExitCode;
    }

    /// <summary>False when the output could not be written (a fatal error, already reported).</summary>
    private async Task<bool> ExtractAllAsync(Stream output, CancellationToken cancellationToken)
    {
        var reader = new ArticleReader(new ArticleReaderOptions
        {
            MaxRecordBytes = _settings.MaxRecordBytes,
            Format = _settings.Format,
            OpenStandardInput = _console.OpenInput,
        });
        int threads = Math.Clamp(_settings.Threads, 1, ExtractSettings.MaxThreads);
        int window = threads == 1 ? 1 : threads * ExtractSettings.WindowPerThread;
        TaskScheduler? scheduler = threads == 1 ? null : new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        var pending = new Queue<PendingItem>(window);

        foreach (ReadResult item in reader.Read(_settings.Paths, cancellationToken))
        {
            Task<byte[]>? work = null;
            if (item.IsArticle)
            {
                _counts.Read++;
                Article article = _settings.Published is { } date ? item.Article with { Published = date, PublishedAt = null } : item.Article;
                work = scheduler is null
                    ? RunInline(article, cancellationToken)
                    : Task.Factory.StartNew(() => Render(article, cancellationToken), cancellationToken, TaskCreationOptions.None, scheduler);
            }

            pending.Enqueue(new PendingItem(item, work));
            while (pending.Count >= window)
            {
                if (!await CompleteAsync(pending.Dequeue(), output).ConfigureAwait(false))
                {
                    return false;
                }
            }
        }

        while (pending.Count > 0)
        {
            if (!await CompleteAsync(pending.Dequeue(), output).ConfigureAwait(false))
            {
                return false;
            }
        }

        try
        {
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await ReportFatalAsync($"cannot write the output: {ex.Message}").ConfigureAwait(false);
            return false;
        }

        return true;
    }

    /// <summary>Writes the next item in input order: its JSON line, or its error.</summary>
    private async Task<bool> CompleteAsync(PendingItem item, Stream output)
    {
        if (item.Work is null)
        {
            _counts.Failed++;
            await ReportAsync(item.Result.Error!.ToString()).ConfigureAwait(false);
            return true;
        }

        foreach (ReadError warning in item.Result.Warnings)
        {
            _counts.Warnings++;
            await ReportAsync($"warning: {warning}").ConfigureAwait(false);
        }

        byte[] json;
        try
        {
            json = await item.Work.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _counts.Failed++;
            await ReportAsync($"{item.Result.Location}: processing article '{item.Result.Article!.Id}' failed: {ex.GetType().Name}: {ex.Message} [{ProcessingFailedCode}]").ConfigureAwait(false);
            return true;
        }

        try
        {
            await output.WriteAsync(json).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await ReportFatalAsync($"cannot write the output: {ex.Message}").ConfigureAwait(false);
            return false;
        }

        _counts.Written++;
        _progress?.Update(_counts);
        return true;
    }

    private Task<byte[]> RunInline(Article article, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult(Render(article, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            return Task.FromException<byte[]>(ex);
        }
    }

    private byte[] Render(Article article, CancellationToken cancellationToken) =>
        ExtractionJsonWriter.ToJsonLine(_process(article, cancellationToken));

    private Stream? OpenOutput()
    {
        if (_settings.OutputPath is null or "-")
        {
            return _console.Output;
        }

        try
        {
            return new FileStream(_settings.OutputPath, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 64 * 1024);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            _console.Error.WriteLine($"{MizanCli.Name}: {_settings.OutputPath}: cannot create the output file: {ex.Message}");
            return null;
        }
    }

    private async Task ReportAsync(string message)
    {
        _progress?.Clear();
        await _console.Error.WriteLineAsync($"{MizanCli.Name}: {message}").ConfigureAwait(false);
        _progress?.Update(_counts);
    }

    private async Task ReportFatalAsync(string message)
    {
        _progress?.Clear();
        await _console.Error.WriteLineAsync($"{MizanCli.Name}: {message}").ConfigureAwait(false);
        await _console.Error.WriteLineAsync($"{MizanCli.Name}: stopped: {_counts.Summary()}").ConfigureAwait(false);
    }

    /// <summary>An item read, with its processing when it is an article.</summary>
    private sealed record PendingItem(ReadResult Result, Task<byte[]>? Work);
}
