using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Mizan.Events;
using Mizan.Reconciliation;
using Mizan.Storage.Search;

namespace Mizan.Storage.Sql;

/// <summary>
/// What both SQL backends share: the queries that read events, incidents and failures back,
/// the filters, and the rebuilding of incidents. Each backend supplies connections, its writing
/// of articles (it indexes text its own way) and its full-text condition.
/// </summary>
internal abstract partial class SqlEventStore : IEventStore
{
    /// <summary>Events loaded per round of queries.</summary>
    protected const int PageSize = 400;

    private const string ReportColumns =
        "e.id, e.article_id, e.type, e.status, e.acled_event_type, e.acled_sub_event_type, " +
        "e.location_text, e.location_start, e.location_end, e.location_precision, " +
        "p.gazetteer_id, p.name, p.country, p.admin1, p.latitude, p.longitude, " +
        "e.date_text, e.date_text_start, e.date_text_end, e.date_start, e.date_end, e.date_precision, " +
        "e.fatalities_low, e.fatalities_best, e.fatalities_high, e.background, " +
        "a.title, a.published, a.source, a.url, a.language";

    private const string ReportJoins = "events e JOIN articles a ON a.id = e.article_id LEFT JOIN places p ON p.id = e.place_id";

    private static readonly DateOnly NoDate = new(1, 1, 1);

    public abstract string Description { get; }

    /// <summary>Opens a connection with the session settings of the backend.</summary>
    protected abstract DbConnection Open();

    /// <summary>Starts a write transaction (PostgreSQL also takes the store's write lock).</summary>
    protected abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>SQL that holds when article <c>a</c> contains every term.</summary>
    protected abstract string TextCondition(ImmutableArray<string> terms, SqlParameters parameters);

    /// <summary>Writes the articles and failures inside the transaction; returns how many articles were added or replaced.</summary>
    protected abstract int WriteRows(DbConnection connection, DbTransaction transaction, IReadOnlyList<ArticleRecord> articles, IReadOnlyList<FailedArticle> failures);

    /// <summary>
    /// What goes between the parentheses of <c>IN (…)</c> for a list of keys: by default one
    /// parameter per key; a backend may pass the whole list as one value.
    /// </summary>
    protected virtual string KeyList(IReadOnlyList<string> keys, SqlParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.AddList(keys);
    }

    /// <summary>
    /// Runs one write (<see cref="Write"/>) on a connection: by default one opened for it and
    /// closed after; a backend may keep one open from write to write.
    /// </summary>
    protected virtual T Writing<T>(Func<DbConnection, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using DbConnection connection = Open();
        return write(connection);
    }

    /// <summary>Runs statements inside a transaction (in one round trip where the backend can).</summary>
    protected abstract void ExecuteAll(DbConnection connection, DbTransaction transaction, IEnumerable<(string Sql, object?[] Values)> statements);

