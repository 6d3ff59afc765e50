namespace Mizan.Storage.Ingest;

/// <summary>What <see cref="Ingestor.IngestOne"/> did with one article.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="ContentHash">Its <see cref="Ingest.ContentHash"/>.</param>
/// <param name="Kind">Added, unchanged (already stored with this content) or failed (the failure is recorded in the store).</param>
/// <param name="Events">Events written (0 unless added).</param>
/// <param name="Problem">The message reported for a failure, as <c>mizan ingest</c> words it; null otherwise.</param>
public sealed record ArticleOutcome(string ArticleId, string ContentHash, ArticleOutcomeKind Kind, int Events, string? Problem);

/// <summary>What happened to one article.</summary>
public enum ArticleOutcomeKind
{
    /// <summary>Processed and written (new, or replacing a changed version).</summary>
    Added,

    /// <summary>Already stored with the same content: left as it is.</summary>
    Unchanged,

    /// <summary>Its processing failed; the failure is recorded in the store.</summary>
    Failed,
}
