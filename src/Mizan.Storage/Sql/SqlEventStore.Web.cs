using System.Data.Common;
using Mizan.Storage.Web;

namespace Mizan.Storage.Sql;

/// <summary>The web side of the store: addresses and text hashes of stored articles, and feeds' validators.</summary>
internal abstract partial class SqlEventStore : IWebArticleIndex
{
    public IReadOnlyDictionary<string, string> KnownUrls(IReadOnlyCollection<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        if (urls.Count == 0)
        {
            return known;
        }

        using DbConnection connection = Open();
        foreach (IReadOnlyList<string> chunk in Db.Chunks(urls.Distinct(StringComparer.Ordinal), 500))
        {
            var parameters = new SqlParameters();
            string list = KeyList(chunk, parameters);
            using DbCommand command = parameters.Command(connection, null, $"SELECT url, article_id FROM article_urls WHERE url IN ({list})");
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                known[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return known;
    }

    public string? ArticleWithText(string textHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(textHash);
        using DbConnection connection = Open();
        return Db.Scalar(connection, null, "SELECT MIN(article_id) FROM article_fetches WHERE text_hash = @p0", textHash) as string;
    }

    public void AddUrls(string articleId, IReadOnlyCollection<string> urls)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        ArgumentNullException.ThrowIfNull(urls);
        if (urls.Count == 0)
        {
            return;
        }

        using DbConnection connection = Open();
        using DbTransaction transaction = BeginWrite(connection);
        ExecuteAll(connection, transaction, urls.Distinct(StringComparer.Ordinal).Select(url => (WebRows.InsertUrl, new object?[] { url, articleId })));
        transaction.Commit();
    }

    public WebSource? ReadWebSource(string articleId)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        using DbConnection connection = Open();
        WebSource? source;
        using (DbCommand command = Db.Command(connection, null, "SELECT url, fetched_at, published_at, feed, text_hash, author FROM article_fetches WHERE article_id = @p0", [articleId]))
        using (DbDataReader reader = command.ExecuteReader())
        {
            if (!reader.Read() || WebRows.ParseTimestamp(reader.GetString(1)) is not { } fetchedAt)
            {
                return null;
            }

            source = new WebSource(reader.GetString(0), fetchedAt, WebRows.ParseTimestamp(Db.String(reader, 2)), Db.String(reader, 3), reader.GetString(4), [], Db.String(reader, 5));
        }

        var aliases = new List<string>();
        using (DbCommand command = Db.Command(connection, null, "SELECT url FROM article_urls WHERE article_id = @p0 ORDER BY url", [articleId]))
        using (DbDataReader reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                string url = reader.GetString(0);
                if (url != source.Url)
                {
                    aliases.Add(url);
                }
            }
        }

        return source with { Aliases = aliases };
    }

    public FeedState? ReadFeedState(string feedUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(feedUrl);
        using DbConnection connection = Open();
        using DbCommand command = Db.Command(connection, null, "SELECT etag, last_modified, checked_at FROM feed_states WHERE url = @p0", [feedUrl]);
        using DbDataReader reader = command.ExecuteReader();
        return reader.Read() && WebRows.ParseTimestamp(reader.GetString(2)) is { } checkedAt
            ? new FeedState(feedUrl, Db.String(reader, 0), Db.String(reader, 1), checkedAt)
            : null;
    }

    public void SaveFeedState(FeedState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        using DbConnection connection = Open();
        Db.Execute(connection, null, WebRows.UpsertFeedState, state.Url, state.ETag, state.LastModified, WebRows.Timestamp(state.CheckedAt));
    }
}
