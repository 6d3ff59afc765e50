namespace Mizan.Storage.Web;

/// <summary>
/// What a store knows of the web: which addresses and texts it already holds, and each feed's
/// validators. Both backends implement it beside <see cref="IEventStore"/>; an article's
/// <see cref="WebSource"/> is written with it, in the same transaction
/// (<see cref="ArticleRecord.Web"/>).
/// </summary>
public interface IWebArticleIndex
{
    /// <summary>Those of the normalised addresses that lead to a stored article (address → article id).</summary>
    IReadOnlyDictionary<string, string> KnownUrls(IReadOnlyCollection<string> urls);

    /// <summary>The id of a stored article with this text hash, or null.</summary>
    string? ArticleWithText(string textHash);

    /// <summary>Records more addresses of a stored article (the same article under another address); known ones are left as they are.</summary>
    void AddUrls(string articleId, IReadOnlyCollection<string> urls);

    /// <summary>Where a stored article was fetched from (its address, fetch time, other addresses), or null when it was not read from the web.</summary>
    WebSource? ReadWebSource(string articleId);

    /// <summary>A feed's validators from its last successful poll, or null.</summary>
    FeedState? ReadFeedState(string feedUrl);

    /// <summary>Saves a feed's validators.</summary>
    void SaveFeedState(FeedState state);
}
