using System.Globalization;
using System.Text;
using Mizan.Events;
using Mizan.IO.Input;
using Mizan.Pipeline;

namespace Mizan.Cli.Explanation;

/// <summary>
/// Runs <c>mizan explain</c>: reads articles as <c>mizan extract</c> does and writes, for each, the
/// sentences that hold a trigger word and what became of each word (<see cref="TriggerDecision"/>).
/// One article at a time: this is for reading, not for throughput.
/// </summary>
internal static class ExplainRunner
{
    /// <summary>Sentences longer than this are shortened in the listing.</summary>
    internal const int SentenceChars = 200;

    public static async Task<int> RunAsync(CliConsole console, ExplainSettings settings, CancellationToken cancellationToken)
    {
        MizanEngine engine;
        try
        {
            engine = MizanEngine.CreateDefault(console.Time, new ExtractionOptions { RulesOnly = settings.RulesOnly });
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or IOException or FormatException)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: cannot start the engine: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        var reader = new ArticleReader(new ArticleReaderOptions { Format = settings.Format, OpenStandardInput = console.OpenInput });
        long written = 0, failed = 0;
        await using var output = new StreamWriter(console.Output, new UTF8Encoding(false), leaveOpen: true);
        foreach (ReadResult item in reader.Read(settings.Paths, cancellationToken))
        {
            if (!item.IsArticle)
            {
                failed++;
                await console.Error.WriteLineAsync($"{MizanCli.Name}: {item.Error}").ConfigureAwait(false);
                continue;
            }

            foreach (ReadError warning in item.Warnings)
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: warning: {warning}").ConfigureAwait(false);
            }

            Article article = settings.Published is { } date ? item.Article! with { Published = date, PublishedAt = null } : item.Article!;
            string text;
            try
            {
                Document document = engine.Process(article, cancellationToken);
                text = Format(document, engine.Explain(document));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
                await console.Error.WriteLineAsync($"{MizanCli.Name}: {item.Location}: explaining article '{article.Id}' failed: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
                continue;
            }

            await output.WriteAsync(text).ConfigureAwait(false);
            written++;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return failed == 0 && written > 0 ? ExitCodes.Success : written == 0 ? ExitCodes.Failure : ExitCodes.PartialFailure;
    }

    /// <summary>The listing of one article: its id and events, then each sentence with a trigger word and the word's fate.</summary>
    internal static string Format(Document document, IReadOnlyList<TriggerDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(decisions);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# ").Append(document.Article.Id).Append(inv, $" ({document.Events.Length} {(document.Events.Length == 1 ? "event" : "events")}");
        sb.AppendLine(decisions.Count == 0 ? ", no trigger word)" : ")");
        int sentence = -1;
        foreach (TriggerDecision d in decisions.OrderBy(d => d.Sentence).ThenBy(d => d.Trigger.Start))
        {
            if (d.Sentence != sentence)
            {
                sentence = d.Sentence;
                string words = document.Text[document.Sentences[sentence].Span.Start..document.Sentences[sentence].Span.End].ReplaceLineEndings(" ");
                sb.Append(inv, $"  s{sentence}: ").AppendLine(words.Length <= SentenceChars ? words : words[..SentenceChars] + "…");
            }

            sb.Append(inv, $"    {d.Type,-9} {Verdict(d.Verdict),-10} «{d.Trigger.Text}»  ").AppendLine(Why(d));
        }

        return sb.AppendLine().ToString();
    }

    private static string Verdict(TriggerVerdict v) => v switch
    {
        TriggerVerdict.Starts => "event",
        TriggerVerdict.Background => "background",
        TriggerVerdict.Declined => "declined",
        _ => "set aside",
    };

    private static string Why(TriggerDecision d)
    {
        if (d.Verdict == TriggerVerdict.Rejected)
        {
            return d.Cue is { } cue ? $"{d.Rejection}: «{cue.Text}»" : d.Rejection ?? string.Empty;
        }

        string rules = d.RulesStart ? "rules: yes" : "rules: no";
        return d.Probability is { } p && d.Threshold is { } t
            ? string.Create(CultureInfo.InvariantCulture, $"{rules}; learned: {p:0.00} {(p >= t ? "≥" : "<")} {t:0.00}")
            : rules;
    }
}
