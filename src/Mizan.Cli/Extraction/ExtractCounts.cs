namespace Mizan.Cli.Extraction;

/// <summary>What an extraction run has done so far.</summary>
internal sealed class ExtractCounts
{
    /// <summary>Articles read successfully from the inputs.</summary>
    public long Read { get; set; }

    /// <summary>JSON lines written.</summary>
    public long Written { get; set; }

    /// <summary>Files, lines or records that could not be read, and articles whose processing failed.</summary>
    public long Failed { get; set; }

    /// <summary>Articles read with a problem that did not stop them (a publication date that is not a date).</summary>
    public long Warnings { get; set; }

    /// <summary>The exit code these counts call for.</summary>
    public int ExitCode => Failed == 0 && Written > 0 ? ExitCodes.Success
        : Written == 0 ? ExitCodes.Failure
        : ExitCodes.PartialFailure;

    /// <summary>The summary line, without the program name.</summary>
    public string Summary() =>
        $"{Read:N0} {(Read == 1 ? "article" : "articles")} read, {Written:N0} written, {Failed:N0} failed"
        + (Warnings > 0 ? $", {Warnings:N0} {(Warnings == 1 ? "warning" : "warnings")}" : string.Empty);
}
