using Mizan.Pipeline;

namespace Mizan.Storage.Ingest;

/// <summary>
/// Runs the engine on one article within a time budget: the budget's cancellation reaches every
/// stage (the event reader checks it between sentences), and running over it is an
/// <see cref="ArticleTimeoutException"/>, while the caller's own cancellation stays a cancellation.
/// Used by <c>mizan ingest</c> and by <c>POST /api/articles</c>.
/// </summary>
public static class ArticleBudget
{
    /// <summary>The document of <paramref name="article"/>, or <see cref="ArticleTimeoutException"/> when it takes longer than <paramref name="budget"/>.</summary>
    public static Document Process(
        Func<Article, CancellationToken, Document> process,
        Article article,
        TimeSpan budget,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(time);
        using var timer = new CancellationTokenSource(budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return process(article, linked.Token);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ArticleTimeoutException(budget);
        }
    }
}
