using Mizan.IO.Input;

namespace Mizan.IO.Tests.Input;

public sealed class PublishedDateTests
{
    [Theory]
    [InlineData("2018-02-23", 2018, 2, 23)]
    [InlineData("2017-01-21T16:19:00+01:00", 2017, 1, 21)]
    [InlineData("2017-01-21T23:59:00-05:00", 2017, 1, 21)]
    [InlineData("2018-06-07T01:00:00Z", 2018, 6, 7)]
    [InlineData("2018-06-07 10:00", 2018, 6, 7)]
    [InlineData("Sun, 02 Sep 2018 19:02:30 GMT", 2018, 9, 2)]
    [InlineData("Mon, 19 Feb 2018 00:16:11 +0400", 2018, 2, 19)]
    [InlineData("Sun, 18 Feb 2018 12:54:06 +0000", 2018, 2, 18)]
    [InlineData("2 Sep 2018", 2018, 9, 2)]
    [InlineData("  Tue, 09 Oct 2018 06:56:05 GMT ", 2018, 10, 9)]
    [InlineData("15/10/2015", 2015, 10, 15)]
    [InlineData("1/2/2016", 2016, 2, 1)]
    [InlineData("29/02/2016", 2016, 2, 29)]
    [InlineData("15-10-2015 14:30", 2015, 10, 15)]
    [InlineData("15.10.2015 14:30:05", 2015, 10, 15)]
    [InlineData("2017-01-21T23:43:00+0100", 2017, 1, 21)]
    [InlineData("2017-01-22T194300", 2017, 1, 22)]
    [InlineData("2017-01-22T0805", 2017, 1, 22)]
    public void Date_is_taken_as_written(string text, int year, int month, int day)
    {
        Assert.True(PublishedDate.TryParse(text, out DateOnly date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2018-02-30")]
    [InlineData("2018-13-01")]
    [InlineData("Sun, 31 Feb 2018 10:00:00 GMT")]
    [InlineData("Sun, 02 Foo 2018 19:02:30 GMT")]
    [InlineData("2018-02-23Tnonsense")]
    [InlineData("2018-02-23T256100")]
    [InlineData("2018-02-23T19430")]
    [InlineData("29/02/2017")]
    [InlineData("10/15/2015")]
    [InlineData("15/10/15")]
    [InlineData("15/10/2015 noon")]
    [InlineData("15/10-2015")]
    [InlineData("2015/10/15")]
    public void Other_text_is_refused(string text) => Assert.False(PublishedDate.TryParse(text, out _));

    [Theory]
    [InlineData("Thu, 07 Jun 2018 03:56:15 +0400", "2018-06-07T03:56:15+04:00")]
    [InlineData("Sun, 02 Sep 2018 19:02:30 GMT", "2018-09-02T19:02:30+00:00")]
    [InlineData("Wed, 30 May 2018 00:25 +0300", "2018-05-30T00:25:00+03:00")]
    [InlineData("Sat, 24 Mar 2018 04:34:11 -0500", "2018-03-24T04:34:11-05:00")]
    [InlineData("2017-01-21T23:43:00+01:00", "2017-01-21T23:43:00+01:00")]
    [InlineData("2018-06-07T01:00:00Z", "2018-06-07T01:00:00+00:00")]
    [InlineData(" 2017-02-13T10:35:00+0100 ", "2017-02-13T10:35:00+01:00")]
    public void Time_is_kept_with_its_offset_as_written(string text, string expected)
    {
        Assert.True(PublishedDate.TryParseTime(text, out DateTimeOffset time));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, time.Offset);
        Assert.True(PublishedDate.TryParse(text, out DateOnly date));
        Assert.Equal(date, DateOnly.FromDateTime(time.DateTime));
    }

    [Theory]
    [InlineData("2018-06-07")]
    [InlineData("2018-06-07 10:00")]
    [InlineData("2018-06-07T10:00:00")]
    [InlineData("15-10-2015 14:30")]
    [InlineData("2 Sep 2018")]
    [InlineData("Sun, 02 Sep 2018 19:02:30 EST")]
    [InlineData("yesterday")]
    public void No_time_is_read_without_an_offset(string text) => Assert.False(PublishedDate.TryParseTime(text, out _));
}
