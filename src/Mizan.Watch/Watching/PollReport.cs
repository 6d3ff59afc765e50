using System.Globalization;
using System.Text;

namespace Mizan.Watch.Watching;

/// <summary>What one poll of a feed did: the line a person reads.</summary>
public sealed record PollReport
{
    /// <summary>The feed's label.</summary>
    public required string Feed { get; init; }

    /// <summary>When the poll started.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The server said the feed is unchanged (304).</summary>
    public bool NotModified { get; init; }

    /// <summary>Items in the feed.</summary>
    public int Items { get; init; }

    /// <summary>Articles added.</summary>
    public int New { get; init; }

    /// <summary>Items already stored (by address, canonical address or text).</summary>
    public int Known { get; init; }

    /// <summary>Events extracted from the added articles.</summary>
    public int Events { get; init; }

    /// <summary>The feed itself failed (<c>message [code]</c>), or null.</summary>
    public string? FeedError { get; init; }

    /// <summary>The items that failed (<c>message [code]</c>).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>When the feed is polled again, when it will be.</summary>
    public DateTimeOffset? Next { get; init; }

    /// <summary>True when the feed or an item failed.</summary>
    public bool Failed => FeedError is not null || Errors.Count > 0;

    /// <summary>One line: <c>2026-12-03 05:10:00Z الخبر: 3 new, 12 known, 7 events, 1 error; next 05:20:00Z</c>.</summary>
    public string Line()
    {
        var text = new StringBuilder();
        text.Append(At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(' ').Append(Feed).Append(": ");
        if (FeedError is not null)
        {
            text.Append("feed failed: ").Append(FeedError);
        }
        else if (NotModified)
        {
            text.Append("not modified");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"{New} new, {Known} known, {Events} {(Events == 1 ? "event" : "events")}, {Errors.Count} {(Errors.Count == 1 ? "error" : "errors")}");
        }

        if (Next is { } next)
        {
            text.Append("; next ").Append(next.UtcDateTime.ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
