using Npgsql;

namespace Mizan.Storage.Tests.Support;

/// <summary>
/// A PostgreSQL schema of its own for one test, in the database that <c>MIZAN_TEST_POSTGRES</c>
/// names (an Npgsql connection string; <c>.ci/services</c> starts a throwaway server and sets it).
/// The schema is dropped on dispose.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string Variable = "MIZAN_TEST_POSTGRES";

    private readonly string _baseConnectionString;
    private readonly string _schema;

    public PostgresTestDatabase()
    {
        _baseConnectionString = Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"{Variable} is not set: it must name a PostgreSQL database for the store tests.");
        _schema = "t_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(_baseConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
        command.ExecuteNonQuery();
        ConnectionString = new NpgsqlConnectionStringBuilder(_baseConnectionString) { SearchPath = _schema }.ConnectionString;
    }

    /// <summary>Why the PostgreSQL tests are skipped, or null when a server is configured.</summary>
    public static string? SkipReason => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable))
        ? $"{Variable} is not set: no PostgreSQL server to test against (.ci/run starts one with .ci/services and sets it)"
        : null;

    /// <summary>A connection string whose search path is this test's schema.</summary>
    public string ConnectionString { get; }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_baseConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
