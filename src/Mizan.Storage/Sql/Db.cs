using System.Data.Common;
using System.Globalization;

namespace Mizan.Storage.Sql;

/// <summary>Small ADO.NET helpers shared by both backends.</summary>
internal static class Db
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyList<object?>? values = null)
    {
        DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        if (values is not null)
        {
            for (int i = 0; i < values.Count; i++)
            {
                DbParameter parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
                parameter.Value = values[i] ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
        }

        return command;
    }

    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params object?[] values)
    {
        using DbCommand command = Command(connection, transaction, sql, values);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, params object?[] values)
    {
        using DbCommand command = Command(connection, transaction, sql, values);
        object? value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static string? String(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? Int(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static long? Long(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static double? Double(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    public static DateOnly? Date(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    /// <summary>Splits a list into chunks of at most <paramref name="size"/>.</summary>
    public static IEnumerable<IReadOnlyList<T>> Chunks<T>(IEnumerable<T> items, int size)
    {
        var chunk = new List<T>(size);
        foreach (T item in items)
        {
            chunk.Add(item);
            if (chunk.Count == size)
            {
                yield return chunk;
                chunk = new List<T>(size);
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }
}
