namespace Mizan.Cli;

/// <summary>The exit codes of every <c>mizan</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Everything was read and written.</summary>
    public const int Success = 0;

    /// <summary>Some articles, lines or files failed (see standard error); the others were written.</summary>
    public const int PartialFailure = 1;

    /// <summary>A usage error, or nothing could be read or written.</summary>
    public const int Failure = 2;

    /// <summary>Interrupted (Ctrl+C), as shells report SIGINT.</summary>
    public const int Interrupted = 130;

    /// <summary>The help section that explains the codes.</summary>
    public const string HelpText =
        """
        Exit codes:
          0    everything was read and written
          1    some articles, lines or files failed (reported on standard error); the others were written
          2    usage error, or nothing could be read or written
          130  interrupted
        """;
}
