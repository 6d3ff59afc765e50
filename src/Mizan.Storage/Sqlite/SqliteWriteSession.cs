using System.Data.Common;
using Microsoft.Data.Sqlite;
using Mizan.Storage.Sql;

namespace Mizan.Storage.Sqlite;

/// <summary>
/// The connection a SQLite store writes through, kept open from one write to the next with its
/// prepared statements, so that a run of transactions (an ingest commits one per
/// <c>--commit-every</c> articles) neither opens a connection, reads the schema, nor prepares a
/// statement per transaction, and finds the pages it last wrote still in its cache.
/// </summary>
/// <remarks>
/// Nothing is held between transactions but the open file: in WAL mode readers and other
/// writers are not blocked by an idle connection. Not thread-safe: the store serialises its
/// writes. Durability is the connection's usual one (every transaction is committed to the
/// write-ahead log before <see cref="SqlEventStore.Write"/> returns), so a process killed between
/// two transactions loses nothing it committed. With <c>synchronous = NORMAL</c> the log is synced
/// at checkpoints only: a crash of the machine (not of the process) may lose the transactions
/// since the last checkpoint, up to <see cref="CheckpointPages"/> pages of them, never the
/// consistency of the file; an ingest run again redoes them.
/// </remarks>
internal sealed class SqliteWriteSession : IDisposable
{
    /// <summary>The page cache of the writing connection, in KiB (SQLite's negative <c>cache_size</c>): the indexes a bulk load touches stay in memory.</summary>
    public const int CacheKibibytes = 65_536;

    /// <summary>
    /// Pages the write-ahead log may hold before the writing connection copies them into the
    /// database (SQLite's <c>wal_autocheckpoint</c>, 1,000 by default): 16,384 pages of 4 KiB,
    /// 64 MiB. Each checkpoint syncs the log and the database file: at SQLite's default an ingest
    /// of the whole corpus synced 342 times, and the writer waited 3 to 16 s for it on a shared machine.
    /// </summary>
    public const int CheckpointPages = 16_384;

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteWriteSession(SqliteConnection connection)
    {
        Connection = connection;
        Db.Execute(connection, null, $"PRAGMA cache_size = -{CacheKibibytes}; PRAGMA wal_autocheckpoint = {CheckpointPages}");
    }

    public SqliteConnection Connection { get; }

    /// <summary>Runs a statement inside <paramref name="transaction"/> with a prepared command reused across transactions.</summary>
    public int Execute(DbTransaction transaction, string sql, object?[] values) => Bind(transaction, sql, values).ExecuteNonQuery();

    /// <summary>The first column of the first row, or null.</summary>
    public object? Scalar(DbTransaction transaction, string sql, object?[] values)
    {
        object? value = Bind(transaction, sql, values).ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public void Dispose()
    {
        foreach (SqliteCommand command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        Connection.Dispose();
    }

    private SqliteCommand Bind(DbTransaction transaction, string sql, object?[] values)
    {
        if (!_commands.TryGetValue(sql, out SqliteCommand? command))
        {
            command = (SqliteCommand)Db.Command(Connection, transaction, sql, values);
            command.Prepare();
            _commands[sql] = command;
            return command;
        }

        command.Transaction = (SqliteTransaction)transaction;
        SqliteParameterCollection parameters = command.Parameters;
        for (int i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }
}
