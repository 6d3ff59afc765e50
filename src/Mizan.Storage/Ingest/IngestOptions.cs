using Mizan.IO.Input;

namespace Mizan.Storage.Ingest;

/// <summary>How an ingest runs.</summary>
public sealed record IngestOptions
{
    /// <summary>The largest number of articles a transaction may hold.</summary>
    public const int MaxCommitEvery = 100_000;

    /// <summary>Articles processed at once (default: the number of processors).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles written per transaction (default 200): a killed run loses at most this many, and redoes them.</summary>
    public int CommitEvery { get; init; } = 200;

    /// <summary>When set, the publication date of every article (overrides the input's dates).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>How the inputs are read.</summary>
    public ArticleReaderOptions Reader { get; init; } = new();
}
