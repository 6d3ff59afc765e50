namespace Mizan.Storage;

/// <summary>
/// An article (or a file, line or record) that could not be stored, with its error. Failures are
/// kept in the store so that a run can go on and the problem stays visible; a later successful
/// ingest of the same article removes its failure.
/// </summary>
/// <param name="Key">Identity of the failure: <c>article:ID</c> for an article whose processing failed, <c>input:FILE:LINE:CODE</c> for input that could not be read.</param>
/// <param name="ArticleId">The article's id, when it was read.</param>
/// <param name="ContentHash">The article's content hash, when it was read.</param>
/// <param name="Input">Where it was read (<c>FILE:LINE</c>, or <c>FILE</c>).</param>
/// <param name="Code">A stable error code (<c>processing-failed</c>, <c>json-malformed</c> ...).</param>
/// <param name="Message">What went wrong.</param>
public sealed record FailedArticle(string Key, string? ArticleId, string? ContentHash, string Input, string Code, string Message)
{
    /// <summary>The code of an article whose processing threw.</summary>
    public const string ProcessingFailedCode = "processing-failed";

    /// <summary>The code of an article whose processing went over its time budget.</summary>
    public const string ArticleTimeoutCode = "article-timeout";

    /// <summary>An article whose processing went over its time budget (and was given up).</summary>
    public static FailedArticle TimedOut(string articleId, string contentHash, string input, TimeSpan budget) =>
        new("article:" + articleId, articleId, contentHash, input, ArticleTimeoutCode, $"processing article '{articleId}' went over its budget of {budget.TotalSeconds:0.###} s and was given up");

    /// <summary>An article whose processing failed.</summary>
    public static FailedArticle Processing(string articleId, string contentHash, string input, string message) =>
        new("article:" + articleId, articleId, contentHash, input, ProcessingFailedCode, message);

    /// <summary>Input that could not be read.</summary>
    public static FailedArticle Unreadable(string input, string code, string message) =>
        new($"input:{input}:{code}", null, null, input, code, message);
}
