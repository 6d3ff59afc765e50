using Mizan.Pipeline;

namespace Mizan.Dates;

/// <summary>
/// The days an article's relative dates count from. <see cref="NewsDay"/> is the day the writer
/// calls "today" (اليوم، أمس، الليلة الماضية، الأسبوع الماضي count from it);
/// <see cref="PublicationDay"/> is the calendar date of publication, the last day a bare weekday
/// can name (الأربعاء in an article of Wednesday 00:25 is that Wednesday). They differ only for an
/// article published in the small hours: stamped before <see cref="SmallHoursEnd"/> local time, it
/// was written on the day before, and its "today" is that day. The rule and the counts behind it
/// are in <c>src/Mizan.Core/Dates/README.md</c>.
/// </summary>
/// <param name="NewsDay">The writer's "today".</param>
/// <param name="PublicationDay">The calendar date of publication.</param>
public readonly record struct DateReference(DateOnly NewsDay, DateOnly PublicationDay)
{
    /// <summary>The hour (local time) at which the small hours end: a stamp before it reports the day before.</summary>
    public const int SmallHoursEnd = 5;

    /// <summary>A reference with no time of day: both days are <paramref name="day"/>.</summary>
    public static DateReference On(DateOnly day) => new(day, day);

    /// <summary>
    /// The reference of an article: none without <see cref="Article.Published"/>; the news day is
    /// the day before when <see cref="Article.PublishedAt"/> falls on that date, before
    /// <see cref="SmallHoursEnd"/>, in an offset other than UTC. A stamp in UTC (GMT, Z, +00:00) is
    /// most often a server's clock, not the writer's, and its hour is not used.
    /// </summary>
    public static DateReference? Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Published is not { } published)
        {
            return null;
        }

        return article.PublishedAt is { } at && IsSmallHours(at) && DateOnly.FromDateTime(at.DateTime) == published
            ? new DateReference(published.AddDays(-1), published)
            : On(published);
    }

    /// <summary>Whether a stamp is in the small hours of its own local time (and that time is known to be local).</summary>
    public static bool IsSmallHours(DateTimeOffset time) => time.Offset != TimeSpan.Zero && time.Hour < SmallHoursEnd;
}
