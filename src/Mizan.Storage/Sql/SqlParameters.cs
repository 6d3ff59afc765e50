using System.Data.Common;

namespace Mizan.Storage.Sql;

/// <summary>Positional parameters <c>@p0, @p1 …</c> gathered while a statement is built.</summary>
internal sealed class SqlParameters
{
    public List<object?> Values { get; } = [];

    /// <summary>Adds a value and returns its placeholder.</summary>
    public string Add(object? value)
    {
        Values.Add(value);
        return "@p" + (Values.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Placeholders for a list of values, comma-separated.</summary>
    public string AddList(IEnumerable<object?> values) => string.Join(", ", values.Select(Add));

    /// <summary>A command with these values bound.</summary>
    public DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql) =>
        Db.Command(connection, transaction, sql, Values);
}
