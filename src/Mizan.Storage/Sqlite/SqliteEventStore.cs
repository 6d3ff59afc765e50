using System.Collections.Immutable;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Mizan.Storage.Sql;

namespace Mizan.Storage.Sqlite;

/// <summary>
/// The event store in one SQLite file: write-ahead log (readers never block the writer, a
/// killed process loses at most the transaction it was in), foreign keys with cascading
/// deletes, and an FTS5 index of every article's search terms.
/// </summary>
internal sealed class SqliteEventStore : SqlEventStore
{
    private readonly string _connectionString;
    private readonly string _path;

    private SqliteEventStore(string path)
    {
        _path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString();
    }

    public override string Description => $"SQLite {_path}";

    /// <summary>Opens (and creates, when <paramref name="create"/> is set) the store in a file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist and <paramref name="create"/> is false.</exception>
    public static SqliteEventStore Open(string path, bool create)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!create && !File.Exists(path))
        {
            throw new FileNotFoundException($"no store at {path} (run 'mizan ingest' first, or name one with --db)", path);
        }

        var store = new SqliteEventStore(path);
        using DbConnection connection = store.Open();
        Db.Execute(connection, null, "PRAGMA journal_mode = WAL");
        using (DbTransaction transaction = connection.BeginTransaction())
        {
            foreach (string statement in SqliteSchema.Statements)
            {
                Db.Execute(connection, transaction, statement);
            }

            transaction.Commit();
        }

        return store;
    }

    public override void Dispose()
    {
        // Connections are opened per operation and closed after it; nothing stays open.
    }

    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Db.Execute(connection, null, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 60000");
        return connection;
    }

    protected override DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction();

    protected override string TextCondition(ImmutableArray<string> terms, SqlParameters parameters)
    {
        string query = string.Join(" AND ", terms.Select(t => "\"" + t + "\""));
        return $"a.seq IN (SELECT rowid FROM article_terms WHERE article_terms MATCH {parameters.Add(query)})";
    }

    protected override void ExecuteAll(DbConnection connection, DbTransaction transaction, IEnumerable<(string Sql, object?[] Values)> statements)
    {
        using var commands = new CommandCache(connection, transaction);
        foreach ((string sql, object?[] values) in statements)
        {
            commands.Execute(sql, values);
        }
    }

    protected override int WriteRows(DbConnection connection, DbTransaction transaction, IReadOnlyList<ArticleRecord> articles, IReadOnlyList<FailedArticle> failures)
    {
        using var commands = new CommandCache(connection, transaction);
        int written = 0;
        foreach (ArticleRecord record in articles)
        {
            string id = record.Article.Id;

            // A changed article replaces the stored version: its terms, then the article (events follow by cascade).
            commands.Execute("DELETE FROM article_terms WHERE rowid IN (SELECT seq FROM articles WHERE id = @p0 AND content_hash <> @p1)", [id, record.ContentHash]);
            commands.Execute("DELETE FROM articles WHERE id = @p0 AND content_hash <> @p1", [id, record.ContentHash]);
            object? seq = commands.Scalar(
                "INSERT INTO articles (id, content_hash, source, title, published, url, language, text, input) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8) ON CONFLICT DO NOTHING RETURNING seq",
                StoreRows.Article(record));
            if (seq is not null)
            {
                commands.Execute("INSERT INTO article_terms (rowid, terms) VALUES (@p0, @p1)", [seq, string.Join(' ', record.SearchTerms)]);
                foreach ((string sql, object?[] values) in StoreRows.Children(record))
                {
                    commands.Execute(sql, values);
                }

                foreach ((string sql, object?[] values) in Web.WebRows.Of(record))
                {
                    commands.Execute(sql, values);
                }

                written++;
            }

            commands.Execute(StoreRows.DeleteFailure, ["article:" + id]);
        }

        foreach (FailedArticle failure in failures)
        {
            commands.Execute(StoreRows.UpsertFailure, [failure.Key, failure.ArticleId, failure.ContentHash, failure.Input, failure.Code, failure.Message]);
        }

        return written;
    }

    /// <summary>Prepared commands, one per statement text, reused within a transaction.</summary>
    private sealed class CommandCache(DbConnection connection, DbTransaction transaction) : IDisposable
    {
        private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

        public int Execute(string sql, object?[] values) => Bind(sql, values).ExecuteNonQuery();

        public object? Scalar(string sql, object?[] values)
        {
            object? value = Bind(sql, values).ExecuteScalar();
            return value is DBNull ? null : value;
        }

        public void Dispose()
        {
            foreach (DbCommand command in _commands.Values)
            {
                command.Dispose();
            }
        }

        private DbCommand Bind(string sql, object?[] values)
        {
            if (!_commands.TryGetValue(sql, out DbCommand? command))
            {
                command = Db.Command(connection, transaction, sql, values);
                command.Prepare();
                _commands[sql] = command;
                return command;
            }

            for (int i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            return command;
        }
    }
}
