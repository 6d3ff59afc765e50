using Mizan.Watch.Feeds;

namespace Mizan.Watch.Tests.Feeds;

public sealed class FeedListTests
{
    [Fact]
    public void A_line_gives_the_address_an_optional_interval_and_the_rest_as_label()
    {
        (IReadOnlyList<FeedSource> feeds, IReadOnlyList<string> problems) = FeedList.Parse("""
            # Sahel press
            http://127.0.0.1:8080/rss.xml 5m صحيفة الساحل
            http://127.0.0.1:8080/atom.xml   # no interval, no label

            http://127.0.0.1:8080/other.xml Yemen wire
            """);

        Assert.Empty(problems);
        Assert.Equal(3, feeds.Count);
        Assert.Equal(new FeedSource(new Uri("http://127.0.0.1:8080/rss.xml"), "صحيفة الساحل", TimeSpan.FromMinutes(5), 2), feeds[0]);
        Assert.Equal(new FeedSource(new Uri("http://127.0.0.1:8080/atom.xml"), "127.0.0.1", FeedList.DefaultInterval, 3), feeds[1]);
        Assert.Equal(("Yemen wire", FeedList.DefaultInterval, 5), (feeds[2].Label, feeds[2].Interval, feeds[2].Line));
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_number_and_the_others_kept()
    {
        (IReadOnlyList<FeedSource> feeds, IReadOnlyList<string> problems) = FeedList.Parse(
            "ftp://127.0.0.1/feed\nhttp://127.0.0.1/a 2s fast\nhttp://127.0.0.1/b 1h\nhttp://127.0.0.1/b\n");

        Assert.Equal(["1: 'ftp://127.0.0.1/feed' is not an http or https address", "2: interval '2s' is shorter than 10 s", "4: http://127.0.0.1/b is listed twice"], problems);
        FeedSource feed = Assert.Single(feeds);
        Assert.Equal(TimeSpan.FromHours(1), feed.Interval);
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("10m", 600)]
    [InlineData("2H", 7200)]
    public void Intervals_are_a_number_and_a_unit(string text, int seconds)
    {
        Assert.True(FeedList.TryParseInterval(text, out TimeSpan interval));
        Assert.Equal(TimeSpan.FromSeconds(seconds), interval);
    }

    [Theory]
    [InlineData("10")]
    [InlineData("m")]
    [InlineData("0m")]
    [InlineData("5d")]
    [InlineData("الخبر")]
    public void Other_words_are_not_intervals(string text) => Assert.False(FeedList.TryParseInterval(text, out _));
}
