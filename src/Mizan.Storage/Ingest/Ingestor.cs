using System.Collections.Concurrent;
using Mizan.Geocoding;
using Mizan.IO.Input;
using Mizan.Pipeline;
using Mizan.Reconciliation;

namespace Mizan.Storage.Ingest;

/// <summary>
/// Reads articles, extracts their events on several threads, and writes them to a store in
/// transactions of <see cref="IngestOptions.CommitEvery"/> articles, in input order; then, when
/// anything changed, rebuilds the incidents.
/// </summary>
/// <remarks>
/// <para>Memory stays bounded whatever the input size: at most <see cref="LookAhead"/> articles
/// are being looked up, at most two transactions' worth plus threads × 4 wait in the queue
/// between reading and writing, and at most one transaction's worth is being filled.</para>
/// <para>Idempotent: an article whose id and content hash are already stored is not processed
/// again (the stored hashes are looked up before processing, and checked again at write time,
/// in input order). Crash-safe: every transaction leaves the store consistent; a run killed at
/// any moment, run again, skips what was committed, redoes the rest, and rebuilds the incidents
/// (they are marked stale in the same transaction as the articles), so the result equals a
/// clean run. A failing article or unreadable record is recorded in the store and the run goes on.</para>
/// </remarks>
public sealed class Ingestor
{
    /// <summary>Articles whose stored hashes are looked up in one query.</summary>
    public const int LookAhead = 64;

    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(2);

    private readonly IEventStore _store;
    private readonly Func<Article, CancellationToken, Document> _process;
    private readonly Gazetteer? _gazetteer;
    private readonly TimeProvider _time;

