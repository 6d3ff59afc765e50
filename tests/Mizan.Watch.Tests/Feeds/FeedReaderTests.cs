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

    [Fact]
    public void An_rss_091_feed_with_netscapes_doctype_gives_its_linked_items_undated()
    {
        IReadOnlyList<FeedItem> items = FeedReader.Read(TestFeeds.Read("rss-0.91.xml", "http://127.0.0.1:8080"), Base);

        Assert.Equal(
            [
                new FeedItem(new Uri("http://127.0.0.1:8080/news/kidal"), NewsSite.KidalTitle, null),
                new FeedItem(new Uri("http://127.0.0.1:8080/news/taiz"), NewsSite.TaizTitle, null),
            ],
            items);
    }

    [Fact]
    public void An_rss_092_to_094_item_gives_its_pubdate_with_its_offset()
    {
        const string rss = """
            <rss version="0.92"><channel><title>وكالة الأنباء اليمنية</title><link>http://127.0.0.1:8080/</link>
            <item><title>غارات على صعدة</title><link>http://127.0.0.1:8080/ye/1</link><pubDate>Wed, 30 May 2018 00:25:38 +0300</pubDate></item>
            </channel></rss>
            """;

        FeedItem item = Assert.Single(FeedReader.Read(rss, Base));

        Assert.Equal(new Uri("http://127.0.0.1:8080/ye/1"), item.Link);
        Assert.Equal("غارات على صعدة", item.Title);
        Assert.Equal(new DateTimeOffset(2018, 5, 30, 0, 25, 38, TimeSpan.FromHours(3)), item.Published);
        Assert.Equal(TimeSpan.FromHours(3), item.Published!.Value.Offset);
    }

    [Fact]
    public void An_rss_10_rdf_feed_gives_its_items_with_their_dc_dates()
    {
        IReadOnlyList<FeedItem> items = FeedReader.Read(TestFeeds.Read("rss-1.0.rdf", "http://127.0.0.1:8080"), Base);

        Assert.Equal(
            [
                new FeedItem(new Uri("http://127.0.0.1:8080/dz/tipaza"), NewsSite.TipazaTitle, new DateTimeOffset(2026, 11, 27, 18, 30, 0, TimeSpan.FromHours(1))),
                new FeedItem(new Uri("http://127.0.0.1:8080/news/kidal"), NewsSite.KidalTitle, new DateTimeOffset(2026, 11, 30, 3, 56, 0, TimeSpan.FromHours(1))),
            ],
            items);
    }

    [Fact]
    public void An_rss_090_rdf_feed_is_read_in_its_own_namespace()
    {
        const string rdf = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
            <channel><title>أخبار</title><link>http://127.0.0.1:8080/</link></channel>
            <item><title>اشتباكات في طرابلس</title><link>http://127.0.0.1:8080/ly/4</link></item>
            </rdf:RDF>
            """;

        FeedItem item = Assert.Single(FeedReader.Read(rdf, Base));

        Assert.Equal(new FeedItem(new Uri("http://127.0.0.1:8080/ly/4"), "اشتباكات في طرابلس", null), item);
    }

    [Theory]
    [InlineData("<html><body>not a feed</body></html>", "not an RSS (0.9x, 1.0, 2.0) or Atom feed")]
    [InlineData("<rss version=\"2.0\"><channel><item><title>cut", "not well-formed XML")]
    [InlineData("<rss><channel><title>no version</title></channel></rss>", "not an RSS (0.9x, 1.0, 2.0) or Atom feed: ")]
    [InlineData("<rss version=\"0.91\"><channel><item><title>cut", "not well-formed XML")]
    [InlineData("<rdf:RDF xmlns:rdf=\"urn:not-rdf\"><item/></rdf:RDF>", "not an RSS (0.9x, 1.0, 2.0) or Atom feed")]
    [InlineData("<!DOCTYPE rss [<!ENTITY a \"aaaa\">]><rss version=\"2.0\"><channel><title>&a;</title></channel></rss>", "not well-formed XML")]
    public void What_is_not_a_feed_is_a_clear_error(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => FeedReader.Read(text, Base));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
