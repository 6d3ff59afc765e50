namespace Mizan.Watch.Http;

/// <summary>What to fetch, with the validators of the copy already held (for a conditional GET).</summary>
/// <param name="Url">An http or https address.</param>
/// <param name="ETag">Sent as <c>If-None-Match</c> when set.</param>
/// <param name="LastModified">Sent as <c>If-Modified-Since</c> when set.</param>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null);
