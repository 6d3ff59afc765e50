using Mizan.Cluster.Grains;
using Mizan.Cluster.Linking;
using Mizan.IO.Input;
using Mizan.Pipeline;
using Mizan.Storage;
using Mizan.Storage.Ingest;

namespace Mizan.Cluster;

/// <summary>
/// <c>mizan ingest --cluster</c>: reads articles as <see cref="Ingestor"/> does and hands each to
/// the grain of its content hash, several at a time, then has the cells of the new reports
/// linked (<see cref="ClusterLinking"/>). Reading stays here; extraction and writing happen on the nodes.
/// </summary>
public sealed class ClusterIngest(IGrainFactory grains, IEventStore? store = null)
{
    /// <summary>Articles in flight at once (each is a call to a grain that processes and writes it).</summary>
    public int InFlight { get; init; } = 32;

    /// <summary>
    /// How many times an article is handed over again when its node fails under the call (a node
    /// killed mid-ingest): the grain is activated again on a node still alive, and as
    /// <see cref="Ingestor.IngestOne"/> skips what the store already holds, nothing is stored twice.
    /// </summary>
    public int Attempts { get; init; } = 8;

    /// <summary>The wait before handing an article over again, doubled at each attempt.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Articles handed over again after a node failed under them.</summary>
    public long Retried => Interlocked.Read(ref _retried);

    private long _retried;

    /// <summary>Ingests every path through the cluster and returns what was done.</summary>
    public async Task<IngestCounts> RunAsync(IReadOnlyList<string> paths, IngestOptions options, IIngestObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var counts = new IngestCounts();
        var gate = new object();
        using var slots = new SemaphoreSlim(Math.Max(1, InFlight));
        var running = new List<Task>();
        var reader = new ArticleReader(options.Reader);

        // Memory stays bounded: at most InFlight articles are between reading and stored.
        foreach (ReadResult item in reader.Read(paths, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!item.IsArticle)
            {
                store?.Write([], [FailedArticle.Unreadable(item.Location, item.Error.Code, item.Error.Message)]);
                lock (gate)
                {
                    counts.Failed++;
                    observer?.Problem(item.Error.ToString());
                }

                continue;
            }

            foreach (ReadError warning in item.Warnings)
            {
                observer?.Warning(warning.ToString());
            }

            Article article = options.Published is { } date ? item.Article with { Published = date, PublishedAt = null } : item.Article;
            string hash = ContentHash.Of(article);
            ArticleMessage message = ArticleMessage.From(article, item.Location);
            lock (gate)
            {
                counts.Read++;
            }

            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            running.Add(Send(hash, message));
            running.RemoveAll(t => t.IsCompletedSuccessfully);
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        if (counts.Added > 0 || counts.Failed > 0 || store is null || store.IncidentsAreStale())
        {
            observer?.Reconciling();
            counts.Incidents = await ClusterLinking.LinkAsync(grains, cancellationToken).ConfigureAwait(false);
        }

        return counts;

        async Task Send(string hash, ArticleMessage message)
        {
            try
            {
                ArticleResult result = await IngestWithRetries(hash, message, cancellationToken).ConfigureAwait(false);
                lock (gate)
                {
                    switch (result.State)
                    {
                        case ArticleState.Added:
                            counts.Added++;
                            counts.Events += result.Events;
                            break;
                        case ArticleState.Unchanged:
                            counts.Unchanged++;
                            break;
                        default:
                            counts.Failed++;
                            if (result.Problem is { } problem)
                            {
                                observer?.Problem(problem);
                            }

                            break;
                    }

                    observer?.Progress(counts);
                }
            }
            finally
            {
                slots.Release();
            }
        }
    }

    private async Task<ArticleResult> IngestWithRetries(string hash, ArticleMessage message, CancellationToken cancellationToken)
    {
        TimeSpan delay = RetryDelay;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await grains.GetGrain<IArticleGrain>(hash).Ingest(message).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < Attempts && ex is OrleansException or TimeoutException)
            {
                Interlocked.Increment(ref _retried);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay += delay;
            }
        }
    }
}
