using System.Globalization;
using Mizan.Events;

namespace Mizan.Dates;

/// <summary>
/// Calendar arithmetic behind date resolution. Rules (written down in Dates/README.md):
/// weeks run Saturday to Friday, as in most Arab countries' working week; Hijri dates are
/// converted with <see cref="UmAlQuraCalendar"/> (the Saudi tabular calendar, valid for
/// 1318–1500 AH, i.e. 1900–2077) and are left unresolved outside that range.
/// </summary>
internal static class DateArithmetic
{
    private static readonly Calendar Hijri = Calendar.ReadOnly(new UmAlQuraCalendar());

    /// <summary>The most recent <paramref name="day"/> on or before <paramref name="reference"/> (0..6 days back).</summary>
    public static DateOnly OnOrBefore(DateOnly reference, DayOfWeek day) =>
        reference.AddDays(-(((int)reference.DayOfWeek - (int)day + 7) % 7));

    /// <summary>The most recent <paramref name="day"/> strictly before <paramref name="reference"/> (1..7 days back).</summary>
    public static DateOnly Before(DateOnly reference, DayOfWeek day)
    {
        int back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        return reference.AddDays(-(back == 0 ? 7 : back));
    }

    /// <summary>The next <paramref name="day"/> strictly after <paramref name="reference"/> (1..7 days ahead).</summary>
    public static DateOnly After(DateOnly reference, DayOfWeek day)
    {
        int ahead = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        return reference.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>The Saturday that starts the week of <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 1) % 7));

    /// <summary>Year of a Gregorian month named without a year: the most recent one not after the reference month,
    /// strictly before it (<paramref name="direction"/> -1), the one before that (-2, قبل الماضي) or strictly after it (+1).</summary>
    public static int YearOfMonth(DateOnly reference, int month, int direction) => direction switch
    {
        < -1 => YearOfMonth(reference, month, -1) - 1,
        < 0 => month < reference.Month ? reference.Year : reference.Year - 1,
        > 0 => month > reference.Month ? reference.Year : reference.Year + 1,
        _ => month <= reference.Month ? reference.Year : reference.Year - 1,
    };

    /// <summary>First and last day of a Gregorian month.</summary>
    public static (DateOnly Start, DateOnly End) Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return (start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>A Gregorian day, or null when it does not exist (31 April).</summary>
    public static DateOnly? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Whether a Hijri year can be converted.</summary>
    public static bool IsConvertibleHijriYear(int year) => year >= 1318 && year <= 1500;

    /// <summary>First and last Gregorian day of a Hijri month, or null outside the convertible range.</summary>
    public static (DateOnly Start, DateOnly End)? HijriMonth(int year, int month)
    {
        if (!IsConvertibleHijriYear(year) || month is < 1 or > 12)
        {
            return null;
        }

        var start = DateOnly.FromDateTime(Hijri.ToDateTime(year, month, 1, 0, 0, 0, 0));
        return (start, start.AddDays(Hijri.GetDaysInMonth(year, month) - 1));
    }

    /// <summary>The Gregorian day of a Hijri date, or null when it does not exist or cannot be converted.</summary>
    public static DateOnly? HijriDay(int year, int month, int day)
    {
        if (!IsConvertibleHijriYear(year) || month is < 1 or > 12 || day < 1 || day > Hijri.GetDaysInMonth(year, month))
        {
            return null;
        }

        return DateOnly.FromDateTime(Hijri.ToDateTime(year, month, day, 0, 0, 0, 0));
    }

    /// <summary>First and last Gregorian day of a Hijri year, or null outside the convertible range.</summary>
    public static (DateOnly Start, DateOnly End)? HijriYear(int year)
    {
        if (!IsConvertibleHijriYear(year))
        {
            return null;
        }

        var start = DateOnly.FromDateTime(Hijri.ToDateTime(year, 1, 1, 0, 0, 0, 0));
        return (start, start.AddDays(Hijri.GetDaysInYear(year) - 1));
    }

    /// <summary>Hijri year and month of a Gregorian day, or null outside the convertible range.</summary>
    public static (int Year, int Month)? ToHijri(DateOnly day)
    {
        DateTime time = day.ToDateTime(TimeOnly.MinValue);
        if (time < Hijri.MinSupportedDateTime || time > Hijri.MaxSupportedDateTime)
        {
            return null;
        }

        return (Hijri.GetYear(time), Hijri.GetMonth(time));
    }

    /// <summary>The Hijri year of a Hijri month named without a year, like <see cref="YearOfMonth"/>
    /// but in the Hijri calendar; null outside the convertible range.</summary>
    public static int? HijriYearOfMonth(DateOnly reference, int month, int direction)
    {
        if (ToHijri(reference) is not { } now)
        {
            return null;
        }

        int year = direction switch
        {
            < -1 => (month < now.Month ? now.Year : now.Year - 1) - 1,
            < 0 => month < now.Month ? now.Year : now.Year - 1,
            > 0 => month > now.Month ? now.Year : now.Year + 1,
            _ => month <= now.Month ? now.Year : now.Year - 1,
        };
        return IsConvertibleHijriYear(year) ? year : null;
    }

    /// <summary>The Hijri year whose month <paramref name="month"/> starts in Gregorian <paramref name="gregorianYear"/> (رمضان 2018).</summary>
    public static int? HijriYearOfMonthIn(int gregorianYear, int month)
    {
        // A Hijri year is 354 or 355 days: the month starts in a given Gregorian year for one or two Hijri years.
        int guess = (int)Math.Round((gregorianYear - 622) * 33.0 / 32.0);
        for (int year = guess - 2; year <= guess + 2; year++)
        {
            if (HijriMonth(year, month) is { } range && range.Start.Year == gregorianYear)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>
    /// A part (early -1, mid 0, late +1) of a resolved period. A calendar year gives Jan–Mar,
    /// May–Aug or Oct–Dec (month precision); a month gives days 1–10, 11–20 or 21–end (week
    /// precision); a week gives its first, middle or last three days (week precision); any other
    /// range is cut in thirds.
    /// </summary>
    public static (DateOnly Start, DateOnly End, DatePrecision Precision) Part(DateOnly start, DateOnly end, DatePrecision precision, int part)
    {
        if (precision == DatePrecision.Year && start.Month == 1 && start.Day == 1 && end == new DateOnly(start.Year, 12, 31))
        {
            (int first, int last) = part switch { < 0 => (1, 3), 0 => (5, 8), _ => (10, 12) };
            return (new DateOnly(start.Year, first, 1), Month(start.Year, last).End, DatePrecision.Month);
        }

        if (precision == DatePrecision.Month && start.Day == 1 && end == Month(start.Year, start.Month).End)
        {
            return part switch
            {
                < 0 => (start, start.AddDays(9), DatePrecision.Week),
                0 => (start.AddDays(10), start.AddDays(19), DatePrecision.Week),
                _ => (start.AddDays(20), end, DatePrecision.Week),
            };
        }

        int length = end.DayNumber - start.DayNumber + 1;
        int third = Math.Max(1, (length + 2) / 3);
        DatePrecision coarse = precision == DatePrecision.Year ? DatePrecision.Month : DatePrecision.Week;
        return part switch
        {
            < 0 => (start, start.AddDays(third - 1), coarse),
            0 => (start.AddDays((length - third) / 2), start.AddDays(((length - third) / 2) + third - 1), coarse),
            _ => (end.AddDays(-(third - 1)), end, coarse),
        };
    }
}
