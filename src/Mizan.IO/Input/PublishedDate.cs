using System.Globalization;

namespace Mizan.IO.Input;

/// <summary>
/// Reads publication dates as they appear in inputs and keeps the calendar date as written
/// (no time-zone conversion): ISO 8601 dates and date-times (<c>2017-01-21</c>,
/// <c>2017-01-21T16:19:00+01:00</c>) and RFC 1123 / RFC 822 style stamps
/// (<c>Sun, 02 Sep 2018 19:02:30 GMT</c>, <c>Thu, 07 Jun 2018 03:56:15 +0400</c>), and the
/// day-first dates of Maghrebi and European sites (<c>15/10/2015</c>, <c>15-10-2015 14:30</c>,
/// <c>15.10.2015</c>): a slash, hyphen or dot date with a four-digit year last is read day first.
/// </summary>
public static class PublishedDate
{
    private static readonly string[] MonthAbbreviations =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The forms read, for messages.</summary>
    public const string Forms = "ISO 8601, RFC 1123 or day first as DD/MM/YYYY";

    /// <summary>Parses <paramref name="value"/>; false when it is none of the forms.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out DateOnly date)
    {
        value = value.Trim();
        return TryParseIso(value, out date) || TryParseRfc1123(value, out date) || TryParseDayFirst(value, out date);
    }

    /// <summary>
    /// Parses the publication time of <paramref name="value"/> when it gives one with its offset
    /// or zone: an ISO 8601 date-time with an offset or <c>Z</c> (<c>2018-06-07T03:56:15+04:00</c>)
    /// or an RFC 1123 stamp with a numeric offset or <c>GMT</c>/<c>UT</c>/<c>UTC</c>/<c>Z</c>
    /// (<c>Thu, 07 Jun 2018 03:56:15 +0400</c>). The offset is kept as written, so the time's date
    /// is the one <see cref="TryParse"/> reads. False for a date alone, a time without an offset
    /// (its clock is unknown) and a zone named otherwise (EST).
    /// </summary>
    public static bool TryParseTime(ReadOnlySpan<char> value, out DateTimeOffset time)
    {
        value = value.Trim();
        time = default;
        if (!TryParse(value, out DateOnly date))
        {
            return false;
        }

        bool parsed = value.Length > 10 && value[4] == '-' ? TryParseIsoTime(value, out time) : TryParseRfc1123Time(value, out time);
        return parsed && DateOnly.FromDateTime(time.DateTime) == date;
    }

    private static bool TryParseIsoTime(ReadOnlySpan<char> value, out DateTimeOffset time)
    {
        time = default;
        ReadOnlySpan<char> clock = value[11..];
        bool hasZone = clock.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || clock.IndexOfAny('+', '-') > 0;
        return hasZone && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    private static bool TryParseRfc1123Time(ReadOnlySpan<char> value, out DateTimeOffset time)
    {
        time = default;
        int comma = value.IndexOf(',');
        if (comma >= 0)
        {
            value = value[(comma + 1)..].TrimStart();
        }

        Span<Range> parts = stackalloc Range[6];
        if (value.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries) != 5)
        {
            return false;
        }

        ReadOnlySpan<char> zone = value[parts[4]];
        TimeSpan offset;
        if (zone is "GMT" or "UT" or "UTC" or "Z")
        {
            offset = TimeSpan.Zero;
        }
        else if (zone.Length == 5 && zone[0] is '+' or '-'
            && int.TryParse(zone[1..3], NumberStyles.None, CultureInfo.InvariantCulture, out int hours)
            && int.TryParse(zone[3..], NumberStyles.None, CultureInfo.InvariantCulture, out int minutes)
            && hours <= 14 && minutes < 60)
        {
            offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
        }
        else
        {
            return false;
        }

        if (!TimeOnly.TryParseExact(value[parts[3]], ["HH:mm:ss", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly clock)
            || !TryParseRfc1123(value, out DateOnly date))
        {
            return false;
        }

        time = new DateTimeOffset(date.ToDateTime(clock), offset);
        return true;
    }

    /// <summary><c>DD/MM/YYYY</c> (or with <c>-</c> or <c>.</c>), optionally followed by a time.</summary>
    private static bool TryParseDayFirst(ReadOnlySpan<char> value, out DateOnly date)
    {
        date = default;
        int end = value.IndexOfAny(' ', 'T');
        ReadOnlySpan<char> datePart = end < 0 ? value : value[..end];
        if (end >= 0 && !IsTimeOfDay(value[(end + 1)..].Trim()))
        {
            return false;
        }

        if (datePart.Length < 8 || datePart.Length > 10)
        {
            return false;
        }

        char separator = datePart[^5];
        if (separator is not ('/' or '-' or '.'))
        {
            return false;
        }

        Span<Range> parts = stackalloc Range[4];
        if (datePart.Split(parts, separator) != 3)
        {
            return false;
        }

        ReadOnlySpan<char> dayText = datePart[parts[0]], monthText = datePart[parts[1]], yearText = datePart[parts[2]];
        if (dayText.Length is < 1 or > 2 || monthText.Length is < 1 or > 2 || yearText.Length != 4
            || !int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || !int.TryParse(monthText, NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryParseIso(ReadOnlySpan<char> value, out DateOnly date)
    {
        date = default;
        if (value.Length < 10 || !DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }

        if (value.Length == 10)
        {
            return true;
        }

        // A date-time: the rest must be a time (and offset); the date stays as written.
        return (value[10] == 'T' || value[10] == 't' || value[10] == ' ')
            && (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out _)
                || IsBasicTimeOfDay(value[11..]));
    }

    /// <summary>A time of day in ISO 8601's basic form, without colons (<c>194300</c>, <c>1943</c>), as some archives write it.</summary>
    private static bool IsBasicTimeOfDay(ReadOnlySpan<char> text) =>
        (text.Length == 6 || text.Length == 4)
        && TimeOnly.TryParseExact(text, text.Length == 6 ? "HHmmss" : "HHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>A time of day, with or without seconds and an offset (<c>14:30</c>, <c>14:30:00+01:00</c>).</summary>
    private static bool IsTimeOfDay(ReadOnlySpan<char> text) =>
        TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out _)
        || DateTimeOffset.TryParse(string.Concat("2000-01-01T", text), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    private static bool TryParseRfc1123(ReadOnlySpan<char> value, out DateOnly date)
    {
        date = default;
        int comma = value.IndexOf(',');
        if (comma >= 0)
        {
            // The weekday name is not checked: the date as written is what counts.
            value = value[(comma + 1)..].TrimStart();
        }

        Span<Range> parts = stackalloc Range[4];
        int count = value.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count < 3)
        {
            return false;
        }

        ReadOnlySpan<char> dayText = value[parts[0]];
        ReadOnlySpan<char> monthText = value[parts[1]];
        ReadOnlySpan<char> yearText = value[parts[2]];
        if (!int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || yearText.Length != 4
            || monthText.Length < 3)
        {
            return false;
        }

        int month = MonthNumber(monthText);
        if (month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> abbreviation = text[..3];
        for (int i = 0; i < MonthAbbreviations.Length; i++)
        {
            if (abbreviation.Equals(MonthAbbreviations[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
