using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Text;
using Mizan.Cli.Commands;

namespace Mizan.Cli;

/// <summary>
/// The <c>mizan</c> command line. Each command lives in its own file under
/// <c>Commands/</c> and is listed in <see cref="CreateRootCommand"/>.
/// </summary>
public static class MizanCli
{
    /// <summary>The program name, in usage lines and messages.</summary>
    public const string Name = "mizan";

    /// <summary>Runs the command line against the given streams; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static Task<int> RunAsync(string[] args, Stream stdin, Stream stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        return RunAsync(args, new CliConsole(() => stdin, stdout, stderr, ErrorIsTerminal: false, TimeProvider.System), cancellationToken);
    }

    /// <summary>Runs the command line; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        Command root = CreateRootCommand(console);
        ParseResult parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

        var help = new StreamWriter(console.Output, new UTF8Encoding(false), bufferSize: 4096, leaveOpen: true);
        await using (help.ConfigureAwait(false))
        {
            if (parsed.Errors.Count > 0 && !ExitCodesHelp.IsHelp(parsed.Action))
            {
                foreach (ParseError error in parsed.Errors)
                {
                    await console.Error.WriteLineAsync($"{Name}: {error.Message}").ConfigureAwait(false);
                }

                string commandPath = string.Join(' ', parsed.CommandResult.Command.Name == root.Name
                    ? [Name]
                    : new[] { Name, parsed.CommandResult.Command.Name });
                await console.Error.WriteLineAsync($"Try '{commandPath} --help'.").ConfigureAwait(false);
                await console.Error.FlushAsync(cancellationToken).ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            var invocation = new InvocationConfiguration
            {
                Output = help,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            };
            try
            {
                return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await console.Error.WriteLineAsync($"{Name}: interrupted").ConfigureAwait(false);
                return ExitCodes.Interrupted;
            }
            finally
            {
                await help.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                await console.Error.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The root command with every subcommand.</summary>
    internal static Command CreateRootCommand(CliConsole console)
    {
        HelpOption help = ExitCodesHelp.CreateHelpOption();
        var root = new Command(Name, "Mizan reads Arabic news about armed conflict and extracts verifiable event data: who did what to whom, where, when, with casualty figures, each with its source and the exact words in the article.")
        {
            Options = { help, new VersionOption() },
        };

        // One line per command; each command is defined in its own file under Commands/.
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(ExplainCommand.Create(console));
        root.Subcommands.Add(IngestCommand.Create(console));
        root.Subcommands.Add(WatchCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(SearchCommand.Create(console));
        root.Subcommands.Add(EvaluateCommand.Create(console));
        root.Subcommands.Add(TrainCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(NodeCommand.Create(console));
        root.Subcommands.Add(NodesCommand.Create(console));

        // `mizan` alone shows the help, as a usage error.
        root.SetAction(parseResult =>
        {
            ((SynchronousCommandLineAction)help.Action!).Invoke(parseResult);
            return ExitCodes.Failure;
        });
        return root;
    }
}
