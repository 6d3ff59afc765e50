using Mizan.Dates;
using static Mizan.Tests.Dates.DateTestSupport;

namespace Mizan.Tests.Dates;

/// <summary>
/// Relative dates of an article published at 03:56 on Thursday 7 June 2018 (Gulf time): its
/// writer's "today" is Wednesday 6 June.
/// </summary>
public class SmallHoursDateTests
{
    private static readonly DateReference ThursdayAt0356 = new(new DateOnly(2018, 6, 6), Thursday20180607);

    private static DateMention Expression(string text, string expression)
    {
        var found = Recognizer.Recognize(text, ThursdayAt0356).Select(m => (Text: m.Span.Slice(text), Mention: m)).ToList();
        var match = found.Where(f => f.Text == expression).ToList();
        Assert.True(match.Count == 1, $"expected «{expression}» once in «{text}», found: {string.Join(" | ", found.Select(f => f.Text))}");
        return match[0].Mention;
    }

    [Fact]
    public void Today_is_the_day_before_the_stamp()
    {
        AssertDay(Expression("قتل ثلاثة جنود اليوم في هجوم على حاجز للجيش شمال البلاد.", "اليوم"), new DateOnly(2018, 6, 6));
    }

    [Fact]
    public void Evening_today_is_the_evening_before_the_stamp()
    {
        AssertDay(Expression("تظاهر آلاف الأردنيين مساء اليوم أمام مقر رئاسة الوزراء في عمان.", "مساء اليوم"), new DateOnly(2018, 6, 6));
    }

    [Fact]
    public void Yesterday_counts_from_the_writers_today()
    {
        AssertDay(Expression("وكانت قوات الأمن قد فرقت أمس مئات المحتجين بالغاز المسيل للدموع.", "أمس"), new DateOnly(2018, 6, 5));
    }

    [Fact]
    public void A_weekday_named_with_today_tells_when_today_was_the_calendar_day()
    {
        AssertDay(Expression("أعلن الجيش اليوم الخميس مقتل خمسة مسلحين في اشتباك قرب الحدود.", "اليوم الخميس"), Thursday20180607);
        AssertDay(Expression("أعلن الجيش اليوم الأربعاء مقتل خمسة مسلحين في اشتباك قرب الحدود.", "اليوم الأربعاء"), new DateOnly(2018, 6, 6));
        AssertDay(Expression("خرج المحتجون أمس الأربعاء إلى الشوارع.", "أمس الأربعاء"), new DateOnly(2018, 6, 6));
    }

    [Fact]
    public void A_bare_weekday_may_name_the_calendar_day_of_publication()
    {
        // Written on Wednesday night: Thursday is the writer's tomorrow, not a week ago.
        AssertDay(Expression("يلتقي رئيس الحكومة المكلف الخميس برئيسي مجلسي النواب والأعيان.", "الخميس"), Thursday20180607);
        AssertDay(Expression("أحبطت الدفاعات الجوية السبت هجوما بطائرة مسيرة.", "السبت"), new DateOnly(2018, 6, 2));
    }

    [Fact]
    public void Last_wednesday_is_a_week_before_the_writers_wednesday()
    {
        AssertDay(Expression("وقع الانفجار الأربعاء الماضي في سوق شعبي.", "الأربعاء الماضي"), new DateOnly(2018, 5, 30));
    }

    [Fact]
    public void A_null_reference_still_means_no_publication_date()
    {
        DateMention yesterday = Assert.Single(Recognizer.Recognize("قتل جندي أمس في هجوم على دورية.", null));
        Assert.False(yesterday.IsResolved);
    }

    [Fact]
    public void A_reference_without_a_time_resolves_as_before()
    {
        const string text = "قتل ثلاثة جنود اليوم وأصيب آخرون أمس في هجوم على حاجز للجيش.";
        var plain = Recognizer.Recognize(text, Thursday20180607);
        var same = Recognizer.Recognize(text, DateReference.On(Thursday20180607));
        Assert.Equal(plain.ToArray(), same.ToArray());
        AssertDay(plain[0], Thursday20180607);
    }
}
