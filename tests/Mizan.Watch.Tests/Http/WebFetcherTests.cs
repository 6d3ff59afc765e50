using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Mizan.Watch.Http;
using Mizan.Watch.Tests.Support;

namespace Mizan.Watch.Tests.Http;

public sealed class WebFetcherTests : IAsyncLifetime
{
    private TestWebServer _server = null!;

    public async Task InitializeAsync() => _server = await TestWebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Requests_name_Mizan_and_a_second_fetch_with_the_validators_gets_304()
    {
        _server.Map("/feed.xml", context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"" && context.Request.Headers.IfModifiedSince == "Sat, 28 Nov 2026 10:00:00 GMT")
            {
                context.Response.StatusCode = 304;
                return Task.CompletedTask;
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = "Sat, 28 Nov 2026 10:00:00 GMT";
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            return context.Response.WriteAsync("<rss/>");
        });
        using var fetcher = new WebFetcher(FastWeb.Options);

        FetchResult first = await fetcher.FetchAsync(new FetchRequest(_server.Url("/feed.xml")), CancellationToken.None);
        FetchResult second = await fetcher.FetchAsync(new FetchRequest(_server.Url("/feed.xml"), first.ETag, first.LastModified), CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.Equal(("application/rss+xml", "utf-8", "<rss/>"), (first.MediaType, first.Charset, Encoding.UTF8.GetString(first.Body!)));
        Assert.True(second.NotModified);
        Assert.False(second.Succeeded);
        Assert.Equal("\"v1\"", second.ETag);
        Assert.All(_server.Requests, r => Assert.StartsWith("Mizan/", r.Headers["User-Agent"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_500_is_retried_and_the_success_that_follows_is_kept()
    {
        int calls = 0;
        _server.Map("/news/1", context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = 500;
                return Task.CompletedTask;
            }

            return context.Response.WriteAsync("<p>ok</p>");
        });
        using var fetcher = new WebFetcher(FastWeb.Options);

        FetchResult result = await fetcher.FetchAsync(new FetchRequest(_server.Url("/news/1")), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(2, _server.Count("/news/1"));
    }

    [Fact]
    public async Task A_server_error_that_lasts_is_reported_after_the_retries_and_a_404_is_not_retried()
    {
        _server.Map("/down", context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        using var fetcher = new WebFetcher(FastWeb.Options);

        FetchResult down = await fetcher.FetchAsync(new FetchRequest(_server.Url("/down")), CancellationToken.None);
        FetchResult missing = await fetcher.FetchAsync(new FetchRequest(_server.Url("/missing")), CancellationToken.None);

        Assert.Equal((FetchErrorCodes.HttpStatus, 503), (down.ErrorCode, down.Status));
        Assert.Equal(1 + FastWeb.Options.Retries, _server.Count("/down"));
        Assert.Equal((FetchErrorCodes.HttpStatus, 404), (missing.ErrorCode, missing.Status));
        Assert.Equal(1, _server.Count("/missing"));
    }

    [Fact]
    public async Task A_slow_answer_times_out_and_is_retried()
    {
        int calls = 0;
        _server.Map("/slow", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            await context.Response.WriteAsync("<p>late but here</p>");
        });
        _server.Map("/never", context => Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default));
        using var fetcher = new WebFetcher(FastWeb.Options with { Timeout = TimeSpan.FromMilliseconds(300) });

        FetchResult slow = await fetcher.FetchAsync(new FetchRequest(_server.Url("/slow")), CancellationToken.None);
        var watch = Stopwatch.StartNew();
        FetchResult never = await fetcher.FetchAsync(new FetchRequest(_server.Url("/never")), CancellationToken.None);

        Assert.True(slow.Succeeded);
        Assert.Equal(FetchErrorCodes.Timeout, never.ErrorCode);
        Assert.Equal(1 + FastWeb.Options.Retries, _server.Count("/never"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"3 attempts of 0.3 s took {watch.Elapsed}");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_20_MB_page_is_refused_whether_or_not_it_says_its_length(bool sayLength)
    {
        const int size = 20 * 1024 * 1024;
        _server.Map("/huge", async context =>
        {
            if (sayLength)
            {
                context.Response.ContentLength = size;
            }

            byte[] chunk = Encoding.UTF8.GetBytes(new string('x', 64 * 1024));
            try
            {
                for (int sent = 0; sent < size; sent += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The reader stopped reading: as it should.
            }
        });
        using var fetcher = new WebFetcher(FastWeb.Options with { MaxBytes = 5 * 1024 * 1024, Timeout = TimeSpan.FromSeconds(10) });

        FetchResult result = await fetcher.FetchAsync(new FetchRequest(_server.Url("/huge")), CancellationToken.None);

        Assert.Equal(FetchErrorCodes.TooLarge, result.ErrorCode);
        Assert.Null(result.Body);
        Assert.Equal(1, _server.Count("/huge"));
    }

    [Fact]
    public async Task A_redirect_is_followed_but_a_loop_and_a_long_chain_are_refused()
    {
        void Redirect(string from, string to) => _server.Map(from, context =>
        {
            context.Response.Redirect(to);
            return Task.CompletedTask;
        });
        Redirect("/old", "/new");
        _server.Text("/new", "<p>here</p>", "text/html");
        Redirect("/loop/a", "/loop/b");
        Redirect("/loop/b", "/loop/a");
        for (int i = 0; i < 10; i++)
        {
            Redirect($"/chain/{i}", $"/chain/{i + 1}");
        }

        using var fetcher = new WebFetcher(FastWeb.Options with { MaxRedirects = 3 });

        FetchResult moved = await fetcher.FetchAsync(new FetchRequest(_server.Url("/old")), CancellationToken.None);
        FetchResult loop = await fetcher.FetchAsync(new FetchRequest(_server.Url("/loop/a")), CancellationToken.None);
        FetchResult chain = await fetcher.FetchAsync(new FetchRequest(_server.Url("/chain/0")), CancellationToken.None);

        Assert.True(moved.Succeeded);
        Assert.Equal(_server.Url("/new"), moved.Url);
        Assert.Equal([_server.Url("/old")], moved.Redirects);
        Assert.Equal(FetchErrorCodes.Redirects, loop.ErrorCode);
        Assert.Contains("loop", loop.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count("/loop/a"));
        Assert.Equal(FetchErrorCodes.Redirects, chain.ErrorCode);
        Assert.Equal(0, _server.Count("/chain/5"));
    }

    [Fact]
    public async Task A_path_robots_txt_disallows_is_never_requested()
    {
        _server.Text("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        _server.Text("/private/report", "<p>secret</p>", "text/html");
        _server.Text("/public/report", "<p>open</p>", "text/html");
        using var fetcher = new WebFetcher(FastWeb.Options);

        FetchResult refused = await fetcher.FetchAsync(new FetchRequest(_server.Url("/private/report")), CancellationToken.None);
        FetchResult allowed = await fetcher.FetchAsync(new FetchRequest(_server.Url("/public/report")), CancellationToken.None);

        Assert.Equal(FetchErrorCodes.Robots, refused.ErrorCode);
        Assert.True(allowed.Succeeded);
        Assert.Equal(0, _server.Count("/private/report"));
        Assert.Equal(1, _server.Count("/robots.txt"));
    }

    [Fact]
    public async Task Requests_at_once_to_a_new_host_share_one_fetch_of_its_robots_txt()
    {
        _server.Map("/robots.txt", async context =>
        {
            await Task.Delay(200, context.RequestAborted);
            await context.Response.WriteAsync("User-agent: *\nDisallow: /private/\n");
        });
        _server.Text("/page", "<p>x</p>", "text/html");
        using var fetcher = new WebFetcher(FastWeb.Options);

        FetchResult[] results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => fetcher.FetchAsync(new FetchRequest(_server.Url("/page")), CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(1, _server.Count("/robots.txt"));
    }

    [Fact]
    public async Task A_robots_txt_that_cannot_be_read_disallows_everything_and_a_missing_one_nothing()
    {
        _server.Map("/robots.txt", context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        _server.Text("/page", "<p>x</p>", "text/html");
        using (var fetcher = new WebFetcher(FastWeb.Options))
        {
            Assert.Equal(FetchErrorCodes.Robots, (await fetcher.FetchAsync(new FetchRequest(_server.Url("/page")), CancellationToken.None)).ErrorCode);
        }

        _server.Map("/robots.txt", context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });
        using (var fetcher = new WebFetcher(FastWeb.Options))
        {
            Assert.True((await fetcher.FetchAsync(new FetchRequest(_server.Url("/page")), CancellationToken.None)).Succeeded);
        }
    }

    [Fact]
    public async Task A_crawl_delay_longer_than_the_interval_spaces_the_requests_to_its_host()
    {
        _server.Text("/robots.txt", "User-agent: *\nCrawl-delay: 0.3\n", "text/plain");
        _server.Text("/a", "<p>a</p>", "text/html");
        using var fetcher = new WebFetcher(FastWeb.Options);
        var watch = Stopwatch.StartNew();

        for (int i = 0; i < 3; i++)
        {
            Assert.True((await fetcher.FetchAsync(new FetchRequest(_server.Url("/a")), CancellationToken.None)).Succeeded);
        }

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(580), $"3 requests in {watch.Elapsed}");
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_interval()
    {
        _server.Text("/a", "<p>a</p>", "text/html");
        using var fetcher = new WebFetcher(FastWeb.Options with { HostInterval = TimeSpan.FromMilliseconds(150), ObeyRobots = false });
        var watch = Stopwatch.StartNew();

        for (int i = 0; i < 4; i++)
        {
            Assert.True((await fetcher.FetchAsync(new FetchRequest(_server.Url("/a")), CancellationToken.None)).Succeeded);
        }

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(440), $"4 requests in {watch.Elapsed}");
    }
}
