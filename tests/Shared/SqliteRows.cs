using Microsoft.Data.Sqlite;

namespace Mizan.Testing;

/// <summary>
/// Reads a SQLite store that another process may be writing or may have been killed while
/// writing (the kill tests): opened read-only and without pooling, so that no connection
/// outlives the read.
/// </summary>
internal static class SqliteRows
{
    /// <summary>The rows of a table; 0 while the file or its schema is not there yet.</summary>
    public static long Count(string db, string table)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using SqliteConnection connection = Open(db);
            using var command = new SqliteCommand($"SELECT COUNT(*) FROM {table}", connection);
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    /// <summary>The first column of every row of a query, as text, in the query's order.</summary>
    public static List<string> Read(string db, string query)
    {
        using SqliteConnection connection = Open(db);
        using var command = new SqliteCommand(query, connection);
        using SqliteDataReader reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
