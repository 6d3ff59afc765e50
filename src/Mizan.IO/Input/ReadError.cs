namespace Mizan.IO.Input;

/// <summary>
/// Why one file, line or record could not be read. Reading goes on with the next one.
/// </summary>
/// <param name="File">The input as the user named it (a path, or <c>&lt;stdin&gt;</c>).</param>
/// <param name="Line">The 1-based line the problem is on, or null when it concerns the whole file.</param>
/// <param name="Code">A stable code from <see cref="ReadErrorCodes"/>.</param>
/// <param name="Message">A sentence saying what is wrong.</param>
public sealed record ReadError(string File, long? Line, string Code, string Message)
{
    /// <summary>Where the problem is: <c>FILE:LINE</c>, or <c>FILE</c> alone.</summary>
    public string Location => Line is { } line ? $"{File}:{line}" : File;

    /// <summary>The error as one line: <c>FILE:LINE: message [code]</c>.</summary>
    public override string ToString() => $"{Location}: {Message} [{Code}]";
}
