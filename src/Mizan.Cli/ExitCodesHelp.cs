using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Mizan.Cli;

/// <summary>A help option whose text ends with the exit codes of <see cref="ExitCodes"/>.</summary>
internal static class ExitCodesHelp
{
    public static HelpOption CreateHelpOption()
    {
        var option = new HelpOption();
        option.Action = new HelpWithExitCodes((HelpAction)option.Action!);
        return option;
    }

    /// <summary>True when the parsed action is the help (which then wins over parse errors).</summary>
    public static bool IsHelp(CommandLineAction? action) => action is HelpWithExitCodes or HelpAction;

    private sealed class HelpWithExitCodes(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int result = standard.Invoke(parseResult);
            TextWriter output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(ExitCodes.HelpText);
            return result;
        }
    }
}
