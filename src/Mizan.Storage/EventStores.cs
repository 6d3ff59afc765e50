using Mizan.Storage.Postgres;
using Mizan.Storage.Sqlite;

namespace Mizan.Storage;

/// <summary>
/// Opens the event store a <c>--db</c> value names: a connection string starting with
/// <c>Host=</c>, or a <c>postgres://</c> (or <c>postgresql://</c>) address, is a PostgreSQL
/// database; anything else is the path of a SQLite file (default <see cref="DefaultPath"/> in the
/// current folder).
/// </summary>
public static class EventStores
{
    /// <summary>The store used when none is named: <c>mizan.db</c> in the current folder.</summary>
    public const string DefaultPath = "mizan.db";

    /// <summary>Opens a store, creating its schema when needed.</summary>
    /// <param name="target">A SQLite file path or a PostgreSQL connection string.</param>
    /// <param name="create">Whether a missing SQLite file may be created (ingest) or is an error (export, search).</param>
    public static IEventStore Open(string? target, bool create)
    {
        string value = string.IsNullOrWhiteSpace(target) ? DefaultPath : target;
        return PostgresConnectionStrings.IsPostgres(value)
            ? PostgresEventStore.Open(value)
            : SqliteEventStore.Open(value, create);
    }
}