    public IReadOnlyDictionary<string, string> StoredHashes(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (articleIds.Count == 0)
        {
            return hashes;
        }

        using DbConnection connection = Open();
        foreach (IReadOnlyList<string> chunk in Db.Chunks(articleIds.Distinct(StringComparer.Ordinal), 500))
        {
            var parameters = new SqlParameters();
            string list = KeyList(chunk, parameters);
            using DbCommand command = parameters.Command(connection, null, $"SELECT id, content_hash FROM articles WHERE id IN ({list})");
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                hashes[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return hashes;
    }

    public int Write(IReadOnlyList<ArticleRecord> articles, IReadOnlyList<FailedArticle> failures)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(failures);
        if (articles.Count == 0 && failures.Count == 0)
        {
            return 0;
        }

        return Writing(connection =>
        {
            using DbTransaction transaction = BeginWrite(connection);
            int written = WriteRows(connection, transaction, articles, failures);
            if (written > 0)
            {
                Db.Execute(connection, transaction, StoreRows.MarkIncidentsStale, "1");
            }

            if (written > 0 || failures.Count > 0)
            {
                Db.Execute(connection, transaction, StoreRows.NextGeneration);
            }

            transaction.Commit();
            return written;
        });
    }

    public bool IncidentsAreStale()
    {
        using DbConnection connection = Open();
        return Db.Scalar(connection, null, "SELECT value FROM meta WHERE key = 'incidents_stale'") as string == "1";
    }

    public int RebuildIncidents(IncidentReconciler reconciler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reconciler);
        using DbConnection connection = Open();
        using DbTransaction transaction = BeginWrite(connection);
        Db.Execute(connection, transaction, "DELETE FROM incident_events");
        Db.Execute(connection, transaction, "DELETE FROM incidents");
        int count = 0;
        IEnumerable<Incident> incidents = reconciler.Reconcile(ReadAhead.Of(ReadReports().Select(r => r.ToReport()), 2 * PageSize, cancellationToken));
        foreach (IReadOnlyList<Incident> chunk in Db.Chunks(incidents, 200))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExecuteAll(connection, transaction, chunk.SelectMany(StoreRows.Incident));
            count += chunk.Count;
        }

