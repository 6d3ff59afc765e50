using System.Buffers;
using System.Collections.Immutable;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mizan.Storage.Sql;

namespace Mizan.Storage.Sqlite;

/// <summary>
/// The event store in one SQLite file: write-ahead log (readers never block the writer, a
/// killed process loses at most the transaction it was in), foreign keys with cascading
/// deletes, and an FTS5 index of every article's search terms. Reads open a connection each;
/// writes go through one connection kept open (<see cref="SqliteWriteSession"/>), one at a time.
/// </summary>
internal sealed class SqliteEventStore : SqlEventStore
{
    private const string InsertArticle =
        "INSERT INTO articles (id, content_hash, source, title, published, url, language, text, input) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8) ON CONFLICT DO NOTHING RETURNING seq";

    /// <summary>
    /// The terms of a transaction's articles, inserted into the full-text index by one statement at
    /// its end. FTS5 writes what it holds in memory to a new segment of the index at every
    /// statement that opens a savepoint, and each insert does: one insert per article, between the
    /// article's other rows, made a segment per article to be merged again and again (half the
    /// writer's time on the index went to sorting and merging them).
    /// </summary>
    private const string InsertTerms =
        "INSERT INTO article_terms (rowid, terms) SELECT value ->> 0, value ->> 1 FROM json_each(@p0)";

    private static readonly JsonWriterOptions TermsJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string _connectionString;
    private readonly string _path;
    private readonly Lock _writing = new();
    private SqliteWriteSession? _session;

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
        // Reads open a connection per operation and close it after; only the writing one stays open.
        lock (_writing)
        {
            _session?.Dispose();
            _session = null;
        }
    }

    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Db.Execute(connection, null, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 60000");
        return connection;
    }

    protected override DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction();

    /// <summary>
    /// The keys as one JSON array read back by <c>json_each</c>: a statement with hundreds of
    /// named parameters costs the square of their number to bind (each name is looked up in a list).
    /// </summary>
    protected override string KeyList(IReadOnlyList<string> keys, SqlParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(parameters);
        var buffer = new ArrayBufferWriter<byte>(keys.Count * 24);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (string key in keys)
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
        }

        return $"SELECT value FROM json_each({parameters.Add(Encoding.UTF8.GetString(buffer.WrittenSpan))})";
    }

    protected override T Writing<T>(Func<DbConnection, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_writing)
        {
            _session ??= new SqliteWriteSession((SqliteConnection)Open());
            try
            {
                return write(_session.Connection);
            }
            catch
            {
                // The connection may be in any state after a failure: the next write opens a new one.
                _session.Dispose();
                _session = null;
                throw;
            }
        }
    }

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
        SqliteWriteSession session = _session is { } s && ReferenceEquals(s.Connection, connection)
            ? s
            : throw new InvalidOperationException("SQLite rows are written through the store's write session.");
        int written = 0;
        var terms = new List<(long Seq, ArticleRecord Record)>(articles.Count);
        foreach (ArticleRecord record in articles)
        {
            string id = record.Article.Id;
            object?[] article = StoreRows.Article(record);

            // A new article is inserted at once; one stored with other content is replaced: its
            // terms, then the article (events follow by cascade), then inserted again.
            object? seq = session.Scalar(transaction, InsertArticle, article);
            if (seq is null && session.Scalar(transaction, "SELECT seq FROM articles WHERE id = @p0 AND content_hash <> @p1", [id, record.ContentHash]) is long stale)
            {
                if (terms.RemoveAll(t => t.Seq == stale) == 0)
                {
                    session.Execute(transaction, "DELETE FROM article_terms WHERE rowid = @p0", [stale]);
                }

                session.Execute(transaction, "DELETE FROM articles WHERE id = @p0", [id]);
                seq = session.Scalar(transaction, InsertArticle, article);
            }

            if (seq is long inserted)
            {
                terms.Add((inserted, record));
                foreach ((string sql, object?[] values) in StoreRows.Children(record))
                {
                    session.Execute(transaction, sql, values);
                }

                foreach ((string sql, object?[] values) in Web.WebRows.Of(record))
                {
                    session.Execute(transaction, sql, values);
                }

                written++;
            }

            session.Execute(transaction, StoreRows.DeleteFailure, ["article:" + id]);
        }

        foreach (FailedArticle failure in failures)
        {
            session.Execute(transaction, StoreRows.UpsertFailure, [failure.Key, failure.ArticleId, failure.ContentHash, failure.Input, failure.Code, failure.Message]);
        }

        if (terms.Count > 0)
        {
            session.Execute(transaction, InsertTerms, [TermRows(terms)]);
        }

        return written;
    }

    /// <summary>The rows of the full-text index as one JSON array of <c>[seq, "term term ..."]</c>.</summary>
    private static string TermRows(List<(long Seq, ArticleRecord Record)> terms)
    {
        var buffer = new ArrayBufferWriter<byte>(terms.Count * 4096);
        using (var json = new Utf8JsonWriter(buffer, TermsJson))
        {
            var text = new StringBuilder(4096);
            json.WriteStartArray();
            foreach ((long seq, ArticleRecord record) in terms)
            {
                text.Clear();
                text.AppendJoin(' ', record.SearchTerms);
                json.WriteStartArray();
                json.WriteNumberValue(seq);
                json.WriteStringValue(text.ToString());
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
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
