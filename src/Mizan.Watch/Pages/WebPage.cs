namespace Mizan.Watch.Pages;

/// <summary>The article a page holds, pulled out of its HTML.</summary>
/// <param name="Title">The headline (Open Graph title, else the document's).</param>
/// <param name="Body">The readable text, one paragraph per line.</param>
/// <param name="PublishedAt">The publication time its metadata gives (Open Graph, JSON-LD, <c>&lt;time&gt;</c>), when any.</param>
/// <param name="Author">The author, when named.</param>
/// <param name="SiteName">The outlet's name (<c>og:site_name</c>), when given.</param>
/// <param name="Canonical">The canonical address the page names (<c>&lt;link rel=canonical&gt;</c>, else <c>og:url</c>), when any.</param>
public sealed record WebPage(string? Title, string Body, DateTimeOffset? PublishedAt, string? Author, string? SiteName, Uri? Canonical);
