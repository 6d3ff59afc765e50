namespace Mizan.Storage.Web;

/// <summary>
/// Where an article stored from the web came from: its address, when it was fetched, its
/// publication time as the page or the feed gives it, and the hash of its text that finds the
/// same article under another address.
/// </summary>
/// <param name="Url">The article's address, normalised (<c>https://host/path?query</c>, tracking parameters dropped); its canonical address when the page names one.</param>
/// <param name="FetchedAt">When the page was fetched.</param>
/// <param name="PublishedAt">The publication time with its hour and offset, when the page's metadata or the feed gives it.</param>
/// <param name="Feed">The label or address of the feed that listed it; null for a page named on the command line.</param>
/// <param name="TextHash">The hash of the article's title and body alone (<see cref="WebArticleIds.TextHash"/>).</param>
/// <param name="Aliases">Every other normalised address that led to it (the feed's link, the address before redirects).</param>
/// <param name="Author">The author the page names, when it names one.</param>
public sealed record WebSource(
    string Url,
    DateTimeOffset FetchedAt,
    DateTimeOffset? PublishedAt,
    string? Feed,
    string TextHash,
    IReadOnlyList<string> Aliases,
    string? Author = null);
