namespace Mizan.Storage.Web;

/// <summary>What the last poll of a feed left for the next one: its validators for a conditional GET.</summary>
/// <param name="Url">The feed's address.</param>
/// <param name="ETag">The <c>ETag</c> of the last answer, when it gave one.</param>
/// <param name="LastModified">The <c>Last-Modified</c> of the last answer, as sent.</param>
/// <param name="CheckedAt">When the feed was last read successfully.</param>
public sealed record FeedState(string Url, string? ETag, string? LastModified, DateTimeOffset CheckedAt);
