namespace Mizan.Cluster.Grains;

/// <summary>
/// One article, keyed by its content hash (<see cref="Mizan.Storage.Ingest.ContentHash"/>):
/// Orleans keeps one activation of a key in the whole cluster and runs its calls one at a time,
/// so an article sent to two nodes at once is extracted and stored once.
/// </summary>
public interface IArticleGrain : IGrainWithStringKey
{
    /// <summary>Extracts and stores the article unless it is already stored; a second call is a no-op.</summary>
    Task<ArticleResult> Ingest(ArticleMessage article);

    /// <summary>
    /// Extracts and stores a page's article with its web source (as <c>mizan watch</c> does), unless
    /// its address or its text is already stored, when only its addresses are recorded; a second call is a no-op.
    /// </summary>
    Task<ArticleResult> IngestPage(WebArticleMessage page);
}
