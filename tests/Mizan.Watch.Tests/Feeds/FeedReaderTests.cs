using Mizan.Watch.Feeds;
using Mizan.Watch.Tests.Support;

namespace Mizan.Watch.Tests.Feeds;

public sealed class FeedReaderTests
{
    private static readonly Uri Base = new("http://127.0.0.1:8080/feeds/rss.xml");

    [Fact]
    public void Rss_items_give_their_links_titles_and_times_even_when_the_weekday_is_wrong()
    {
        string rss = NewsSite.Rss(
            (new Uri("http://127.0.0.1:8080/news/1"), NewsSite.KidalTitle, "Mon, 30 Nov 2026 02:56:00 GMT"),
            (new Uri("http://127.0.0.1:8080/news/3"), NewsSite.TipazaTitle, "Sun, 30 Nov 2026 02:56:00 +0100"),
            (new Uri("http://127.0.0.1:8080/news/2"), NewsSite.TaizTitle, null));

        IReadOnlyList<FeedItem> items = FeedReader.Read(rss, Base);

        Assert.Equal(3, items.Count);
        Assert.Equal(new FeedItem(new Uri("http://127.0.0.1:8080/news/1"), NewsSite.KidalTitle, new DateTimeOffset(2026, 11, 30, 2, 56, 0, TimeSpan.Zero)), items[0]);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 2, 56, 0, TimeSpan.FromHours(1)), items[1].Published);
        Assert.Null(items[2].Published);
    }

    [Fact]
    public void Atom_entries_give_their_links_and_update_times()
    {
        string atom = NewsSite.Atom((new Uri("http://127.0.0.1:8080/dz/1"), NewsSite.TipazaTitle, "2026-11-27T18:30:00+01:00"));

        FeedItem item = Assert.Single(FeedReader.Read(atom, Base));

        Assert.Equal(new Uri("http://127.0.0.1:8080/dz/1"), item.Link);
        Assert.Equal(NewsSite.TipazaTitle, item.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 18, 30, 0, TimeSpan.FromHours(1)), item.Published);
    }

    [Fact]
    public void Relative_links_are_resolved_and_an_unreadable_date_leaves_the_item_undated()
    {
        const string rss = """<rss version="2.0"><channel><title>t</title><item><title>x</title><link>/news/9</link><pubDate>الأحد 30 نوفمبر</pubDate></item></channel></rss>""";

        FeedItem item = Assert.Single(FeedReader.Read(rss, Base));

        Assert.Equal(new Uri("http://127.0.0.1:8080/news/9"), item.Link);
        Assert.Null(item.Published);
    }

    [Theory]
    [InlineData("<html><body>not a feed</body></html>", "not an RSS 2.0 or Atom feed")]
    [InlineData("<rss version=\"2.0\"><channel><item><title>cut", "not well-formed XML")]
    [InlineData("<rss><channel><title>no version</title></channel></rss>", "not an RSS 2.0 or Atom feed: ")]
    [InlineData("<!DOCTYPE rss [<!ENTITY a \"aaaa\">]><rss version=\"2.0\"><channel><title>&a;</title></channel></rss>", "not well-formed XML")]
    public void What_is_not_a_feed_is_a_clear_error(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => FeedReader.Read(text, Base));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
