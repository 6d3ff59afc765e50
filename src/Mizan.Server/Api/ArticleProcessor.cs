using Mizan.Pipeline;
using Mizan.Server.Catalog;
using Mizan.Storage;
using Mizan.Storage.Ingest;

namespace Mizan.Server.Api;

/// <summary>
/// Extracts the events of posted articles with the engine (built on first use) and stores them
/// in one transaction, as <c>mizan ingest</c> does; then the catalog is read again, so that the
/// events are listed at once, and the incidents are rebuilt in the background.
/// </summary>
internal sealed class ArticleProcessor(IEventStore store, EventCatalog catalog, IncidentRebuilder rebuilder, TimeProvider time)
{
    private readonly Lazy<MizanEngine> _engine = new(() => MizanEngine.CreateDefault(time, IngestOptions.Extraction), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly SemaphoreSlim _writing = new(1, 1);

    /// <summary>How long one posted article may take to process (as <c>mizan ingest</c>'s default).</summary>
    public static readonly TimeSpan ArticleTimeout = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<ProcessedArticle>> StoreAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        MizanEngine engine = _engine.Value;
        var records = new List<ArticleRecord>();
        var failures = new List<FailedArticle>();
        var results = new List<ProcessedArticle>();
        foreach (Article article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string hash = ContentHash.Of(article);
            string input = "POST /api/articles:" + article.Id;
            try
            {
                Document document = ArticleBudget.Process(engine.Process, article, ArticleTimeout, time, cancellationToken);
                ArticleRecord record = ArticleRecords.From(document, hash, input, engine.Resources.Gazetteer);
                records.Add(record);
                results.Add(new ProcessedArticle(article.Id, ProcessedArticle.Added, [.. record.Events.Select(e => e.Id)], null));
            }
            catch (ArticleTimeoutException)
            {
                // Over its budget: given up with a clear code, the other articles of the request go on.
                FailedArticle failure = FailedArticle.TimedOut(article.Id, hash, input, ArticleTimeout);
                failures.Add(failure);
                results.Add(new ProcessedArticle(article.Id, ProcessedArticle.Failed, [], $"{failure.Message} [{FailedArticle.ArticleTimeoutCode}]"));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                string message = $"processing article '{article.Id}' failed: {ex.GetType().Name}";
                failures.Add(FailedArticle.Processing(article.Id, hash, input, message));
                results.Add(new ProcessedArticle(article.Id, ProcessedArticle.Failed, [], message));
            }
        }

        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            IReadOnlyDictionary<string, string> stored = store.StoredHashes([.. records.Select(r => r.Article.Id)]);
            var unchanged = records.Where(r => stored.TryGetValue(r.Article.Id, out string? h) && h == r.ContentHash).Select(r => r.Article.Id).ToHashSet(StringComparer.Ordinal);
            store.Write(records, failures);
            for (int i = 0; i < results.Count; i++)
            {
                if (unchanged.Contains(results[i].Id) && results[i].Outcome == ProcessedArticle.Added)
                {
                    results[i] = results[i] with { Outcome = ProcessedArticle.Unchanged };
                }
            }
        }
        finally
        {
            _writing.Release();
        }

        await catalog.RefreshAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (results.Any(r => r.Outcome == ProcessedArticle.Added))
        {
            rebuilder.Request();
        }

        return results;
    }
}
