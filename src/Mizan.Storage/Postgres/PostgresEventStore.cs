using System.Collections.Immutable;
using System.Data.Common;
using Mizan.Storage.Sql;
using Npgsql;

namespace Mizan.Storage.Postgres;

/// <summary>
/// The event store in a PostgreSQL database, for teams: the same tables and the same
/// guarantees as the SQLite file. A batch of articles is sent in one round trip; writers take a
/// transaction-scoped advisory lock, so that several ingests into one database are serialised.
/// </summary>
internal sealed class PostgresEventStore : SqlEventStore
{
    /// <summary>The advisory lock key of the store's writers ("mizan" in ASCII).</summary>
    private const long WriteLockKey = 0x6D697A616E;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _description;

    private PostgresEventStore(NpgsqlDataSource dataSource, string description)
    {
        _dataSource = dataSource;
        _description = description;
    }

    public override string Description => _description;

    /// <summary>Connects to a database and creates the schema when it is missing.</summary>
    public static PostgresEventStore Open(string target)
    {
        string connectionString = PostgresConnectionStrings.ToNpgsql(target);
        var store = new PostgresEventStore(NpgsqlDataSource.Create(connectionString), "PostgreSQL " + PostgresConnectionStrings.Redacted(target));
        try
        {
            using DbConnection connection = store.Open();
            using DbTransaction transaction = store.BeginWrite(connection);
            foreach (string statement in PostgresSchema.Statements)
            {
                Db.Execute(connection, transaction, statement);
            }

            transaction.Commit();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public override void Dispose() => _dataSource.Dispose();

    protected override DbConnection Open() => _dataSource.OpenConnection();

    protected override DbTransaction BeginWrite(DbConnection connection)
    {
        DbTransaction transaction = connection.BeginTransaction();
        Db.Execute(connection, transaction, "SELECT pg_advisory_xact_lock(@p0)", WriteLockKey);
        return transaction;
    }

    protected override string TextCondition(ImmutableArray<string> terms, SqlParameters parameters)
    {
        // Terms hold only letters and digits; quoting each makes it one lexeme, looked up as is.
        string query = string.Join(" & ", terms.Select(t => "'" + t + "'"));
        return $"a.terms @@ CAST({parameters.Add(query)} AS tsquery)";
    }

    protected override void ExecuteAll(DbConnection connection, DbTransaction transaction, IEnumerable<(string Sql, object?[] Values)> statements)
    {
        foreach (IReadOnlyList<(string Sql, object?[] Values)> chunk in Db.Chunks(statements, 2000))
        {
            using NpgsqlBatch batch = CreateBatch(connection, transaction, chunk);
            batch.ExecuteNonQuery();
        }
    }

    protected override int WriteRows(DbConnection connection, DbTransaction transaction, IReadOnlyList<ArticleRecord> articles, IReadOnlyList<FailedArticle> failures)
    {
        var statements = new List<(string Sql, object?[] Values)>();
        var articleInserts = new List<int>(articles.Count);
        foreach (ArticleRecord record in articles)
        {
            string id = record.Article.Id;

            // A changed article replaces the stored version (its events follow by cascade).
            statements.Add(("DELETE FROM articles WHERE id = @p0 AND content_hash <> @p1", [id, record.ContentHash]));
            articleInserts.Add(statements.Count);
            object?[] values = [.. StoreRows.Article(record), record.SearchTerms.Select(Clean).ToArray()];
            statements.Add((
                "INSERT INTO articles (id, content_hash, source, title, published, url, language, text, input, terms) " +
                "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, array_to_tsvector(@p9)) ON CONFLICT DO NOTHING",
                values));
            statements.AddRange(StoreRows.Children(record));
            statements.AddRange(Web.WebRows.Of(record));
            statements.Add((StoreRows.DeleteFailure, ["article:" + id]));
        }

        foreach (FailedArticle failure in failures)
        {
            statements.Add((StoreRows.UpsertFailure, [failure.Key, failure.ArticleId, failure.ContentHash, failure.Input, failure.Code, failure.Message]));
        }

        // Text may not hold NUL characters in PostgreSQL: they become U+FFFD, which keeps every offset.
        for (int i = 0; i < statements.Count; i++)
        {
            object?[] values = statements[i].Values;
            for (int v = 0; v < values.Length; v++)
            {
                if (values[v] is string s && s.Contains('\0', StringComparison.Ordinal))
                {
                    values[v] = Clean(s);
                }
            }
        }

        using NpgsqlBatch batch = CreateBatch(connection, transaction, statements);
        batch.ExecuteNonQuery();
        return articleInserts.Count(i => batch.BatchCommands[i].RecordsAffected > 0);
    }

    private static string Clean(string value) => value.Replace('\0', '\uFFFD');

    private static NpgsqlBatch CreateBatch(DbConnection connection, DbTransaction transaction, IReadOnlyList<(string Sql, object?[] Values)> statements)
    {
        var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        foreach ((string sql, object?[] values) in statements)
        {
            var command = new NpgsqlBatchCommand(sql);
            for (int i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new NpgsqlParameter("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), values[i] ?? DBNull.Value));
            }

            batch.BatchCommands.Add(command);
        }

        return batch;
    }
}
