using Mizan.Watch.Pages;
using Mizan.Watch.Tests.Support;

namespace Mizan.Watch.Tests.Pages;

public sealed class PageReaderTests
{
    private static readonly Uri Url = new("http://127.0.0.1:8080/news/kidal-attack?utm_source=rss");

    [Fact]
    public void A_page_with_metadata_gives_its_title_time_author_site_and_canonical_address()
    {
        var canonical = new Uri("http://127.0.0.1:8080/news/kidal-attack");

        WebPage page = PageReader.Read(NewsSite.KidalPage(canonical), Url)!;

        Assert.Equal(NewsSite.KidalTitle, page.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 3, 56, 0, TimeSpan.FromHours(1)), page.PublishedAt);
        Assert.Equal("مراسل الساحل", page.Author);
        Assert.Equal("صحيفة الساحل", page.SiteName);
        Assert.Equal(canonical, page.Canonical);
    }

    [Fact]
    public void The_body_is_the_articles_paragraphs_one_per_line_with_entities_decoded_and_without_the_clutter()
    {
        WebPage page = PageReader.Read(NewsSite.KidalPage(Url), Url)!;

        Assert.Equal(NewsSite.KidalLead + "\n" + NewsSite.KidalMore, page.Body);
    }

    [Fact]
    public void A_page_without_metadata_gives_its_document_title_and_text()
    {
        WebPage page = PageReader.Read(NewsSite.TaizPage(), Url)!;

        Assert.Equal(NewsSite.TaizTitle, page.Title);
        Assert.Null(page.PublishedAt);
        Assert.Null(page.Canonical);
        Assert.Contains(NewsSite.TaizLead, page.Body, StringComparison.Ordinal);
        Assert.Contains(NewsSite.TaizMore, page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_element_gives_the_publication_time()
    {
        WebPage page = PageReader.Read(NewsSite.TipazaPage(), Url)!;

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 18, 30, 0, TimeSpan.FromHours(1)), page.PublishedAt);
        Assert.Contains(NewsSite.TipazaLead, page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_text_has_no_article() =>
        Assert.Null(PageReader.Read("<html><head><title>فيديو</title></head><body><img src=a.jpg></body></html>", Url));
}