    public Ingestor(IEventStore store, Func<Article, CancellationToken, Document> process, Gazetteer? gazetteer, TimeProvider? time = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _process = process ?? throw new ArgumentNullException(nameof(process));
        _gazetteer = gazetteer;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>An ingestor with the default engine (<see cref="MizanEngine.CreateDefault"/>).</summary>
    public static Ingestor WithEngine(IEventStore store, MizanEngine engine, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return new Ingestor(store, engine.Process, engine.Resources.Gazetteer, time);
    }

    /// <summary>Ingests every path (files, folders, <c>-</c> for standard input) and returns what was done.</summary>
    public IngestCounts Run(IReadOnlyList<string> paths, IngestOptions options, IIngestObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var run = new IngestRun(this, options, observer, cancellationToken);
        run.Execute(paths);
        if (_store.IncidentsAreStale())
        {
            observer?.Reconciling();
            run.Counts.Incidents = _store.RebuildIncidents(new IncidentReconciler(), cancellationToken);
        }

        return run.Counts;
    }

    /// <summary>
    /// Stores one article on its own, as a node of a cluster does: nothing when it is already
    /// stored with this content hash; else it is processed within <paramref name="budget"/> and
    /// written in a transaction of its own, or its failure recorded, exactly as <see cref="Run"/>
    /// would. The incidents are not rebuilt here: the write marks them stale.
    /// </summary>
    public ArticleOutcome IngestOne(Article article, string input, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(input);
        string hash = ContentHash.Of(article);
        if (_store.StoredHashes([article.Id]).TryGetValue(article.Id, out string? stored) && stored == hash)
        {
            return new ArticleOutcome(article.Id, hash, ArticleOutcomeKind.Unchanged, 0, null);
        }

        FailedArticle failure;
        string problem;
        try
        {
            ArticleRecord record = Analyse(article, hash, input, budget, cancellationToken);
            bool added = _store.Write([record], []) > 0;
            return new ArticleOutcome(article.Id, hash, added ? ArticleOutcomeKind.Added : ArticleOutcomeKind.Unchanged, added ? record.Events.Length : 0, null);
        }
        catch (ArticleTimeoutException ex)
        {
            failure = FailedArticle.TimedOut(article.Id, hash, input, ex.Budget);
            problem = $"{input}: {failure.Message} [{FailedArticle.ArticleTimeoutCode}]";
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not System.Data.Common.DbException)
        {
            string message = $"processing article '{article.Id}' failed: {ex.GetType().Name}: {ex.Message}";
            failure = FailedArticle.Processing(article.Id, hash, input, message);
            problem = $"{input}: {message} [{FailedArticle.ProcessingFailedCode}]";
        }

        _store.Write([], [failure]);
        return new ArticleOutcome(article.Id, hash, ArticleOutcomeKind.Failed, 0, problem);
    }

    /// <summary>Processes one article within its time budget; <see cref="ArticleTimeoutException"/> when it goes over.</summary>
    private ArticleRecord Analyse(Article article, string hash, string input, TimeSpan budget, CancellationToken cancellationToken) =>
        ArticleRecords.From(ArticleBudget.Process(_process, article, budget, _time, cancellationToken), hash, input, _gazetteer);

    /// <summary>
    /// One run: the calling thread reads, looks articles up and starts their processing; a writer
    /// thread takes them in input order and writes them, so that processing goes on while a
    /// transaction is written.
    /// </summary>
    private sealed class IngestRun
    {
        private readonly Ingestor _owner;
        private readonly IngestOptions _options;
        private readonly IIngestObserver? _observer;
        private readonly CancellationToken _cancellationToken;
        private readonly int _capacity;
        private readonly int _commitEvery;
        private readonly TaskScheduler? _scheduler;
        private readonly List<ReadResult> _lookAhead = new(LookAhead);
        private readonly List<Pending> _toWrite = [];
        private long _lastFlush;

        public IngestRun(Ingestor owner, IngestOptions options, IIngestObserver? observer, CancellationToken cancellationToken)
        {
            _owner = owner;
            _options = options;
            _observer = observer;
            _cancellationToken = cancellationToken;
            int threads = Math.Clamp(options.Threads, 1, 256);
            _scheduler = threads == 1 ? null : new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
            _commitEvery = Math.Clamp(options.CommitEvery, 1, IngestOptions.MaxCommitEvery);

            // Articles between reading and writing: enough to keep every thread busy while a
            // transaction is written. The writer takes nothing from the queue while it writes, so
            // the queue holds the next transaction's worth besides the one being gathered; with
            // room for one only, extraction stopped during every write and the two took turns.
            _capacity = (2 * Math.Min(_commitEvery, 1000)) + (threads * 4);
            _lastFlush = owner._time.GetTimestamp();
        }

        public IngestCounts Counts { get; } = new();

        public void Execute(IReadOnlyList<string> paths)
        {
            using var queue = new BlockingCollection<Pending>(_capacity);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken);
            Task writer = Task.Factory.StartNew(() => WriteAll(queue, stop), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            try
            {
                var reader = new ArticleReader(_options.Reader);
                foreach (ReadResult item in reader.Read(paths, stop.Token))
                {
                    _lookAhead.Add(item);
                    if (_lookAhead.Count == LookAhead)
                    {
                        Dispatch(queue, stop.Token);
                    }
                }

                Dispatch(queue, stop.Token);
            }
            catch (OperationCanceledException) when (!_cancellationToken.IsCancellationRequested)
            {
                // The writer failed and stopped the reading: its exception is the one to report.
            }
            catch
            {
                // Reading failed: stop the writer before the queue goes away.
                stop.Cancel();
                queue.CompleteAdding();
                try
                {
                    writer.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // The reading's exception is the one to report.
                }

                throw;
            }
            finally
            {
                if (!queue.IsAddingCompleted)
                {
                    queue.CompleteAdding();
                }
            }

            writer.GetAwaiter().GetResult();
            _cancellationToken.ThrowIfCancellationRequested();
        }

        /// <summary>Looks up the read-ahead articles in the store and starts processing the new ones.</summary>
        private void Dispatch(BlockingCollection<Pending> queue, CancellationToken cancellationToken)
        {
            if (_lookAhead.Count == 0)
            {
                return;
            }

            var articles = new List<(Article Article, string Hash)?>(_lookAhead.Count);
            foreach (ReadResult item in _lookAhead)
            {
                if (item.IsArticle)
                {
                    Article article = _options.Published is { } date ? item.Article with { Published = date, PublishedAt = null } : item.Article;
                    articles.Add((article, ContentHash.Of(article)));
                }
                else
                {
                    articles.Add(null);
                }
            }

            IReadOnlyDictionary<string, string> stored = _owner._store.StoredHashes(
                [.. articles.OfType<(Article Article, string Hash)>().Select(a => a.Article.Id)]);
            for (int i = 0; i < _lookAhead.Count; i++)
            {
                ReadResult item = _lookAhead[i];
                Pending pending;
                if (articles[i] is { } a)
                {
                    Interlocked.Increment(ref Counts.ReadCount);
                    bool known = stored.TryGetValue(a.Article.Id, out string? hash) && hash == a.Hash;
                    Task<ArticleRecord>? work = known ? null : Start(a.Article, a.Hash, item.Location, cancellationToken);
                    pending = new Pending(item, a.Article, a.Hash, known, work);
                }
                else
                {
                    pending = new Pending(item, null, null, false, null);
                }

                queue.Add(pending, cancellationToken);
            }

            _lookAhead.Clear();
        }

        private Task<ArticleRecord> Start(Article article, string hash, string input, CancellationToken cancellationToken)
        {
            if (_scheduler is not null)
            {
                return Task.Factory.StartNew(() => _owner.Analyse(article, hash, input, _options.ArticleTimeout, cancellationToken), cancellationToken, TaskCreationOptions.None, _scheduler);
            }

            // One thread: the writer processes the article when it comes to it.
            return new Task<ArticleRecord>(() => _owner.Analyse(article, hash, input, _options.ArticleTimeout, cancellationToken), cancellationToken);
        }

        /// <summary>The writer thread: takes the items in input order and writes them a transaction at a time.</summary>
        private void WriteAll(BlockingCollection<Pending> queue, CancellationTokenSource stop)
        {
            try
            {
                foreach (Pending pending in queue.GetConsumingEnumerable(stop.Token))
                {
                    if (pending.Work is { } work)
                    {
                        if (work.Status == TaskStatus.Created)
                        {
                            work.RunSynchronously();
                        }

                        // Wait here, so that the write buffer holds finished work only.
                        ((IAsyncResult)work).AsyncWaitHandle.WaitOne();
                    }

                    _toWrite.Add(pending);
                    _observer?.Progress(Counts);
                    if (_toWrite.Count >= _commitEvery || _owner._time.GetElapsedTime(_lastFlush) >= FlushInterval)
                    {
                        Flush();
                    }
                }

                Flush();
            }
            catch
            {
                stop.Cancel();
                throw;
            }
        }

        /// <summary>Writes the buffered articles and failures in one transaction, in input order.</summary>
        private void Flush()
        {
            _lastFlush = _owner._time.GetTimestamp();
            if (_toWrite.Count == 0)
            {
                return;
            }

            // Articles skipped as already stored are checked again: an earlier article of this
            // run with the same id may have replaced the stored version since.
            IReadOnlyDictionary<string, string> stored = _owner._store.StoredHashes(
                [.. _toWrite.Where(p => p.Known).Select(p => p.Article!.Id)]);
            var written = new Dictionary<string, string>(StringComparer.Ordinal);
            var records = new List<ArticleRecord>();
            var failures = new List<FailedArticle>();
            foreach (Pending pending in _toWrite)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                ReadResult item = pending.Item;
                if (!item.IsArticle)
                {
                    Fail(failures, FailedArticle.Unreadable(item.Location, item.Error.Code, item.Error.Message), item.Error.ToString());
                    continue;
                }

                foreach (ReadError warning in item.Warnings)
                {
                    _observer?.Warning(warning.ToString());
                }

                Article article = pending.Article!;
                string hash = pending.Hash!;
                if (pending.Known)
                {
                    string? current = written.TryGetValue(article.Id, out string? w) ? w : stored.GetValueOrDefault(article.Id);
                    if (current == hash)
                    {
                        Counts.Unchanged++;
                        continue;
                    }
                }

                try
                {
                    ArticleRecord record = pending.Work is { } work
                        ? work.GetAwaiter().GetResult()
                        : _owner.Analyse(article, hash, item.Location, _options.ArticleTimeout, _cancellationToken);
                    records.Add(record);
                    written[article.Id] = hash;
                    Counts.Events += record.Events.Length;
                }
                catch (ArticleTimeoutException ex)
                {
                    FailedArticle failure = FailedArticle.TimedOut(article.Id, hash, item.Location, ex.Budget);
                    Fail(failures, failure, $"{item.Location}: {failure.Message} [{FailedArticle.ArticleTimeoutCode}]");
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    string message = $"processing article '{article.Id}' failed: {ex.GetType().Name}: {ex.Message}";
                    Fail(failures, FailedArticle.Processing(article.Id, hash, item.Location, message), $"{item.Location}: {message} [{FailedArticle.ProcessingFailedCode}]");
                }
            }

            int added = _owner._store.Write(records, failures);
            Counts.Added += added;
            Counts.Unchanged += records.Count - added;
            _toWrite.Clear();
            _observer?.Progress(Counts);
        }

        private void Fail(List<FailedArticle> failures, FailedArticle failure, string message)
        {
            failures.Add(failure);
            Counts.Failed++;
            _observer?.Problem(message);
        }
    }

    /// <summary>An item read, with its content hash and its processing when it is a new article.</summary>
    private sealed record Pending(ReadResult Item, Article? Article, string? Hash, bool Known, Task<ArticleRecord>? Work);
}
