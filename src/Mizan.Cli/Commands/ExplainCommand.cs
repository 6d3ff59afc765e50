using System.CommandLine;
using Mizan.Cli.Explanation;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan explain PATHS... [--format F] [--published yyyy-MM-dd] [--rules-only]</c>.</summary>
internal static class ExplainCommand
{
    public const string Name = "explain";

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATHS")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Files, folders or - for standard input, read as by 'mizan extract'.",
        };
        paths.Validators.Add(ExtractCommand.RejectOptionsAsPaths);
        var published = new Option<DateOnly?>("--published")
        {
            HelpName = "yyyy-MM-dd",
            Description = "Publication date of every article; overrides the dates in the input.",
            CustomParser = ExtractCommand.ParseDate,
        };
        var format = new Option<string>("--format", "-f")
        {
            HelpName = "auto|text|jsonl|trec",
            Description = "Input format, as for 'mizan extract'.",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong("auto", "text", "jsonl", "trec");
        var rulesOnly = new Option<bool>("--rules-only")
        {
            Description = "Let the rules alone decide which candidates start events, as without the learned scorer.",
        };

        var command = new Command(Name, "Show, sentence by sentence, every trigger word the rules read and what became of it: an event (with the learned scorer's probability and threshold), a candidate that was declined, or a word set aside, with the cue words that set it aside. Reading problems are reported on standard error as by 'mizan extract'.")
        {
            paths,
            published,
            format,
            rulesOnly,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new ExplainSettings(
                [.. parseResult.GetValue(paths) ?? []],
                parseResult.GetValue(published),
                ExtractCommand.ToFormat(parseResult.GetValue(format)),
                parseResult.GetValue(rulesOnly));
            return ExplainRunner.RunAsync(console, settings, cancellationToken);
        });
        return command;
    }
}
