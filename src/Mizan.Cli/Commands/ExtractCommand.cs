using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Mizan.Cli.Extraction;
using Mizan.IO.Input;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan extract PATHS... [--published yyyy-MM-dd] [--output FILE] [--threads N]</c>.</summary>
internal static class ExtractCommand
{
    public const string Name = "extract";

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATHS")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Files, folders (read recursively) or - for standard input. Plain text (one article per file, id = file name), JSON Lines ({\"id\",\"text\",\"title\"?,\"published\"?,\"source\"?,\"url\"?} per line) or TREC <DOC> records, each optionally gzip-compressed.",
        };
        paths.Validators.Add(RejectOptionsAsPaths);
        var published = new Option<DateOnly?>("--published")
        {
            HelpName = "yyyy-MM-dd",
            Description = "Publication date of every article (the reference for relative dates such as 'yesterday'); overrides the dates in the input.",
            CustomParser = ParseDate,
        };
        var output = new Option<string?>("--output", "-o")
        {
            HelpName = "FILE",
            Description = "Write the JSON Lines to FILE instead of standard output.",
        };
        var threads = new Option<int>("--threads", "-t")
        {
            HelpName = "N",
            Description = "Articles processed at once (default: the number of processors); output stays in input order.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = result => ParseCount(result, "--threads", ExtractSettings.MaxThreads),
        };
        var format = new Option<string>("--format", "-f")
        {
            HelpName = "auto|text|jsonl|trec",
            Description = "Input format. auto decides per input from the extension (.txt, .jsonl, .trec, after any .gz) or else from the content.",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong("auto", "text", "jsonl", "trec");
        var maxRecordBytes = new Option<int>("--max-record-bytes")
        {
            HelpName = "BYTES",
            Description = "Largest line, record or text file accepted; larger ones are reported and skipped.",
            DefaultValueFactory = _ => ArticleReaderOptions.DefaultMaxRecordBytes,
            CustomParser = result => ParseCount(result, "--max-record-bytes", ArticleReaderOptions.MaxAllowedRecordBytes),
        };

        var background = new Option<bool>("--background")
        {
            Description = "Also report incidents the article recalls from the past (dated more than 30 days before publication, or by a year when the date is unknown), marked \"background\": true.",
        };

        var command = new Command(Name, "Extract events from articles and write one JSON line per article, in input order. Problems are reported on standard error as 'mizan: FILE:LINE: message [code]', followed by a summary line; one bad article never stops the others.")
        {
            paths,
            published,
            output,
            threads,
            format,
            maxRecordBytes,
            background,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new ExtractSettings(
                [.. parseResult.GetValue(paths) ?? []],
                parseResult.GetValue(published),
                parseResult.GetValue(output),
                parseResult.GetValue(threads),
                ToFormat(parseResult.GetValue(format)),
                parseResult.GetValue(maxRecordBytes),
                parseResult.GetValue(background));
            return ExtractRunner.RunWithDefaultEngineAsync(console, settings, cancellationToken);
        });
        return command;
    }

    /// <summary>An unknown option would otherwise be taken for a path: a parse error that says how to name such a file.</summary>
    internal static void RejectOptionsAsPaths(ArgumentResult result)
    {
        foreach (Token token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"Unknown option '{token.Value}' (to read a file whose name starts with '-', write ./{token.Value}).");
            }
        }
    }

    /// <summary>A date written yyyy-MM-dd, or a parse error.</summary>
    internal static DateOnly? ParseDate(ArgumentResult result)
    {
        string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        result.AddError($"--published must be a date written yyyy-MM-dd, not '{token}'.");
        return null;
    }

    /// <summary>A whole number from 1 to <paramref name="max"/>, or a parse error.</summary>
    private static int ParseCount(ArgumentResult result, string option, int max)
    {
        string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1 && value <= max)
        {
            return value;
        }

        result.AddError($"{option} must be a whole number from 1 to {max}, not '{token}'.");
        return 1;
    }

    /// <summary>The input format an option names.</summary>
    internal static InputFormat ToFormat(string? name) => name switch
    {
        "text" => InputFormat.Text,
        "jsonl" => InputFormat.JsonLines,
        "trec" => InputFormat.Trec,
        _ => InputFormat.Auto,
    };
}
