namespace Mizan.Bench;

/// <summary>One request of the events list: what kind of filter it has, and its path with the query.</summary>
/// <param name="Kind">The kind of filter (<c>no filter</c>, <c>country</c>, <c>words</c> ...), to report latencies per kind.</param>
/// <param name="PathAndQuery">E.g. <c>/api/events?country=SYR&amp;offset=0&amp;limit=50</c>.</param>
internal sealed record EventListRequest(string Kind, string PathAndQuery);
