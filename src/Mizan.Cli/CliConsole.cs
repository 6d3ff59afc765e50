namespace Mizan.Cli;

/// <summary>
/// The process's streams as a command sees them, so that commands run the same in the
/// real process and in tests.
/// </summary>
/// <param name="OpenInput">Opens standard input (read when a path is <c>-</c>).</param>
/// <param name="Output">Standard output, as bytes (JSON Lines are written as UTF-8).</param>
/// <param name="Error">Standard error: messages, summary and progress.</param>
/// <param name="ErrorIsTerminal">True when standard error is a terminal: only then is progress shown.</param>
/// <param name="Time">The clock, used only to pace progress updates.</param>
public sealed record CliConsole(Func<Stream> OpenInput, Stream Output, TextWriter Error, bool ErrorIsTerminal, TimeProvider Time)
{
    /// <summary>The real process: console streams, progress when standard error is not redirected.</summary>
    public static CliConsole FromProcess() => new(
        Console.OpenStandardInput,
        Console.OpenStandardOutput(),
        Console.Error,
        !Console.IsErrorRedirected,
        TimeProvider.System);
}
