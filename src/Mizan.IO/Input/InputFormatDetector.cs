namespace Mizan.IO.Input;

/// <summary>
/// Decides the format of an input. A known extension decides (after any <c>.gz</c>):
/// <c>.txt</c>/<c>.text</c> plain text, <c>.jsonl</c>/<c>.ndjson</c>/<c>.json</c> JSON Lines,
/// <c>.trec</c>/<c>.sgml</c> TREC. Otherwise the content decides: a first non-blank line
/// <c>&lt;DOC&gt;</c> means TREC, a first non-blank character <c>{</c> JSON Lines, anything
/// else plain text.
/// </summary>
public static class InputFormatDetector
{
    /// <summary>How many bytes of the start of an input the detector looks at.</summary>
    public const int SniffLength = 4096;

    /// <summary>The format named by a file's extension, or <see cref="InputFormat.Auto"/> when it names none.</summary>
    public static InputFormat FromFileName(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return InputFormat.Auto;
        }

        string name = StripCompressionExtension(Path.GetFileName(fileName));
        string extension = Path.GetExtension(name).ToUpperInvariant();
        return extension switch
        {
            ".TXT" or ".TEXT" => InputFormat.Text,
            ".JSONL" or ".NDJSON" or ".JSON" => InputFormat.JsonLines,
            ".TREC" or ".SGML" => InputFormat.Trec,
            _ => InputFormat.Auto,
        };
    }

    /// <summary>The format that the first bytes of the (decompressed, BOM-less) content suggest.</summary>
    public static InputFormat FromContent(ReadOnlySpan<byte> start)
    {
        ReadOnlySpan<byte> content = start.TrimStart(" \t\r\n\f\v"u8);
        if (content.StartsWith("<DOC>"u8))
        {
            return InputFormat.Trec;
        }

        return content.StartsWith("{"u8) ? InputFormat.JsonLines : InputFormat.Text;
    }

    /// <summary>The format to read: the extension's when it names one, else the content's.</summary>
    public static InputFormat Detect(string? fileName, ReadOnlySpan<byte> start)
    {
        InputFormat byName = FromFileName(fileName);
        return byName != InputFormat.Auto ? byName : FromContent(start);
    }

    /// <summary>
    /// Whether a file found in a folder is an input: its extension (after any <c>.gz</c>) names a
    /// format. <c>.json</c> files are left out (in a folder they are usually single JSON documents,
    /// such as annotations); name one explicitly to read it as JSON Lines.
    /// </summary>
    public static bool IsInputFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        string name = StripCompressionExtension(Path.GetFileName(fileName));
        return FromFileName(name) != InputFormat.Auto && !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The id of a plain-text article: the file name without <c>.gz</c> and without its extension.</summary>
    public static string IdFromFileName(string fileName)
    {
        string name = StripCompressionExtension(Path.GetFileName(fileName));
        string stem = Path.GetFileNameWithoutExtension(name);
        return stem.Length > 0 ? stem : name;
    }

    private static string StripCompressionExtension(string name) =>
        name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
}
