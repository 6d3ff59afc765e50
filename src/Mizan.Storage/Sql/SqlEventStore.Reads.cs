using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Mizan.Events;
using Mizan.Storage.Search;

namespace Mizan.Storage.Sql;

/// <summary>The reads a browsing client needs: single events and articles, pages of articles, compact rows of every event.</summary>
internal abstract partial class SqlEventStore
{
    private const string RowColumns =
        "e.id, e.type, e.status, e.acled_event_type, e.acled_sub_event_type, " +
        "e.location_text, e.location_start, e.location_end, e.location_precision, e.place_id, " +
        "p.gazetteer_id, p.name, p.country, p.admin1, p.latitude, p.longitude, c.name, " +
        "e.date_text, e.date_text_start, e.date_text_end, e.date_start, e.date_end, e.date_precision, " +
        "e.fatalities_low, e.fatalities_best, e.fatalities_high, e.background, ev.text, " +
        "a.id, a.title, a.published, a.source, a.url, a.language, ie.incident_id, i.disputed";

    public long Generation()
    {
        using DbConnection connection = Open();
        return Db.Scalar(connection, null, "SELECT value FROM meta WHERE key = 'generation'") is string value
            ? long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture)
            : 0;
    }

    public IReadOnlyList<string> SearchIds(EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using DbConnection connection = Open();
        var parameters = new SqlParameters();
        string condition = FilterCondition(filter, parameters);
        using DbCommand command = parameters.Command(connection, null, $"SELECT e.id FROM {ReportJoins} WHERE {condition}");
        using DbDataReader reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public IEnumerable<EventRow> ReadEventRows()
    {
        var actors = new Dictionary<string, ImmutableArray<EventActor>.Builder>(StringComparer.Ordinal);
        using DbConnection connection = Open();
        using (DbCommand command = Db.Command(connection, null, "SELECT ea.event_id, ea.role, ea.start_offset, ea.end_offset, ea.text, ac.name, ac.kind, ac.country FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id ORDER BY ea.event_id, ea.ordinal"))
        using (DbDataReader reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                Builder(actors, reader.GetString(0)).Add(new EventActor(
                    reader.GetString(1),
                    new Evidence(reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4)),
                    reader.GetString(5),
                    SnakeCaseEnum<ActorKind>.Parse(reader.GetString(6)),
                    Db.String(reader, 7)));
            }
        }

        var parameters = new SqlParameters();
        string sql =
            $"SELECT {RowColumns} FROM {ReportJoins} LEFT JOIN countries c ON c.iso3 = p.country " +
            "LEFT JOIN event_evidence ev ON ev.event_id = e.id AND ev.ordinal = 0 " +
            "LEFT JOIN incident_events ie ON ie.event_id = e.id LEFT JOIN incidents i ON i.id = ie.incident_id " +
            $"ORDER BY COALESCE(e.date_start, a.published, {parameters.Add(NoDate)}) DESC, e.id";
        using DbCommand rows = parameters.Command(connection, null, sql);
        using DbDataReader row = rows.ExecuteReader();
        while (row.Read())
        {
            string id = row.GetString(0);
            yield return new EventRow(
                id,
                row.GetString(1),
                SnakeCaseEnum<EventStatus>.Parse(row.GetString(2)),
                row.IsDBNull(3) ? null : new AcledType(row.GetString(3), Db.String(row, 4) ?? string.Empty),
                actors.TryGetValue(id, out ImmutableArray<EventActor>.Builder? a) ? a.ToImmutable() : [],
                row.IsDBNull(5) ? null : new EventLocation(
                    new Evidence(row.GetInt32(6), row.GetInt32(7), row.GetString(5)),
                    Db.String(row, 11) ?? string.Empty,
                    Db.String(row, 12),
                    Db.String(row, 13),
                    Db.Double(row, 14),
                    Db.Double(row, 15),
                    SnakeCaseEnum<LocationPrecision>.Parse(row.GetString(8)),
                    Db.String(row, 10)),
                Db.String(row, 9),
                Db.String(row, 16),
                row.IsDBNull(17) ? null : new EventDate(
                    new Evidence(row.GetInt32(18), row.GetInt32(19), row.GetString(17)),
                    Db.Date(row, 20),
                    Db.Date(row, 21),
                    Db.String(row, 22) is { } precision ? SnakeCaseEnum<DatePrecision>.Parse(precision) : null),
                row.IsDBNull(23) ? null : new FatalityEstimate(row.GetInt64(23), row.GetInt64(24), row.GetInt64(25)),
                row.GetBoolean(26),
                Db.String(row, 27),
                new ArticleInfo(row.GetString(28), Db.String(row, 29), Db.Date(row, 30), Db.String(row, 31), Db.String(row, 32), row.GetString(33)),
                Db.String(row, 34),
                !row.IsDBNull(35) && row.GetBoolean(35));
        }
    }

    public SearchHit? ReadEvent(string eventId)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        Dictionary<string, StoredReport> reports = LoadReports([eventId]);
        return reports.TryGetValue(eventId, out StoredReport? report)
            ? new SearchHit(report, IncidentsOf([eventId]).GetValueOrDefault(eventId))
            : null;
    }

    public IReadOnlyList<StoredReport> ReadArticleEvents(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var ids = new List<string>();
        using (DbConnection connection = Open())
        using (DbCommand command = Db.Command(connection, null, "SELECT id FROM events WHERE article_id = @p0 ORDER BY ordinal", [articleId]))
        using (DbDataReader reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        Dictionary<string, StoredReport> reports = LoadReports(ids);
        return [.. ids.Select(id => reports[id])];
    }

    public ArticleInfo? ReadArticle(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        using DbConnection connection = Open();
        using DbCommand command = Db.Command(connection, null, "SELECT id, title, published, source, url, language FROM articles WHERE id = @p0", [articleId]);
        using DbDataReader reader = command.ExecuteReader();
        return reader.Read() ? ReadArticleInfo(reader, 0) : null;
    }

    public ArticlePage ReadArticles(string? text, int offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        using DbConnection connection = Open();
        var parameters = new SqlParameters();
        string where = "1 = 1";
        if (!string.IsNullOrWhiteSpace(text))
        {
            ImmutableArray<string> terms = SearchTerms.OfQuery(text);
            where = terms.IsEmpty ? "1 = 0" : TextCondition(terms, parameters);
        }

        long total;
        using (DbCommand count = parameters.Command(connection, null, $"SELECT COUNT(*) FROM articles a WHERE {where}"))
        {
            total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        string sql =
            "SELECT a.id, a.title, a.published, a.source, a.url, a.language, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) " +
            $"FROM articles a WHERE {where} ORDER BY COALESCE(a.published, {parameters.Add(NoDate)}) DESC, a.id " +
            $"LIMIT {limit.ToString(CultureInfo.InvariantCulture)} OFFSET {offset.ToString(CultureInfo.InvariantCulture)}";
        using DbCommand command = parameters.Command(connection, null, sql);
        using DbDataReader reader = command.ExecuteReader();
        var articles = new List<ArticleSummary>();
        while (reader.Read())
        {
            articles.Add(new ArticleSummary(ReadArticleInfo(reader, 0), Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture)));
        }

        return new ArticlePage(total, articles);
    }

    public StoredIncident? ReadIncident(string incidentId)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        List<StoredIncident> incidents = LoadIncidents([incidentId], LoadCountries());
        return incidents.Count == 0 ? null : incidents[0];
    }

    private static ArticleInfo ReadArticleInfo(DbDataReader reader, int first) =>
        new(reader.GetString(first), Db.String(reader, first + 1), Db.Date(reader, first + 2), Db.String(reader, first + 3), Db.String(reader, first + 4), reader.GetString(first + 5));
}
