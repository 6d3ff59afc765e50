namespace Mizan.Lexicons;

/// <summary>A language resource file that cannot be read: names the file and the line.</summary>
public sealed class LexiconFormatException : Exception
{
    public LexiconFormatException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public LexiconFormatException()
        : this("(unknown)", 0, "invalid lexicon")
    {
    }

    public LexiconFormatException(string message)
        : this("(unknown)", 0, message)
    {
    }

    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unknown)";
        Problem = message;
    }

    /// <summary>Name of the resource file.</summary>
    public string File { get; } = "(unknown)";

    /// <summary>One-based line number of the bad entry (0 when the file as a whole is wrong).</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; } = string.Empty;
}
