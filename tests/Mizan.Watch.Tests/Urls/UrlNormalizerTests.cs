using Mizan.Watch.Urls;

namespace Mizan.Watch.Tests.Urls;

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("HTTP://127.0.0.1:80/news/1", "http://127.0.0.1/news/1")]
    [InlineData("http://127.0.0.1/news/1?utm_source=rss&utm_medium=feed", "http://127.0.0.1/news/1")]
    [InlineData("http://127.0.0.1/news/1?id=7&fbclid=abc#comments", "http://127.0.0.1/news/1?id=7")]
    [InlineData("http://127.0.0.1/news/1?b=2&a=1", "http://127.0.0.1/news/1?a=1&b=2")]
    [InlineData("http://127.0.0.1/news/1/amp", "http://127.0.0.1/news/1")]
    [InlineData("http://127.0.0.1/news/1?amp=1", "http://127.0.0.1/news/1")]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080/")]
    public void One_article_has_one_address(string url, string normalised) => Assert.Equal(normalised, UrlNormalizer.Normalize(url));

    [Theory]
    [InlineData("ftp://127.0.0.1/file")]
    [InlineData("/news/1")]
    [InlineData("")]
    public void Only_absolute_web_addresses_are_normalised(string url) => Assert.Null(UrlNormalizer.Normalize(url));

    [Fact]
    public void Normalising_twice_changes_nothing()
    {
        string once = UrlNormalizer.Normalize("http://127.0.0.1:8080/a/b/amp?z=1&utm_campaign=x&a=%D8%AE")!;
        Assert.Equal(once, UrlNormalizer.Normalize(once));
    }
}
