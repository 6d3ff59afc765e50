using System.Globalization;

namespace Mizan.Watch.Feeds;

/// <summary>
/// Reads the times feeds write: RFC 822 (<c>pubDate</c> of RSS 0.92 to 2.0, with a numeric
/// offset or a zone named by letters: GMT, UT, Z), ISO 8601 (Atom, and <c>dc:date</c> of RSS
/// 1.0), and a weekday that does not fit its date (the date decides). The offset is kept as
/// written: its hour is the one date resolution reads.
/// </summary>
internal static class FeedDate
{
    private static readonly string[] Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd",
    ];

    /// <summary>The time <paramref name="text"/> gives, or null when it is no time these forms know.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset result))
        {
            return result;
        }

        // RFC 822 names zones with letters (GMT, UT, EST …); the parser knows only offsets.
        string numeric = text.Replace(" GMT", " +00:00", StringComparison.Ordinal).Replace(" UT", " +00:00", StringComparison.Ordinal).Replace(" Z", " +00:00", StringComparison.Ordinal);
        if (DateTimeOffset.TryParseExact(numeric, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out result))
        {
            return result;
        }

        // A weekday that does not fit the date (a common slip of feed generators): the date decides.
        int comma = numeric.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 0 and <= 10
            && DateTimeOffset.TryParseExact(numeric[(comma + 1)..].Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out result))
        {
            return result;
        }

        return null;
    }
}
