using Npgsql;

namespace Mizan.Storage.Postgres;

/// <summary>
/// PostgreSQL connection strings: Npgsql's <c>Host=…;Database=…</c> form as it is, or a
/// <c>postgres://user:password@host:port/database?option=value</c> address converted to it.
/// </summary>
public static class PostgresConnectionStrings
{
    /// <summary>Whether a <c>--db</c> value names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The Npgsql connection string for a <c>--db</c> value.</summary>
    /// <exception cref="ArgumentException">The address cannot be read.</exception>
    public static string ToNpgsql(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.Contains("://", StringComparison.Ordinal))
        {
            return new NpgsqlConnectionStringBuilder(target).ConnectionString;
        }

        if (!Uri.TryCreate(target, UriKind.Absolute, out Uri? uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{Redacted(target)}' is not a postgres://user:password@host:port/database address.", nameof(target));
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            string[] parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            string key = Uri.UnescapeDataString(kv[0]);
            string value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
        }

        return builder.ConnectionString;
    }

    /// <summary>The target without its password, for messages.</summary>
    public static string Redacted(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Contains("://", StringComparison.Ordinal))
        {
            int at = target.IndexOf('@', StringComparison.Ordinal);
            int scheme = target.IndexOf("://", StringComparison.Ordinal) + 3;
            return at > scheme ? target[..scheme] + "…@" + target[(at + 1)..] : target;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(target);
            return $"{builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }
    }
}
