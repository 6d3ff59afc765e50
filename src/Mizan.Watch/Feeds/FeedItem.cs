namespace Mizan.Watch.Feeds;

/// <summary>One item of a feed: the link to its article, and what the feed says of it.</summary>
/// <param name="Link">The article's address.</param>
/// <param name="Title">The item's title, when given.</param>
/// <param name="Published">Its publication (or, failing that, update) time, when given.</param>
public sealed record FeedItem(Uri Link, string? Title, DateTimeOffset? Published);
