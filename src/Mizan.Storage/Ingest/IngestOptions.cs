using Mizan.Events;
using Mizan.IO.Input;

namespace Mizan.Storage.Ingest;

/// <summary>How an ingest runs.</summary>
public sealed record IngestOptions
{
    /// <summary>
    /// How the engine extracts the events a store keeps: background events too (an incident the
    /// article recalls, marked <see cref="Event.Background"/>), so that the page can show them as
    /// context; exports and counts leave them out unless asked for.
    /// </summary>
    public static ExtractionOptions Extraction { get; } = new() { IncludeBackground = true };

    /// <summary>The largest number of articles a transaction may hold.</summary>
    public const int MaxCommitEvery = 100_000;

    /// <summary>Articles processed at once (default: the number of processors).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles written per transaction (default 200): a killed run loses at most this many, and redoes them.</summary>
    public int CommitEvery { get; init; } = 200;

    /// <summary>When set, the publication date of every article (overrides the input's dates).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>
    /// How long one article may take to process (default 30 s; run-on text is cut into bounded
    /// sentences, so a real article needs milliseconds): an article over it is given up with
    /// <c>article-timeout</c> and the others go on.
    /// </summary>
    public TimeSpan ArticleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How the inputs are read.</summary>
    public ArticleReaderOptions Reader { get; init; } = new();
}
