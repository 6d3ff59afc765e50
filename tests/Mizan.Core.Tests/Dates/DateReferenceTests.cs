using Mizan.Dates;
using Mizan.Pipeline;

namespace Mizan.Tests.Dates;

public class DateReferenceTests
{
    private static readonly TimeSpan Gulf = TimeSpan.FromHours(4);

    private static Article At(DateTimeOffset time) =>
        new("a", null, "نص", DateOnly.FromDateTime(time.DateTime)) { PublishedAt = time };

    [Fact]
    public void An_article_without_a_publication_date_has_no_reference()
    {
        Assert.Null(DateReference.Of(new Article("a", null, "نص")));
    }

    [Fact]
    public void An_article_without_a_time_counts_from_its_date()
    {
        var reference = DateReference.Of(new Article("a", null, "نص", new DateOnly(2018, 6, 7)));
        Assert.Equal(DateReference.On(new DateOnly(2018, 6, 7)), reference);
    }

    [Fact]
    public void An_article_stamped_at_03_56_local_time_reports_the_day_before()
    {
        var reference = DateReference.Of(At(new DateTimeOffset(2018, 6, 7, 3, 56, 15, Gulf)));
        Assert.Equal(new DateReference(new DateOnly(2018, 6, 6), new DateOnly(2018, 6, 7)), reference);
    }

    [Theory]
    [InlineData(0, 25, true)]
    [InlineData(4, 59, true)]
    [InlineData(5, 0, false)]
    [InlineData(9, 30, false)]
    [InlineData(23, 50, false)]
    public void The_small_hours_end_at_five(int hour, int minute, bool smallHours)
    {
        var time = new DateTimeOffset(2018, 5, 30, hour, minute, 0, Gulf);
        Assert.Equal(smallHours, DateReference.IsSmallHours(time));
        DateReference reference = DateReference.Of(At(time))!.Value;
        Assert.Equal(smallHours ? new DateOnly(2018, 5, 29) : new DateOnly(2018, 5, 30), reference.NewsDay);
        Assert.Equal(new DateOnly(2018, 5, 30), reference.PublicationDay);
    }

    [Fact]
    public void A_stamp_in_utc_is_a_server_clock_and_its_hour_is_not_used()
    {
        // Sky News Arabia stamps GMT from Abu Dhabi: 01:22 GMT is 05:22 where it is written.
        var reference = DateReference.Of(At(new DateTimeOffset(2018, 5, 26, 1, 22, 21, TimeSpan.Zero)));
        Assert.Equal(DateReference.On(new DateOnly(2018, 5, 26)), reference);
    }

    [Fact]
    public void A_time_on_another_date_than_the_publication_date_is_not_used()
    {
        // --published overrides the date; a time left from the input must not move it.
        Article article = At(new DateTimeOffset(2018, 6, 7, 3, 56, 15, Gulf)) with { Published = new DateOnly(2018, 6, 9) };
        Assert.Equal(DateReference.On(new DateOnly(2018, 6, 9)), DateReference.Of(article));
    }
}
