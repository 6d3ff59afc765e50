namespace Mizan.Storage;

/// <summary>A stored article in a list: its metadata and how many events were extracted from it.</summary>
public sealed record ArticleSummary(ArticleInfo Article, int Events);
