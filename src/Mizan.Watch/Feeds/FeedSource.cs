namespace Mizan.Watch.Feeds;

/// <summary>One feed to follow, as a line of the feeds file gives it.</summary>
/// <param name="Url">The feed's address (RSS (0.9x, 1.0, 2.0) or Atom).</param>
/// <param name="Label">A name for messages and for the articles' source (default: the host).</param>
/// <param name="Interval">How often it is polled.</param>
/// <param name="Line">Its line in the feeds file.</param>
public sealed record FeedSource(Uri Url, string Label, TimeSpan Interval, int Line);
