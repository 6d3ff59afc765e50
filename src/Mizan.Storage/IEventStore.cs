using Mizan.Reconciliation;

namespace Mizan.Storage;

/// <summary>
/// The event store: articles with their text, events with their actors, places, claims and
/// evidence spans, failed articles with their errors, and incidents (reports of one incident
/// linked across articles). Two backends implement it: a SQLite file (the default) and PostgreSQL.
/// </summary>
/// <remarks>
/// Writes are transactional: <see cref="Write"/> stores a batch entirely or not at all, so a
/// process killed at any moment leaves the store as it was after the last completed batch.
/// Writing an article is idempotent: an article whose id and content hash are already stored is
/// left as it is; one whose content changed replaces the stored version.
/// </remarks>
public interface IEventStore : IDisposable
{
    /// <summary>What the store is, for messages (<c>SQLite mizan.db</c>, <c>PostgreSQL host/db</c>).</summary>
    string Description { get; }

    /// <summary>The content hashes of those of the given articles that are stored (id → hash).</summary>
    IReadOnlyDictionary<string, string> StoredHashes(IReadOnlyCollection<string> articleIds);

    /// <summary>
    /// Stores articles (with their events) and failures in one transaction; returns how many
    /// articles were added or replaced. Articles are applied in order.
    /// </summary>
    int Write(IReadOnlyList<ArticleRecord> articles, IReadOnlyList<FailedArticle> failures);

    /// <summary>Whether articles changed since the incidents were last rebuilt.</summary>
    bool IncidentsAreStale();

    /// <summary>
    /// Rebuilds every incident from the stored events in one transaction, and returns how many
    /// there are. Deterministic: the same events always give the same incidents.
    /// </summary>
    int RebuildIncidents(IncidentReconciler reconciler, CancellationToken cancellationToken = default);

    /// <summary>Every stored event as a report, in <see cref="IncidentReconciler.Order"/>.</summary>
    IEnumerable<StoredReport> ReadReports();

    /// <summary>The incidents with a report the filter selects, by date (undated first), then id.</summary>
    IEnumerable<StoredIncident> ReadIncidents(EventFilter filter);

    /// <summary>The events the filter selects, newest first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<SearchHit> Search(EventFilter filter, int limit);

    /// <summary>The stored failures, by key.</summary>
    IReadOnlyList<FailedArticle> Failures();

    /// <summary>A stored article's text, or null.</summary>
    string? ArticleText(string articleId);

    /// <summary>How much the store holds.</summary>
    StoreCounts Counts();

    /// <summary>
    /// A number that changes whenever what the store holds changes (articles written, failures
    /// recorded, incidents rebuilt), here or in another process: readers that keep a copy compare it.
    /// </summary>
    long Generation();

    /// <summary>The ids of every event the filter selects, in no particular order.</summary>
    IReadOnlyList<string> SearchIds(EventFilter filter);

    /// <summary>Every stored event as a list shows it (no claims), newest first as <see cref="Search"/> orders them.</summary>
    IEnumerable<EventRow> ReadEventRows();

    /// <summary>One event with its article and its incident, or null when no event has that id.</summary>
    SearchHit? ReadEvent(string eventId);

    /// <summary>The events extracted from an article, in their order in the article.</summary>
    IReadOnlyList<StoredReport> ReadArticleEvents(string articleId);

    /// <summary>A stored article's metadata, or null.</summary>
    ArticleInfo? ReadArticle(string articleId);

    /// <summary>
    /// Articles containing every word of <paramref name="text"/> (all when it is empty), newest
    /// first (by publication date, then id), from <paramref name="offset"/>, at most <paramref name="limit"/>.
    /// </summary>
    ArticlePage ReadArticles(string? text, int offset, int limit);

    /// <summary>One incident with its reports, or null.</summary>
    StoredIncident? ReadIncident(string incidentId);
}
