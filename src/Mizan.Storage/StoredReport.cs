using Mizan.Events;
using Mizan.Reconciliation;

namespace Mizan.Storage;

/// <summary>An event read back from the store, with the article it was extracted from.</summary>
public sealed record StoredReport(Event Event, ArticleInfo Article)
{
    /// <summary>The event as a report for reconciliation.</summary>
    public Report ToReport() => new(Event, Article.Id, Article.Source, Article.Published);
}
