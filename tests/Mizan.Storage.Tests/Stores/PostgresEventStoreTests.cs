using Mizan.Storage.Postgres;
using Mizan.Storage.Tests.Support;

namespace Mizan.Storage.Tests.Stores;

/// <summary>
/// The store contract on the PostgreSQL backend, in a schema of its own in the database that
/// MIZAN_TEST_POSTGRES names; skipped, with the reason, when it is not set.
/// </summary>
public sealed class PostgresEventStoreTests : EventStoreContract, IRequiresPostgres
{
    private PostgresTestDatabase? _database;

    protected override IEventStore OpenStore()
    {
        _database ??= new PostgresTestDatabase();
        Assert.StartsWith("Host=", _database.ConnectionString, StringComparison.Ordinal);
        return EventStores.Open(_database.ConnectionString, create: true);
    }

    protected override void DisposeBackend() => _database?.Dispose();

    [Fact]
    public void A_postgres_address_becomes_an_Npgsql_connection_string()
    {
        string converted = PostgresConnectionStrings.ToNpgsql("postgres://analyst:s%40cret@db.example.org:5433/events?sslmode=require");

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(converted);
        Assert.Equal(("db.example.org", 5433, "analyst", "s@cret", "events"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
        Assert.Equal(Npgsql.SslMode.Require, builder.SslMode);
        Assert.True(PostgresConnectionStrings.IsPostgres("Host=localhost;Database=x"));
        Assert.False(PostgresConnectionStrings.IsPostgres("mizan.db"));
        Assert.DoesNotContain("cret", PostgresConnectionStrings.Redacted("postgres://analyst:s%40cret@db.example.org/events"), StringComparison.Ordinal);
    }
}
