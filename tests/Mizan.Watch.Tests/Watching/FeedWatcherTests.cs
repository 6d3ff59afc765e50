using Microsoft.AspNetCore.Http;
using Mizan.Events;
using Mizan.Storage;
using Mizan.Watch.Feeds;
using Mizan.Watch.Tests.Support;
using Mizan.Watch.Watching;

namespace Mizan.Watch.Tests.Watching;

public sealed class FeedWatcherTests : IAsyncLifetime
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
    public async Task New_items_are_picked_up_on_the_next_poll_and_stored_with_their_address_and_fetch_time()
    {
        Uri kidal = _server.Url("/news/kidal");
        Uri taiz = _server.Url("/news/taiz");
        _server.Text("/news/kidal", NewsSite.KidalPage(kidal), "text/html");
        _server.Text("/news/taiz", NewsSite.TaizPage(), "text/html", NewsSite.Arabic1256, charsetInHeader: false);
        _server.Text("/rss.xml", NewsSite.Rss((kidal, NewsSite.KidalTitle, "Mon, 30 Nov 2026 02:56:00 GMT")), "application/rss+xml");
        FeedSource feed = Feed("/rss.xml", "صحيفة الساحل");

        PollReport first = await _rig.Watcher.PollAsync(feed, CancellationToken.None);
        _server.Text("/rss.xml", NewsSite.Rss((taiz, NewsSite.TaizTitle, "Sat, 28 Nov 2026 20:00:00 +0300"), (kidal, NewsSite.KidalTitle, "Mon, 30 Nov 2026 02:56:00 GMT")), "application/rss+xml");
        PollReport second = await _rig.Watcher.PollAsync(feed, CancellationToken.None);

        Assert.Equal((1, 0, 0), (first.New, first.Known, first.Errors.Count));
        Assert.True(first.Events >= 1, first.Line());
        Assert.Equal((1, 1, 0), (second.New, second.Known, second.Errors.Count));
        Assert.Equal(1, _server.Count("/news/kidal"));
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ صحيفة الساحل: 1 new, 1 known, \d+ events?, 0 errors$", second.Line());

        // The windows-1256 page, its charset named only in a meta tag, is stored as Arabic; with no
        // date in the page, the feed's date stands; the source is the feed's label.
        var rows = _rig.Rows("SELECT a.id, a.url, a.published, a.source, f.fetched_at, f.published_at, f.feed, f.author FROM articles a JOIN article_fetches f ON f.article_id = a.id ORDER BY a.seq");
        Assert.Equal(2, rows.Count);
        Assert.Equal([kidal.ToString(), "2026-11-30", "صحيفة الساحل"], rows[0][1..4]);
        Assert.Equal("2026-11-30T03:56:00+01:00", rows[0][5]);
        Assert.Equal("مراسل الساحل", rows[0][7]);
        Assert.Null(rows[1][7]);
        Assert.Equal([taiz.ToString(), "2026-11-28", "صحيفة الساحل"], rows[1][1..4]);
        Assert.Equal("2026-11-28T20:00:00+03:00", rows[1][5]);
        Assert.All(rows, r => Assert.True(DateTimeOffset.Parse((string)r[4]!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.Parse("2026-01-01", System.Globalization.CultureInfo.InvariantCulture)));
        string text = _rig.Store.ArticleText((string)rows[1][0]!)!;
        Assert.Equal(NewsSite.TaizTitle + "\n\n" + NewsSite.TaizLead + "\n" + NewsSite.TaizMore, text);
        Assert.NotEmpty(_rig.Store.ReadArticleEvents((string)rows[1][0]!));
    }

    [Fact]
    public async Task Rss_091_in_windows_1256_and_rss_10_feeds_are_watched_like_rss_20()
    {
        Uri kidal = _server.Url("/news/kidal");
        _server.Text("/news/kidal", NewsSite.KidalPage(kidal), "text/html");
        _server.Text("/news/taiz", NewsSite.TaizPage(), "text/html", NewsSite.Arabic1256, charsetInHeader: false);
        _server.Text("/dz/tipaza", NewsSite.TipazaPage(), "text/html", NewsSite.Arabic1256);
        string site = _server.BaseUrl.ToString();
        string rss091 = TestFeeds.Read("rss-0.91.xml", site).Replace("encoding=\"utf-8\"", "encoding=\"windows-1256\"", StringComparison.Ordinal);
        _server.Text("/rss091.xml", rss091, "text/xml", NewsSite.Arabic1256, charsetInHeader: false);
        _server.Text("/rss.rdf", TestFeeds.Read("rss-1.0.rdf", site), "application/rdf+xml");

        PollReport old = await _rig.Watcher.PollAsync(Feed("/rss091.xml", "صحيفة الساحل"), CancellationToken.None);
        PollReport rdf = await _rig.Watcher.PollAsync(Feed("/rss.rdf", "أخبار الجزائر"), CancellationToken.None);

        Assert.Equal((2, 0, 0), (old.New, old.Known, old.Errors.Count));
        Assert.Equal((1, 1, 0), (rdf.New, rdf.Known, rdf.Errors.Count));
        var rows = _rig.Rows("SELECT a.title, a.source, f.published_at FROM articles a JOIN article_fetches f ON f.article_id = a.id ORDER BY a.seq");
        Assert.Equal(
            [
                [NewsSite.KidalTitle, "صحيفة الساحل", "2026-11-30T03:56:00+01:00"],
                [NewsSite.TaizTitle, "صحيفة الساحل", null],
                [NewsSite.TipazaTitle, "أخبار الجزائر", "2026-11-27T18:30:00+01:00"],
            ],
            rows);
    }

    [Fact]
    public async Task An_article_published_in_the_small_hours_says_today_of_the_day_before()
    {
        // The feed's time is the only one (the page has no metadata): 01:40 on Wednesday 2 December,
        // Aden time. "اليوم" in the article is Tuesday 1 December.
        Uri saada = _server.Url("/ye/saada");
        _server.Text("/ye/saada", NewsSite.SaadaPage(), "text/html");
        _server.Text("/rss.xml", $"""
            <rss version="0.92"><channel><title>أخبار اليمن</title><link>{_server.BaseUrl}</link>
            <item><title>{NewsSite.SaadaTitle}</title><link>{saada}</link><pubDate>Wed, 02 Dec 2026 01:40:00 +0300</pubDate></item>
            </channel></rss>
            """, "application/rss+xml");

        PollReport report = await _rig.Watcher.PollAsync(Feed("/rss.xml", "أخبار اليمن"), CancellationToken.None);

        Assert.Equal((1, 0), (report.New, report.Errors.Count));
        var row = Assert.Single(_rig.Rows("SELECT a.id, a.published, f.published_at FROM articles a JOIN article_fetches f ON f.article_id = a.id"));
        Assert.Equal(["2026-12-02", "2026-12-02T01:40:00+03:00"], row[1..]);
        Event attack = Assert.Single(_rig.Store.ReadArticleEvents((string)row[0]!), r => r.Event.Type == "ASSAULT").Event;
        Assert.Equal("اليوم", attack.Date?.Mention.Text);
        Assert.Equal(new DateOnly(2026, 12, 1), attack.Date?.Start);
    }

    [Fact]
    public async Task A_feed_that_has_not_changed_answers_304_and_nothing_is_fetched()
    {
        Uri kidal = _server.Url("/news/kidal");
        _server.Text("/news/kidal", NewsSite.KidalPage(kidal), "text/html");
        string rss = NewsSite.Rss((kidal, NewsSite.KidalTitle, null));
        _server.Map("/rss.xml", context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"7\"")
            {
                context.Response.StatusCode = 304;
                return Task.CompletedTask;
            }

            context.Response.Headers.ETag = "\"7\"";
            context.Response.ContentType = "application/rss+xml";
            return context.Response.WriteAsync(rss);
        });
        FeedSource feed = Feed("/rss.xml", "sahel");

        PollReport first = await _rig.Watcher.PollAsync(feed, CancellationToken.None);
        PollReport second = await _rig.Watcher.PollAsync(feed, CancellationToken.None);

        Assert.Equal(1, first.New);
        Assert.True(second.NotModified);
        Assert.EndsWith("sahel: not modified", second.Line(), StringComparison.Ordinal);
        Assert.Equal(1, _server.Count("/news/kidal"));
        Assert.Equal(2, _server.Count("/rss.xml"));
    }

    [Fact]
    public async Task A_malformed_feed_is_a_clear_error_and_the_other_feeds_go_on()
    {
        Uri tipaza = _server.Url("/dz/tipaza");
        _server.Text("/broken.xml", "<rss version=\"2.0\"><channel><item><title>مقطوع", "application/rss+xml");
        _server.Text("/dz/tipaza", NewsSite.TipazaPage(), "text/html", NewsSite.Arabic1256);
        _server.Text("/atom.xml", NewsSite.Atom((tipaza, NewsSite.TipazaTitle, "2026-11-28T09:00:00+01:00")), "application/atom+xml");
        var lines = new List<string>();

        IReadOnlyList<PollReport> reports = await _rig.Watcher.PollAllAsync([Feed("/broken.xml", "broken"), Feed("/atom.xml", "dz")], r => lines.Add(r.Line()), CancellationToken.None);

        Assert.Contains("broken: feed failed:", lines[0], StringComparison.Ordinal);
        Assert.Contains("not well-formed XML", reports[0].FeedError, StringComparison.Ordinal);
        Assert.EndsWith("[malformed-feed]", reports[0].FeedError, StringComparison.Ordinal);
        Assert.Equal(1, reports[1].New);
        Assert.True(_rig.Store.Counts().Incidents > 0, "incidents are linked after the round");

        // The <time> element's date wins over the feed's.
        Assert.Equal("2026-11-27", _rig.Rows("SELECT published FROM articles")[0][0]);
    }

    [Fact]
    public async Task A_page_that_fails_is_reported_and_stored_at_a_later_poll()
    {
        Uri taiz = _server.Url("/news/taiz");
        bool up = false;
        _server.Map("/news/taiz", async context =>
        {
            if (!up)
            {
                context.Response.StatusCode = 500;
                return;
            }

            context.Response.ContentType = "text/html; charset=windows-1256";
            await context.Response.Body.WriteAsync(NewsSite.Arabic1256.GetBytes(NewsSite.TaizPage()));
        });
        _server.Map("/rss.xml", context =>
        {
            context.Response.Headers.ETag = "\"same\"";
            if (context.Request.Headers.IfNoneMatch == "\"same\"")
            {
                context.Response.StatusCode = 304;
                return Task.CompletedTask;
            }

            context.Response.ContentType = "application/rss+xml";
            return context.Response.WriteAsync(NewsSite.Rss((taiz, NewsSite.TaizTitle, null)));
        });
        FeedSource feed = Feed("/rss.xml", "yemen");

        PollReport first = await _rig.Watcher.PollAsync(feed, CancellationToken.None);
        up = true;
        PollReport second = await _rig.Watcher.PollAsync(feed, CancellationToken.None);

        string error = Assert.Single(first.Errors);
        Assert.Contains("HTTP 500 [http-status]", error, StringComparison.Ordinal);
        Assert.EndsWith("0 new, 0 known, 0 events, 1 error", first.Line(), StringComparison.Ordinal);
        Assert.False(second.NotModified, "a poll with a failed item keeps no validators, so the next one reads the feed again");
        Assert.Equal(1, second.New);
    }

    [Fact]
    public async Task The_same_article_under_two_addresses_is_stored_once()
    {
        Uri kidal = _server.Url("/news/kidal");
        Uri mirror = _server.Url("/mirror/kidal");
        _server.Text("/news/kidal", NewsSite.KidalPage(kidal), "text/html");
        _server.Text("/news/kidal/amp", NewsSite.KidalPage(kidal), "text/html");
        _server.Text("/mirror/kidal", NewsSite.KidalPage(mirror), "text/html");
        _server.Text("/rss.xml", NewsSite.Rss(
            (_server.Url("/news/kidal?utm_source=rss&utm_medium=feed"), NewsSite.KidalTitle, null),
            (_server.Url("/news/kidal/amp"), NewsSite.KidalTitle, null),
            (mirror, NewsSite.KidalTitle, null)), "application/rss+xml");

        PollReport poll = await _rig.Watcher.PollAsync(Feed("/rss.xml", "sahel"), CancellationToken.None);

        Assert.Equal((1, 2), (poll.New, poll.Known));
        Assert.Equal(1, _rig.Store.Counts().Articles);
        Assert.Equal(0, _server.Count("/news/kidal/amp"));
        var urls = _rig.Rows("SELECT url FROM article_urls ORDER BY url").Select(r => (string)r[0]!).ToList();
        Assert.Equal([mirror.ToString(), kidal.ToString()], urls);

        // Polled again, nothing is fetched: every address is known.
        int requests = _server.Requests.Count;
        PollReport again = await _rig.Watcher.PollAsync(Feed("/rss.xml", "sahel"), CancellationToken.None);
        Assert.Equal((0, 3), (again.New, again.Known));
        Assert.Equal(requests + 1, _server.Requests.Count);
    }

    [Fact]
    public async Task Running_watches_until_cancelled_and_polls_a_failing_feed_again_sooner()
    {
        int calls = 0;
        _server.Map("/flaky.xml", context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = 404;
                return Task.CompletedTask;
            }

            context.Response.ContentType = "application/rss+xml";
            return context.Response.WriteAsync(NewsSite.Rss());
        });
        var watcher = new FeedWatcher(_rig.Ingestor, _rig.Fetcher, new WatchOptions { FailureDelay = TimeSpan.FromMilliseconds(100) });
        var reports = new List<PollReport>();
        using var stop = new CancellationTokenSource();

        Task run = watcher.RunAsync([Feed("/flaky.xml", "flaky") with { Interval = TimeSpan.FromHours(1) }], r =>
        {
            lock (reports)
            {
                reports.Add(r);
                if (reports.Count == 2)
                {
                    stop.Cancel();
                }
            }
        }, stop.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(2, reports.Count);
        Assert.NotNull(reports[0].FeedError);
        Assert.True(reports[0].Next - reports[0].At < TimeSpan.FromMinutes(1), "a failing feed is retried before its interval");
        Assert.Null(reports[1].FeedError);
        Assert.True(reports[1].Next - reports[1].At > TimeSpan.FromMinutes(59), "a feed that answers waits its interval");
    }

    [Fact]
    public async Task A_slow_feed_does_not_hold_up_the_others()
    {
        _server.Map("/slow.xml", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3), context.RequestAborted);
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(NewsSite.Rss());
        });
        _server.Text("/fast.xml", NewsSite.Rss(), "application/rss+xml");
        var rig = new WatchRig(FastWeb.Options with { Timeout = TimeSpan.FromSeconds(10) });
        using (rig)
        {
            var reports = new List<(PollReport Report, TimeSpan At)>();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var stop = new CancellationTokenSource();

            Task run = rig.Watcher.RunAsync([Feed("/slow.xml", "slow"), Feed("/fast.xml", "fast")], r =>
            {
                reports.Add((r, clock.Elapsed));
                if (reports.Count == 2)
                {
                    stop.Cancel();
                }
            }, stop.Token);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(20)));
            Assert.Equal(["fast", "slow"], reports.Select(r => r.Report.Feed));
            Assert.True(reports[1].At >= TimeSpan.FromSeconds(3), "the slow feed answers after 3 s; the fast one was reported before it");
        }
    }

    private FeedSource Feed(string path, string label) => new(_server.Url(path), label, FeedList.DefaultInterval, 1);
}
