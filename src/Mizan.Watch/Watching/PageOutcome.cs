namespace Mizan.Watch.Watching;

/// <summary>What became of one page.</summary>
public enum PageStatus
{
    /// <summary>Fetched, extracted and stored.</summary>
    Added,

    /// <summary>Its address (normalised) already leads to a stored article: not fetched.</summary>
    KnownUrl,

    /// <summary>Fetched, but the same article is stored under another address (canonical address or text): its address is recorded, nothing else.</summary>
    Duplicate,

    /// <summary>It could not be fetched, read or processed.</summary>
    Failed,
}

/// <summary>What became of one page, with the article it is stored as and its events.</summary>
/// <param name="Url">The address asked for.</param>
/// <param name="Status">What became of it.</param>
/// <param name="ArticleId">The stored article it is (added, known or duplicate).</param>
/// <param name="Events">Events extracted from it (added only).</param>
/// <param name="ErrorCode">A stable code when it failed (<see cref="Http.FetchErrorCodes"/>, <c>processing-failed</c>, <c>article-timeout</c>).</param>
/// <param name="Message">What went wrong, for people.</param>
public sealed record PageOutcome(Uri Url, PageStatus Status, string? ArticleId = null, int Events = 0, string? ErrorCode = null, string? Message = null);
