using Mizan.Reconciliation;

namespace Mizan.Storage;

/// <summary>An incident read back from the store: the incident, the articles of its reports, and its country.</summary>
public sealed record StoredIncident(Incident Incident, IReadOnlyDictionary<string, ArticleInfo> Articles, CountryInfo? Country)
{
    /// <summary>The article of a report.</summary>
    public ArticleInfo ArticleOf(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Articles[report.ArticleId];
    }
}
