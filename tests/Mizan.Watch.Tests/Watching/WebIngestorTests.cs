using Mizan.Watch.Http;
using Mizan.Watch.Tests.Support;
using Mizan.Watch.Watching;

namespace Mizan.Watch.Tests.Watching;

public sealed class WebIngestorTests : IAsyncLifetime
{
    private TestWebServer _server = null!;
    private WatchRig _rig = null!;

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        _rig = new WatchRig();
    }

    public async Task DisposeAsync()
    {
        _rig.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_page_is_stored_once_and_asked_again_is_known_without_being_fetched()
    {
        Uri kidal = _server.Url("/news/kidal");
        _server.Text("/news/kidal", NewsSite.KidalPage(kidal), "text/html");

        PageOutcome first = await _rig.Ingestor.IngestAsync(kidal, null, null, CancellationToken.None);
        PageOutcome again = await _rig.Ingestor.IngestAsync(_server.Url("/news/kidal?fbclid=1#top"), null, null, CancellationToken.None);

        Assert.Equal(PageStatus.Added, first.Status);
        Assert.True(first.Events >= 1);
        Assert.Equal(new PageOutcome(_server.Url("/news/kidal?fbclid=1#top"), PageStatus.KnownUrl, first.ArticleId), again);
        Assert.Equal(1, _server.Count("/news/kidal"));
        Assert.StartsWith("web-", first.ArticleId, StringComparison.Ordinal);
        Assert.Equal("صحيفة الساحل", _rig.Store.ReadArticle(first.ArticleId!)?.Source);
    }

    [Theory]
    [InlineData("application/pdf", FetchErrorCodes.NotHtml)]
    [InlineData("image/jpeg", FetchErrorCodes.NotHtml)]
    [InlineData("text/html", FetchErrorCodes.NoText)]
    public async Task What_is_not_an_article_is_reported_with_its_code_and_nothing_is_stored(string mediaType, string code)
    {
        _server.Text("/file", "<html><body><img src=a.png></body></html>", mediaType);

        PageOutcome outcome = await _rig.Ingestor.IngestAsync(_server.Url("/file"), null, null, CancellationToken.None);

        Assert.Equal((PageStatus.Failed, code), (outcome.Status, outcome.ErrorCode));
        Assert.Equal(0, _rig.Store.Counts().Articles);
    }

    [Fact]
    public async Task A_redirected_page_is_stored_under_its_final_address_and_known_under_both()
    {
        _server.Map("/short/1", context =>
        {
            context.Response.Redirect("/news/taiz");
            return Task.CompletedTask;
        });
        _server.Text("/news/taiz", NewsSite.TaizPage(), "text/html", NewsSite.Arabic1256);

        PageOutcome outcome = await _rig.Ingestor.IngestAsync(_server.Url("/short/1"), null, null, CancellationToken.None);

        Assert.Equal(PageStatus.Added, outcome.Status);
        Assert.Equal(_server.Url("/news/taiz").ToString(), _rig.Store.ReadArticle(outcome.ArticleId!)?.Url);
        Assert.Equal(2, _rig.Ingestor.Index.KnownUrls([_server.Url("/short/1").ToString(), _server.Url("/news/taiz").ToString()]).Count);
    }
}
