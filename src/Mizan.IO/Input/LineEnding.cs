namespace Mizan.IO.Input;

/// <summary>How a line ended in the input.</summary>
internal enum LineEnding
{
    /// <summary>The last line of the input, without a line break.</summary>
    None,

    /// <summary><c>\n</c>.</summary>
    LineFeed,

    /// <summary><c>\r\n</c>.</summary>
    CarriageReturnLineFeed,
}

/// <summary>Text of line endings.</summary>
internal static class LineEndings
{
    public static string Text(LineEnding ending) => ending switch
    {
        LineEnding.LineFeed => "\n",
        LineEnding.CarriageReturnLineFeed => "\r\n",
        _ => string.Empty,
    };

    public static int ByteCount(LineEnding ending) => ending switch
    {
        LineEnding.LineFeed => 1,
        LineEnding.CarriageReturnLineFeed => 2,
        _ => 0,
    };
}
