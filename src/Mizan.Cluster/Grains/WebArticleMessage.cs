using Mizan.Storage.Web;
using Mizan.Watch.Watching;

namespace Mizan.Cluster.Grains;

/// <summary>
/// A page's article as it travels from the node that fetched it (its feed's grain) to the grain
/// of its content hash: the article and its <see cref="WebSource"/>.
/// </summary>
[GenerateSerializer]
[Immutable]
public sealed record WebArticleMessage
{
    [Id(0)]
    public required ArticleMessage Article { get; init; }

    /// <summary>The address asked for (the feed's link).</summary>
    [Id(1)]
    public required string Asked { get; init; }

    /// <summary>The canonical address, normalised.</summary>
    [Id(2)]
    public required string Url { get; init; }

    [Id(3)]
    public DateTimeOffset FetchedAt { get; init; }

    [Id(4)]
    public DateTimeOffset? PublishedAt { get; init; }

    [Id(5)]
    public string? Feed { get; init; }

    [Id(6)]
    public required string TextHash { get; init; }

    [Id(7)]
    public string[] Aliases { get; init; } = [];

    [Id(8)]
    public string? Author { get; init; }

    public static WebArticleMessage From(FetchedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        WebSource web = page.Web;
        return new WebArticleMessage
        {
            Article = ArticleMessage.From(page.Article, web.Url),
            Asked = page.Asked.AbsoluteUri,
            Url = web.Url,
            FetchedAt = web.FetchedAt,
            PublishedAt = web.PublishedAt,
            Feed = web.Feed,
            TextHash = web.TextHash,
            Aliases = [.. web.Aliases],
            Author = web.Author,
        };
    }

    public FetchedPage ToPage() =>
        new(new Uri(Asked), Article.ToArticle(), new WebSource(Url, FetchedAt, PublishedAt, Feed, TextHash, Aliases, Author));
}
