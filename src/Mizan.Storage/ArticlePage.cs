namespace Mizan.Storage;

/// <summary>One page of a list of articles and how many the whole list holds.</summary>
public sealed record ArticlePage(long Total, IReadOnlyList<ArticleSummary> Articles);
