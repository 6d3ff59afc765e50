using System.Data.Common;
using System.Globalization;
using Mizan.Reconciliation;
using Mizan.Storage.Linking;

namespace Mizan.Storage.Sql;

/// <summary>Linking incidents a part at a time (<see cref="ILinkingStore"/>).</summary>
internal abstract partial class SqlEventStore : ILinkingStore
{
    // Events in no incident, and the events of incidents that lost one (their article replaced).
    private const string UnlinkedEventIds =
        "SELECT e.id FROM events e WHERE NOT EXISTS (SELECT 1 FROM incident_events ie WHERE ie.event_id = e.id) " +
        "UNION SELECT ie.event_id FROM incident_events ie JOIN incidents i ON i.id = ie.incident_id " +
        "WHERE i.report_count <> (SELECT COUNT(*) FROM incident_events c WHERE c.incident_id = i.id)";

    public IReadOnlyList<StoredReport> ReadUnlinkedReports()
    {
        var ids = new List<string>();
        using (DbConnection connection = Open())
        using (DbCommand command = Db.Command(connection, null, UnlinkedEventIds + " ORDER BY 1"))
        using (DbDataReader reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        return Reports(ids);
    }

    public IReadOnlyList<StoredReport> ReadReports(ReportScope scope)
    {
        var ids = ReportVersions(scope).Keys.ToList();
        ids.Sort(StringComparer.Ordinal);
        return Reports(ids);
    }

    public IReadOnlyDictionary<string, string> ReportVersions(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using DbConnection connection = Open();
        return Versions(connection, null, scope);
    }

    public bool ReplaceIncidents(IReadOnlyList<Incident> incidents, ReportScope scope, IReadOnlyDictionary<string, string> versions)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(versions);
        return Writing(connection =>
        {
            using DbTransaction transaction = BeginWrite(connection);
            Dictionary<string, string> now = Versions(connection, transaction, scope);
            if (now.Count != versions.Count || !now.All(v => versions.TryGetValue(v.Key, out string? hash) && hash == v.Value))
            {
                transaction.Rollback();
                return false;
            }

            var eventIds = incidents.SelectMany(i => i.Reports).Select(r => r.Event.Id).ToList();
            foreach (IReadOnlyList<string> chunk in Db.Chunks(eventIds, PageSize))
            {
                var parameters = new SqlParameters();
                using DbCommand command = parameters.Command(connection, transaction,
                    $"DELETE FROM incidents WHERE id IN (SELECT incident_id FROM incident_events WHERE event_id IN ({KeyList(chunk, parameters)}))");
                command.ExecuteNonQuery();
            }

            // An incident of the same id left with no report (its article replaced) goes as well.
            foreach (IReadOnlyList<string> chunk in Db.Chunks(incidents.Select(i => i.Id), PageSize))
            {
                var parameters = new SqlParameters();
                using DbCommand command = parameters.Command(connection, transaction, $"DELETE FROM incidents WHERE id IN ({KeyList(chunk, parameters)})");
                command.ExecuteNonQuery();
            }

            Db.Execute(connection, transaction, "DELETE FROM incidents WHERE NOT EXISTS (SELECT 1 FROM incident_events ie WHERE ie.incident_id = incidents.id)");
            foreach (IReadOnlyList<Incident> chunk in Db.Chunks(incidents, 200))
            {
                ExecuteAll(connection, transaction, chunk.SelectMany(StoreRows.Incident));
            }

            Db.Execute(connection, transaction, StoreRows.NextGeneration);
            transaction.Commit();
            return true;
        });
    }

    public bool MarkIncidentsLinked() => Writing(connection =>
    {
        using DbTransaction transaction = BeginWrite(connection);
        bool linked = Convert.ToInt64(Db.Scalar(connection, transaction, $"SELECT COUNT(*) FROM ({UnlinkedEventIds}) u"), CultureInfo.InvariantCulture) == 0;
        if (linked)
        {
            Db.Execute(connection, transaction, StoreRows.MarkIncidentsStale, "0");
        }

        transaction.Commit();
        return linked;
    });

    private List<StoredReport> Reports(List<string> ids)
    {
        Dictionary<string, StoredReport> reports = LoadReports(ids);
        return [.. ids.Where(reports.ContainsKey).Select(id => reports[id])];
    }

    private Dictionary<string, string> Versions(DbConnection connection, DbTransaction? transaction, ReportScope scope)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        void Read(DbCommand command)
        {
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                versions[reader.GetString(0)] = reader.GetString(1);
            }
        }

        const string Select = "SELECT e.id, a.content_hash FROM events e JOIN articles a ON a.id = e.article_id";
        if (scope.Window is { } window)
        {
            var parameters = new SqlParameters();
            using DbCommand command = parameters.Command(connection, transaction,
                $"{Select} JOIN places p ON p.id = e.place_id WHERE p.country = {parameters.Add(window.Country)} " +
                $"AND e.date_start <= {parameters.Add(window.To)} AND e.date_end >= {parameters.Add(window.From)}");
            Read(command);
        }

        foreach (IReadOnlyList<string> chunk in Db.Chunks(scope.EventIds, PageSize))
        {
            var parameters = new SqlParameters();
            using DbCommand command = parameters.Command(connection, transaction, $"{Select} WHERE e.id IN ({KeyList(chunk, parameters)})");
            Read(command);
        }

        return versions;
    }
}
