using System.Globalization;

namespace Mizan.Storage.Web;

/// <summary>The rows of an article's <see cref="WebSource"/>, as statements both backends run in the article's transaction.</summary>
internal static class WebRows
{
    public const string InsertFetch =
        "INSERT INTO article_fetches (article_id, url, fetched_at, published_at, feed, text_hash, author) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6) ON CONFLICT DO NOTHING";

    public const string InsertUrl = "INSERT INTO article_urls (url, article_id) VALUES (@p0, @p1) ON CONFLICT DO NOTHING";

    public const string UpsertFeedState =
        "INSERT INTO feed_states (url, etag, last_modified, checked_at) VALUES (@p0, @p1, @p2, @p3) " +
        "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at";

    /// <summary>The statements for the record's web source; none when it was not read from the web.</summary>
    public static IEnumerable<(string Sql, object?[] Values)> Of(ArticleRecord record)
    {
        if (record.Web is not { } web)
        {
            yield break;
        }

        string id = record.Article.Id;
        yield return (InsertFetch, [id, web.Url, Timestamp(web.FetchedAt), web.PublishedAt is { } p ? Timestamp(p) : null, web.Feed, web.TextHash, web.Author]);
        foreach (string url in web.Aliases.Prepend(web.Url).Distinct(StringComparer.Ordinal))
        {
            yield return (InsertUrl, [url, id]);
        }
    }

    /// <summary>A time as stored: ISO 8601 with its offset, to the second.</summary>
    public static string Timestamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseTimestamp(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset time) ? time : null;
}