        Db.Execute(connection, transaction, StoreRows.MarkIncidentsStale, "0");
        Db.Execute(connection, transaction, StoreRows.NextGeneration);
        transaction.Commit();
        return count;
    }

    public IEnumerable<StoredReport> ReadReports()
    {
        // One ordered scan of the event ids (a page query per 400 events sorted every event
        // again), each page of ids then loaded with everything it holds.
        using DbConnection connection = Open();
        var parameters = new SqlParameters();
        string noDate = parameters.Add(NoDate);
        using DbCommand command = parameters.Command(connection, null, $"SELECT e.id FROM events e ORDER BY COALESCE(e.date_start, {noDate}), e.id");
        using DbDataReader reader = command.ExecuteReader();
        var page = new List<string>(PageSize);
        while (true)
        {
            bool more = reader.Read();
            if (more)
            {
                page.Add(reader.GetString(0));
            }

            if (page.Count == PageSize || (!more && page.Count > 0))
            {
                Dictionary<string, StoredReport> loaded = LoadReports(page);
                foreach (string id in page)
                {
                    yield return loaded[id];
                }

                page.Clear();
            }

            if (!more)
            {
                yield break;
            }
        }
    }

    public IEnumerable<StoredIncident> ReadIncidents(EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Dictionary<string, CountryInfo> countries = LoadCountries();
        using DbConnection connection = Open();
        var parameters = new SqlParameters();
        string condition = FilterCondition(filter, parameters);
        string where = condition == "1 = 1"
            ? string.Empty
            : $"WHERE EXISTS (SELECT 1 FROM incident_events ie JOIN events e ON e.id = ie.event_id JOIN articles a ON a.id = e.article_id LEFT JOIN places p ON p.id = e.place_id WHERE ie.incident_id = i.id AND {condition})";
        string sql = $"SELECT i.id FROM incidents i {where} ORDER BY COALESCE(i.date_start, {parameters.Add(NoDate)}), i.id";
        using DbCommand command = parameters.Command(connection, null, sql);
        using DbDataReader reader = command.ExecuteReader();
        var page = new List<string>(PageSize);
        while (true)
        {
            bool more = reader.Read();
            if (more)
            {
                page.Add(reader.GetString(0));
            }

            if (page.Count == PageSize || (!more && page.Count > 0))
            {
                foreach (StoredIncident incident in LoadIncidents(page, countries))
                {
                    yield return incident;
                }

                page.Clear();
            }

            if (!more)
            {
                yield break;
            }
        }
    }

    public IReadOnlyList<SearchHit> Search(EventFilter filter, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var ids = new List<string>();
        using (DbConnection connection = Open())
        {
            var parameters = new SqlParameters();
            string condition = FilterCondition(filter, parameters);
            string sql = $"SELECT e.id FROM {ReportJoins} WHERE {condition} " +
                $"ORDER BY COALESCE(e.date_start, a.published, {parameters.Add(NoDate)}) DESC, e.id LIMIT {limit.ToString(CultureInfo.InvariantCulture)}";
            using DbCommand command = parameters.Command(connection, null, sql);
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        Dictionary<string, StoredReport> reports = LoadReports(ids);
        Dictionary<string, string> incidents = IncidentsOf(ids);
        return [.. ids.Select(id => new SearchHit(reports[id], incidents.GetValueOrDefault(id)))];
    }

    public IReadOnlyList<FailedArticle> Failures()
    {
        using DbConnection connection = Open();
        using DbCommand command = Db.Command(connection, null, "SELECT key, article_id, content_hash, input, code, message FROM failed_articles ORDER BY key");
        using DbDataReader reader = command.ExecuteReader();
        var failures = new List<FailedArticle>();
        while (reader.Read())
        {
            failures.Add(new FailedArticle(reader.GetString(0), Db.String(reader, 1), Db.String(reader, 2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        return failures;
    }

    public string? ArticleText(string articleId)
    {
        using DbConnection connection = Open();
        return Db.Scalar(connection, null, "SELECT text FROM articles WHERE id = @p0", articleId) as string;
    }

    public StoreCounts Counts()
    {
        using DbConnection connection = Open();
        long Count(string table) => Convert.ToInt64(Db.Scalar(connection, null, $"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture);
        return new StoreCounts(Count("articles"), Count("events"), Count("incidents"), Count("failed_articles"));
    }

    public abstract void Dispose();

    /// <summary>The SQL condition of a filter over <c>e</c> (events), <c>a</c> (articles) and <c>p</c> (places).</summary>
    private string FilterCondition(EventFilter filter, SqlParameters parameters)
    {
        var conditions = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            ImmutableArray<string> terms = SearchTerms.OfQuery(filter.Text);
            string words = terms.IsEmpty ? "1 = 0" : TextCondition(terms, parameters);

            // Text that names a place (Aleppo, حلب) also finds the events placed there or in the region of that name.
            conditions.Add($"({words} OR {PlaceCondition(filter.Text, parameters)})");
        }

        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            conditions.Add($"e.type = {parameters.Add(filter.Type.Trim().ToUpperInvariant())}");
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            string country = filter.Country.Trim();
            conditions.Add($"(p.country = {parameters.Add(country.ToUpperInvariant())} OR p.country IN (SELECT iso3 FROM countries WHERE LOWER(name) = {parameters.Add(country.ToLowerInvariant())}))");
        }

        if (filter.From is { } from)
        {
            conditions.Add($"COALESCE(e.date_end, e.date_start, a.published) >= {parameters.Add(from)}");
        }

        if (filter.To is { } to)
        {
            conditions.Add($"COALESCE(e.date_start, a.published) <= {parameters.Add(to)}");
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            string pattern = "%" + EscapeLike(filter.Actor.Trim()) + "%";
            conditions.Add(
                "EXISTS (SELECT 1 FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id WHERE ea.event_id = e.id AND " +
                $"(LOWER(ac.name) LIKE {parameters.Add(pattern.ToLowerInvariant())} ESCAPE '\\' OR ea.text LIKE {parameters.Add(pattern)} ESCAPE '\\'))");
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            conditions.Add($"e.status = {parameters.Add(filter.Status.Trim().ToLowerInvariant())}");
        }

        if (filter.Box is { } box)
        {
            string longitude = box.West <= box.East
                ? $"p.longitude >= {parameters.Add(box.West)} AND p.longitude <= {parameters.Add(box.East)}"
                : $"(p.longitude >= {parameters.Add(box.West)} OR p.longitude <= {parameters.Add(box.East)})";
            conditions.Add($"p.latitude >= {parameters.Add(box.South)} AND p.latitude <= {parameters.Add(box.North)} AND {longitude}");
        }

        if (!string.IsNullOrWhiteSpace(filter.Place))
        {
            conditions.Add(PlaceCondition(filter.Place, parameters));
        }

        return conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions);
    }

    /// <summary>
    /// Events at a place or within it: its stored id (<c>geonames:170063</c>, or the GeoNames number
    /// alone), its English name (any case), or the words the article used for it (حلب). A
    /// first-level region brings every place in it, whichever way it is named: by its English name,
    /// by its id (<c>170062</c>, Aleppo governorate) or by the words of an article that placed an
    /// event in the region itself.
    /// </summary>
    private static string PlaceCondition(string place, SqlParameters parameters)
    {
        string key = place.Trim();
        string id = parameters.Add(key.Length > 0 && key.All(char.IsAsciiDigit) ? "geonames:" + key : key);
        string lower = parameters.Add(key.ToLowerInvariant());
        string words = parameters.Add(key);

        // The store keeps no feature codes: a first-level region is a place an event was placed at
        // with region precision and whose name is its own first-level region.
        string regions =
            "SELECT r.country, r.name FROM events er JOIN places r ON r.id = er.place_id " +
            $"WHERE (er.place_id = {id} OR er.location_text = {words}) AND er.location_precision = {parameters.Add(SnakeCaseEnum<LocationPrecision>.Name(LocationPrecision.Region))} AND r.name = r.admin1";
        return $"(e.place_id = {id} OR LOWER(p.name) = {lower} OR LOWER(p.admin1) = {lower} OR e.location_text = {words} OR (p.country, p.admin1) IN ({regions}))";
    }

    private static string EscapeLike(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (c is '%' or '_' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private Dictionary<string, CountryInfo> LoadCountries()
    {
        using DbConnection connection = Open();
        using DbCommand command = Db.Command(connection, null, "SELECT iso3, name, region FROM countries");
        using DbDataReader reader = command.ExecuteReader();
        var countries = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        while (reader.Read())
        {
            countries[reader.GetString(0)] = new CountryInfo(reader.GetString(0), reader.GetString(1), Db.String(reader, 2));
        }

        return countries;
    }

    private List<StoredIncident> LoadIncidents(IReadOnlyList<string> incidentIds, Dictionary<string, CountryInfo> countries)
    {
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (DbConnection connection = Open())
        {
            var parameters = new SqlParameters();
            string list = KeyList(incidentIds, parameters);
            using DbCommand command = parameters.Command(connection, null, $"SELECT incident_id, event_id FROM incident_events WHERE incident_id IN ({list}) ORDER BY incident_id, ordinal");
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                string incident = reader.GetString(0);
                if (!members.TryGetValue(incident, out List<string>? events))
                {
                    members[incident] = events = [];
                }

                events.Add(reader.GetString(1));
            }
        }

        Dictionary<string, StoredReport> reports = LoadReports([.. members.Values.SelectMany(m => m)]);
        var incidents = new List<StoredIncident>(incidentIds.Count);
        foreach (string id in incidentIds)
        {
            if (!members.TryGetValue(id, out List<string>? events))
            {
                continue;
            }

            List<StoredReport> stored = events.Select(e => reports[e]).ToList();
            Incident incident = IncidentAssembler.Assemble(stored.ConvertAll(r => r.ToReport()));
            var articles = new Dictionary<string, ArticleInfo>(StringComparer.Ordinal);
            foreach (StoredReport report in stored)
            {
                articles[report.Article.Id] = report.Article;
            }

            CountryInfo? country = incident.Location?.Country is { } iso3 ? countries.GetValueOrDefault(iso3) : null;
            incidents.Add(new StoredIncident(incident, articles, country));
        }

        return incidents;
    }

    private Dictionary<string, string> IncidentsOf(IReadOnlyList<string> eventIds)
    {
        var incidents = new Dictionary<string, string>(StringComparer.Ordinal);
        if (eventIds.Count == 0)
        {
            return incidents;
        }

        using DbConnection connection = Open();
        var parameters = new SqlParameters();
        string list = KeyList(eventIds, parameters);
        using DbCommand command = parameters.Command(connection, null, $"SELECT event_id, incident_id FROM incident_events WHERE event_id IN ({list})");
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            incidents[reader.GetString(0)] = reader.GetString(1);
        }

        return incidents;
    }

    /// <summary>Loads events with everything they hold, by id.</summary>
    protected Dictionary<string, StoredReport> LoadReports(IReadOnlyList<string> eventIds)
    {
        var result = new Dictionary<string, StoredReport>(StringComparer.Ordinal);
        using DbConnection connection = Open();
        foreach (IReadOnlyList<string> chunk in Db.Chunks(eventIds, PageSize))
        {
            LoadReportsChunk(connection, chunk, result);
        }

        return result;
    }

    private void LoadReportsChunk(DbConnection connection, IReadOnlyList<string> ids, Dictionary<string, StoredReport> result)
    {
        var evidence = new Dictionary<string, ImmutableArray<Evidence>.Builder>(StringComparer.Ordinal);
        ReadChildren(connection, ids, "SELECT event_id, start_offset, end_offset, text FROM event_evidence WHERE event_id IN ({0}) ORDER BY event_id, ordinal", reader =>
            Builder(evidence, reader.GetString(0)).Add(new Evidence(reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3))));

        var actors = new Dictionary<string, ImmutableArray<EventActor>.Builder>(StringComparer.Ordinal);
        ReadChildren(connection, ids, "SELECT ea.event_id, ea.role, ea.start_offset, ea.end_offset, ea.text, ac.name, ac.kind, ac.country FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id WHERE ea.event_id IN ({0}) ORDER BY ea.event_id, ea.ordinal", reader =>
            Builder(actors, reader.GetString(0)).Add(new EventActor(
                reader.GetString(1),
                new Evidence(reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4)),
                reader.GetString(5),
                SnakeCaseEnum<ActorKind>.Parse(reader.GetString(6)),
                Db.String(reader, 7))));

        var figures = new Dictionary<(string, int), Dictionary<string, SortedDictionary<string, CountRange>>>();
        ReadChildren(connection, ids, "SELECT event_id, claim_ordinal, measure, side, low, high FROM claim_figures WHERE event_id IN ({0})", reader =>
        {
            var key = (reader.GetString(0), reader.GetInt32(1));
            if (!figures.TryGetValue(key, out Dictionary<string, SortedDictionary<string, CountRange>>? measures))
            {
                figures[key] = measures = new Dictionary<string, SortedDictionary<string, CountRange>>(StringComparer.Ordinal);
            }

            string measure = reader.GetString(2);
            if (!measures.TryGetValue(measure, out SortedDictionary<string, CountRange>? sides))
            {
                measures[measure] = sides = new SortedDictionary<string, CountRange>(StringComparer.Ordinal);
            }

            sides[reader.GetString(3)] = new CountRange(reader.GetInt64(4), Db.Long(reader, 5));
        });

        var claims = new Dictionary<string, ImmutableArray<Claim>.Builder>(StringComparer.Ordinal);
        ReadChildren(connection, ids, "SELECT event_id, ordinal, source_name, source_kind, source_text, source_start, source_end, denial, evidence_start, evidence_end, evidence_text FROM claims WHERE event_id IN ({0}) ORDER BY event_id, ordinal", reader =>
        {
            string eventId = reader.GetString(0);
            int ordinal = reader.GetInt32(1);
            Evidence? mention = reader.IsDBNull(4) ? null : new Evidence(reader.GetInt32(5), reader.GetInt32(6), reader.GetString(4));
            figures.TryGetValue((eventId, ordinal), out Dictionary<string, SortedDictionary<string, CountRange>>? measures);
            ImmutableSortedDictionary<string, CountRange> Measure(string name) =>
                measures is not null && measures.TryGetValue(name, out SortedDictionary<string, CountRange>? sides)
                    ? ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, sides)
                    : ImmutableSortedDictionary.Create<string, CountRange>(StringComparer.Ordinal);
            Builder(claims, eventId).Add(new Claim(
                new ClaimSource(mention, reader.GetString(2), SnakeCaseEnum<SourceKind>.Parse(reader.GetString(3))),
                Measure("killed"),
                Measure("injured"),
                Measure("captured"),
                Measure("missing"),
                Measure("displaced"),
                reader.GetBoolean(7),
                new Evidence(reader.GetInt32(8), reader.GetInt32(9), reader.GetString(10))));
        });

        var parameters = new SqlParameters();
        string list = KeyList(ids, parameters);
        using DbCommand command = parameters.Command(connection, null, $"SELECT {ReportColumns} FROM {ReportJoins} WHERE e.id IN ({list})");
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            string id = reader.GetString(0);
            EventLocation? location = reader.IsDBNull(6) ? null : new EventLocation(
                new Evidence(reader.GetInt32(7), reader.GetInt32(8), reader.GetString(6)),
                Db.String(reader, 11) ?? string.Empty,
                Db.String(reader, 12),
                Db.String(reader, 13),
                Db.Double(reader, 14),
                Db.Double(reader, 15),
                SnakeCaseEnum<LocationPrecision>.Parse(reader.GetString(9)),
                Db.String(reader, 10));
            EventDate? date = reader.IsDBNull(16) ? null : new EventDate(
                new Evidence(reader.GetInt32(17), reader.GetInt32(18), reader.GetString(16)),
                Db.Date(reader, 19),
                Db.Date(reader, 20),
                Db.String(reader, 21) is { } precision ? SnakeCaseEnum<DatePrecision>.Parse(precision) : null);
            FatalityEstimate? fatalities = reader.IsDBNull(22) ? null : new FatalityEstimate(reader.GetInt64(22), reader.GetInt64(23), reader.GetInt64(24));
            AcledType? acled = reader.IsDBNull(4) ? null : new AcledType(reader.GetString(4), Db.String(reader, 5) ?? string.Empty);
            var e = new Event(
                id,
                reader.GetString(2),
                SnakeCaseEnum<EventStatus>.Parse(reader.GetString(3)),
                acled,
                actors.TryGetValue(id, out ImmutableArray<EventActor>.Builder? a) ? a.ToImmutable() : [],
                location,
                date,
                claims.TryGetValue(id, out ImmutableArray<Claim>.Builder? c) ? c.ToImmutable() : [],
                fatalities,
                evidence.TryGetValue(id, out ImmutableArray<Evidence>.Builder? v) ? v.ToImmutable() : [],
                reader.GetBoolean(25));
            var article = new ArticleInfo(reader.GetString(1), Db.String(reader, 26), Db.Date(reader, 27), Db.String(reader, 28), Db.String(reader, 29), reader.GetString(30));
            result[id] = new StoredReport(e, article);
        }
    }

    private void ReadChildren(DbConnection connection, IReadOnlyList<string> ids, string sqlFormat, Action<DbDataReader> read)
    {
        var parameters = new SqlParameters();
        string list = KeyList(ids, parameters);
        using DbCommand command = parameters.Command(connection, null, string.Format(CultureInfo.InvariantCulture, sqlFormat, list));
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            read(reader);
        }
    }

    private static ImmutableArray<T>.Builder Builder<T>(Dictionary<string, ImmutableArray<T>.Builder> builders, string id)
    {
        if (!builders.TryGetValue(id, out ImmutableArray<T>.Builder? builder))
        {
            builders[id] = builder = ImmutableArray.CreateBuilder<T>();
        }

        return builder;
    }
}
