using Mizan.Pipeline;

namespace Mizan.Cluster.Grains;

/// <summary>
/// An article as it travels between a client and the nodes. <see cref="Article"/> stays in
/// Mizan.Core, free of Orleans; this copy carries its fields and the input it was read from.
/// </summary>
[GenerateSerializer]
[Immutable]
public sealed record ArticleMessage
{
    [Id(0)]
    public required string Id { get; init; }

    [Id(1)]
    public string? Title { get; init; }

    [Id(2)]
    public required string Body { get; init; }

    [Id(3)]
    public DateOnly? Published { get; init; }

    [Id(4)]
    public string? Source { get; init; }

    [Id(5)]
    public string? Url { get; init; }

    [Id(6)]
    public string Language { get; init; } = "ar";

    /// <summary>Where it was read (<c>FILE:LINE</c>), stored with the article.</summary>
    [Id(7)]
    public required string Input { get; init; }

    /// <summary>The publication time with its offset, when the input gives it (<see cref="Article.PublishedAt"/>).</summary>
    [Id(8)]
    public DateTimeOffset? PublishedAt { get; init; }

    public static ArticleMessage From(Article article, string input)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleMessage
        {
            Id = article.Id,
            Title = article.Title,
            Body = article.Body,
            Published = article.Published,
            Source = article.Source,
            Url = article.Url,
            Language = article.Language,
            Input = input,
            PublishedAt = article.PublishedAt,
        };
    }

    public Article ToArticle() => new(Id, Title, Body, Published, Source, Url) { Language = Language, PublishedAt = PublishedAt };
}
