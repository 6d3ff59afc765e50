using Mizan.Dates;
using Mizan.Events;
using static Mizan.Tests.Dates.DateTestSupport;

namespace Mizan.Tests.Dates;

/// <summary>The founding article (the Tuareg–Mali clashes), read with a reference date of Monday 9 June 2008.</summary>
public class FoundingArticleDateTests
{
    private static readonly DateOnly Monday20080609 = new(2008, 6, 9);

    [Fact]
    public void Every_date_of_the_founding_article_is_found_in_order()
    {
        var found = Find(SeedArticle(), Monday20080609);
        Assert.Equal(
            ["فجر الخميس الفارط", "صباح اليوم", "2 من الشهر الجاري", "الاثنين", "الشهر الحالي", "الثلاثاء الفارط"],
            found.Select(f => f.Text));
    }

    [Fact]
    public void Dawn_last_thursday_is_the_fifth_of_june()
    {
        AssertDay(Expression(SeedArticle(), Monday20080609, "فجر الخميس الفارط"), new DateOnly(2008, 6, 5));
    }

    [Fact]
    public void Last_tuesday_is_the_third_of_june()
    {
        AssertDay(Expression(SeedArticle(), Monday20080609, "الثلاثاء الفارط"), new DateOnly(2008, 6, 3));
    }

    [Fact]
    public void The_second_of_the_current_month_is_the_second_of_june()
    {
        AssertDay(Expression(SeedArticle(), Monday20080609, "2 من الشهر الجاري"), new DateOnly(2008, 6, 2));
    }

    [Fact]
    public void A_bare_monday_on_a_monday_is_the_reference_day()
    {
        // The rule is "the most recent such day on or before the reference". The article itself
        // suggests 2 June (the convoy attack "في 2 من الشهر الجاري"), which only event-level
        // reasoning can tell; the date stage keeps the one rule for every article.
        AssertDay(Expression(SeedArticle(), Monday20080609, "الاثنين"), Monday20080609);
    }

    [Fact]
    public void This_morning_and_the_current_month_resolve_against_the_reference()
    {
        string text = SeedArticle();
        AssertDay(Expression(text, Monday20080609, "صباح اليوم"), Monday20080609);
        AssertRange(Expression(text, Monday20080609, "الشهر الحالي"), new DateOnly(2008, 6, 1), new DateOnly(2008, 6, 30), DatePrecision.Month);
    }

    [Fact]
    public void Without_a_publication_date_the_founding_article_keeps_its_dates_unresolved()
    {
        var found = Find(SeedArticle(), null);
        Assert.Equal(6, found.Count);
        Assert.All(found, f => Assert.False(f.Mention.IsResolved));
    }
}
