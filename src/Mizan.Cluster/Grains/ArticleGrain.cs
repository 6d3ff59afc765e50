using Mizan.Pipeline;
using Mizan.Storage.Ingest;
using Mizan.Watch.Watching;

namespace Mizan.Cluster.Grains;

/// <summary>
/// Extracts and stores one article, keyed by its content hash. The first call does the work
/// (<see cref="Ingestor.IngestOne"/> for a file's article, <see cref="WebIngestor.StoreAsync"/>
/// for a page's, each of which skips an article the store already holds, say after the
/// activation moved to another node); later calls return at once.
/// Placed at random, so that the articles spread over the nodes.
/// </summary>
[Orleans.Placement.RandomPlacement]
internal sealed class ArticleGrain(NodeWork work) : Grain, IArticleGrain
{
    private ArticleResult? _done;

    public async Task<ArticleResult> Ingest(ArticleMessage article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (_done is not null)
        {
            return Again(_done);
        }

        Article value = article.ToArticle();
        CheckKey(value);

        // The engine and the store block: off the grain's scheduler, one turn of this grain at a time still.
        ArticleOutcome outcome = await work.InFlightAsync(() => Task.Run(() => work.Ingestor.IngestOne(value, article.Input, work.ArticleTimeout))).ConfigureAwait(true);
        ArticleState state = outcome.Kind switch
        {
            ArticleOutcomeKind.Added => ArticleState.Added,
            ArticleOutcomeKind.Unchanged => ArticleState.Unchanged,
            _ => ArticleState.Failed,
        };
        return Done(new ArticleResult { State = state, Events = outcome.Events, Problem = outcome.Problem, Node = RuntimeIdentity });
    }

    public async Task<ArticleResult> IngestPage(WebArticleMessage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (_done is not null)
        {
            return Again(_done);
        }

        FetchedPage fetched = page.ToPage();
        CheckKey(fetched.Article);
        WebIngestor web = work.Web ?? throw new InvalidOperationException("this node was started without a web reader: it cannot store pages");
        PageOutcome outcome = await work.InFlightAsync(() => Task.Run(() => web.StoreAsync(fetched, CancellationToken.None))).ConfigureAwait(true);
        ArticleState state = outcome.Status switch
        {
            PageStatus.Added => ArticleState.Added,
            PageStatus.Failed => ArticleState.Failed,
            _ => ArticleState.Unchanged,
        };
        return Done(new ArticleResult { State = state, Events = outcome.Events, Problem = outcome.Message, Code = outcome.ErrorCode, Node = RuntimeIdentity });
    }

    private static ArticleResult Again(ArticleResult done) =>
        done.State == ArticleState.Failed ? done : done with { State = ArticleState.Unchanged, Events = 0 };

    private ArticleResult Done(ArticleResult result)
    {
        work.Count(result.State);
        _done = result;
        return result;
    }

    private void CheckKey(Article article)
    {
        string key = this.GetPrimaryKeyString();
        string hash = ContentHash.Of(article);
        if (!string.Equals(key, hash, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Article '{article.Id}' has the content hash {hash}, not this grain's key {key}.", nameof(article));
        }
    }
}
