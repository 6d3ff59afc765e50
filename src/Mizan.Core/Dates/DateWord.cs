using Mizan.Events;

namespace Mizan.Dates;

/// <summary>What a word of the date vocabulary does in a date expression (the <c>role</c> column of <c>date-words.tsv</c>).</summary>
internal enum DateWordRole : byte
{
    Weekday,
    Month,
    RelativeDay,
    Ordinal,
    DayCue,
    MonthCue,
    YearCue,
    Period,
    Direction,
    This,
    TimeOfDay,
    Part,
    Boundary,
    In,
    Of,
    Agreeing,
    Era,
    NotTodayAfter,
    NotTodayBefore,
    YearFollower,
    GeneralHead,
}

/// <summary>Calendar of a month name or a year.</summary>
internal enum DateCalendar : byte
{
    Gregorian,
    Hijri,
}

/// <summary>Length of a named period (الأسبوع، الشهر، العام).</summary>
internal enum PeriodUnit : byte
{
    Week,
    Month,
    Year,
}

/// <summary>
/// One entry of the date vocabulary. The meaning of <see cref="A"/> and <see cref="B"/> depends on
/// the role: weekday (A = <see cref="DayOfWeek"/>); month (A = 1..12, B = <see cref="DateCalendar"/>);
/// relative day (A = first offset, B = last offset in days); ordinal (A = day); period
/// (A = <see cref="PeriodUnit"/>); direction (A = -2 before last, -1 past, 0 current, +1 future); part
/// (A = -1 early, 0 mid, +1 late); boundary (A = <see cref="DateBoundary"/>); era (A = <see cref="DateCalendar"/>).
/// </summary>
internal readonly record struct DateWord(DateWordRole Role, int A = 0, int B = 0, DatePrecision Precision = DatePrecision.Day, bool NeedsCue = false);
