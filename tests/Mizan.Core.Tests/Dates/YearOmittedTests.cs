using static Mizan.Tests.Dates.DateTestSupport;

namespace Mizan.Tests.Dates;

/// <summary>
/// A day of a month told without its year takes its year from the reference and says so
/// (<c>YearOmitted</c>): such a day after the reference may be of the year before. A year given,
/// a year counted from the reference, or a day named by its weekday is no omitted year.
/// Sentences written for these tests.
/// </summary>
public class YearOmittedTests
{
    [Theory]
    [InlineData("وفي ليل السابع من أبريل قصفت الطائرات مطارا عسكريا.", "ليل السابع من أبريل")]
    [InlineData("قتل ثلاثة في 23 آذار/مارس في هجوم على حاجز.", "23 آذار/مارس")]
    [InlineData("اندلعت الاشتباكات في 12 يونيو قرب المدينة.", "12 يونيو")]
    public void A_day_of_a_month_without_a_year_omits_it(string text, string expression)
    {
        Assert.True(Expression(text, Thursday20180607, expression).YearOmitted);
    }

    [Theory]
    [InlineData("قتل ثلاثة في 23 آذار/مارس 2017 في هجوم على حاجز.", "23 آذار/مارس 2017")]
    [InlineData("اندلعت الاشتباكات في 12 يونيو من العام الماضي قرب المدينة.", "12 يونيو من العام الماضي")]
    [InlineData("اندلعت الاشتباكات الثلاثاء الماضي قرب المدينة.", "الثلاثاء الماضي")]
    [InlineData("اندلعت الاشتباكات في مايو قرب المدينة.", "مايو")]
    public void A_year_given_counted_or_not_needed_is_not_omitted(string text, string expression)
    {
        Assert.False(Expression(text, Thursday20180607, expression).YearOmitted);
    }
}
