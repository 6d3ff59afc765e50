using System.Collections.Immutable;
using Mizan.IO.Input;

namespace Mizan.Cli.Extraction;

/// <summary>What <c>mizan extract</c> was asked to do.</summary>
/// <param name="Paths">Files, folders, or <c>-</c> for standard input.</param>
/// <param name="Published">When set, the publication date of every article.</param>
/// <param name="OutputPath">The output file, or null (or <c>-</c>) for standard output.</param>
/// <param name="Threads">How many articles are processed at once.</param>
/// <param name="Format">The input format, or <see cref="InputFormat.Auto"/>.</param>
/// <param name="MaxRecordBytes">The largest record accepted.</param>
/// <param name="IncludeBackground">Whether incidents recalled from the past are reported too (marked background).</param>
internal sealed record ExtractSettings(
    ImmutableArray<string> Paths,
    DateOnly? Published,
    string? OutputPath,
    int Threads,
    InputFormat Format = InputFormat.Auto,
    int MaxRecordBytes = ArticleReaderOptions.DefaultMaxRecordBytes,
    bool IncludeBackground = false)
{
    public const int MaxThreads = 256;

    /// <summary>How many articles may be read ahead of the one being written, per thread.</summary>
    public const int WindowPerThread = 4;
}
