using Mizan.Pipeline;
using Mizan.Storage.Ingest;

namespace Mizan.Cluster.Grains;

/// <summary>
/// Extracts and stores one article, keyed by its content hash. The first call does the work
/// (<see cref="Ingestor.IngestOne"/>, which itself skips an article the store already holds with
/// this hash, say after the activation moved to another node); later calls return at once.
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
            return _done.State == ArticleState.Failed ? _done : _done with { State = ArticleState.Unchanged, Events = 0 };
        }

        Article value = article.ToArticle();
        string key = this.GetPrimaryKeyString();
        string hash = ContentHash.Of(value);
        if (!string.Equals(key, hash, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Article '{article.Id}' has the content hash {hash}, not this grain's key {key}.", nameof(article));
        }

        // The engine and the store block: off the grain's scheduler, one turn of this grain at a time still.
        ArticleOutcome outcome = await Task.Run(() => work.Ingestor.IngestOne(value, article.Input, work.ArticleTimeout)).ConfigureAwait(true);
        ArticleState state = outcome.Kind switch
        {
            ArticleOutcomeKind.Added => ArticleState.Added,
            ArticleOutcomeKind.Unchanged => ArticleState.Unchanged,
            _ => ArticleState.Failed,
        };
        work.Count(state);
        _done = new ArticleResult { State = state, Events = outcome.Events, Problem = outcome.Problem, Node = RuntimeIdentity };
        return _done;
    }
}
