using System.Text;
using Mizan.Cli;
using Mizan.Cli.Storage;
using Mizan.Storage;
using Mizan.Watch.Tests.Support;

namespace Mizan.Watch.Tests.Cli;

public sealed class WatchCommandTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private TestWebServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        Uri kidal = _server.Url("/news/kidal");
        Uri taiz = _server.Url("/news/taiz");
        _server.Text("/news/kidal", NewsSite.KidalPage(kidal), "text/html");
        _server.Text("/news/taiz", NewsSite.TaizPage(), "text/html", NewsSite.Arabic1256, charsetInHeader: false);
        _server.Text("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        _server.Text("/private/taiz", NewsSite.TaizPage(), "text/html", NewsSite.Arabic1256);
        _server.Text("/rss.xml", NewsSite.Rss((kidal, NewsSite.KidalTitle, null), (taiz, NewsSite.TaizTitle, null)), "application/rss+xml");
        _server.Text("/broken.xml", "<rss><channel>", "application/rss+xml");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Watch_once_stores_the_new_articles_reports_one_line_per_feed_and_a_second_run_adds_nothing()
    {
        string feeds = _folder.Write("feeds.txt", $"""
            # Arabic outlets
            {_server.Url("/rss.xml")} 5m صحيفة الساحل
            {_server.Url("/broken.xml")} broken   # cut short
            """);
        string db = _folder.File("watch.db");

        (int code, string error) = await Run("watch", feeds, "--once", "--db", db, "--host-delay", "0", "--timeout", "2");
        (int again, string secondError) = await Run("watch", feeds, "--once", "--db", db, "--host-delay", "0", "--timeout", "2");

        Assert.Equal(ExitCodes.PartialFailure, code);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^mizan: \S+ \S+ صحيفة الساحل: 2 new, 0 known, \d+ events, 0 errors$", lines[0]);
        Assert.Matches(@"^mizan: \S+ \S+ broken: feed failed: .*\[malformed-feed\]$", lines[1]);
        Assert.StartsWith("mizan: 2 articles added", lines[2], StringComparison.Ordinal);
        Assert.Contains("صحيفة الساحل: 0 new, 2 known, 0 events, 0 errors", secondError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.PartialFailure, again);
        using IEventStore store = EventStores.Open(db, create: false);
        Assert.Equal(2, store.Counts().Articles);
        Assert.True(store.Counts().Incidents >= 2);
    }

    [Fact]
    public async Task The_exports_name_the_web_address_of_each_article()
    {
        string feeds = _folder.Write("feeds.txt", $"{_server.Url("/rss.xml")} صحيفة الساحل\n");
        string db = _folder.File("export.db");
        Assert.Equal(ExitCodes.Success, (await Run("watch", feeds, "--once", "--db", db, "--host-delay", "0")).Code);

        (int acledCode, string acled) = await Run("export", "--format", "acled", "--db", db);
        (int ucdpCode, string ucdp) = await Run("export", "--format", "ucdp", "--db", db);

        Assert.Equal((0, 0), (acledCode, ucdpCode));
        string kidal = _server.Url("/news/kidal").ToString();
        string taiz = _server.Url("/news/taiz").ToString();
        Assert.Contains($"صحيفة الساحل; {kidal}", acled, StringComparison.Ordinal);
        Assert.Contains($"صحيفة الساحل; {taiz}", acled, StringComparison.Ordinal);
        Assert.Contains($", {kidal}", ucdp, StringComparison.Ordinal);
        Assert.Contains($", {taiz}", ucdp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_without_once_polls_until_interrupted()
    {
        string feeds = _folder.Write("feeds.txt", $"{_server.Url("/rss.xml")} 10s sahel\n");
        string db = _folder.File("live.db");
        using var error = new SynchronizedWriter();
        using var stop = new CancellationTokenSource();

        Task<int> run = MizanCli.RunAsync(["watch", feeds, "--db", db, "--host-delay", "0"], new MemoryStream(), new MemoryStream(), error, stop.Token);
        using (var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (!error.ToString().Contains("sahel: 2 new", StringComparison.Ordinal))
            {
                Assert.False(run.IsCompleted, $"watch ended: {error}");
                await Task.Delay(50, guard.Token);
            }
        }

        await stop.CancelAsync();
        int code = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.Matches(@"sahel: 2 new, 0 known, \d+ events, 0 errors; next \d\d:\d\d:\d\dZ", error.ToString());
        using IEventStore store = EventStores.Open(db, create: false);
        Assert.Equal(2, store.Counts().Articles);
        Assert.True(store.Counts().Incidents >= 2, "incidents are linked after a poll that added articles");
    }

    [Fact]
    public async Task Watch_refuses_a_missing_or_empty_feeds_file()
    {
        string empty = _folder.Write("empty.txt", "# nothing yet\n\nnot-an-address 5m\n");

        (int missing, string missingError) = await Run("watch", _folder.File("none.txt"), "--once", "--db", _folder.File("a.db"));
        (int none, string noneError) = await Run("watch", empty, "--once", "--db", _folder.File("b.db"));

        Assert.Equal(ExitCodes.Failure, missing);
        Assert.Contains("cannot read the feeds file", missingError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, none);
        Assert.Contains("empty.txt:3: 'not-an-address' is not an http or https address", noneError, StringComparison.Ordinal);
        Assert.Contains("empty.txt: no feeds", noneError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_url_stores_pages_and_reports_those_robots_txt_forbids()
    {
        string db = _folder.File("pages.db");
        using var error = new StringWriter();
        var console = new CliConsole(() => new MemoryStream(), new MemoryStream(), error, false, TimeProvider.System);
        string[] urls = [_server.Url("/news/kidal?utm_source=x").ToString(), _server.Url("/private/taiz").ToString()];

        int code = await WebRun.IngestUrlsAsync(console, urls, db, FastWeb.Options, CancellationToken.None);
        int again = await WebRun.IngestUrlsAsync(console, urls[..1], db, FastWeb.Options, CancellationToken.None);

        Assert.Equal(ExitCodes.PartialFailure, code);
        Assert.Equal(ExitCodes.Success, again);
        string text = error.ToString();
        Assert.Contains("robots.txt of 127.0.0.1 does not allow it [robots-disallowed]", text, StringComparison.Ordinal);
        Assert.Contains("mizan: 2 pages, 1 added, 0 already stored, 1 failed", text, StringComparison.Ordinal);
        Assert.Contains("mizan: 1 page, 0 added, 1 already stored, 0 failed", text.Replace("1 pages", "1 page", StringComparison.Ordinal), StringComparison.Ordinal);
        using IEventStore store = EventStores.Open(db, create: false);
        ArticleSummary summary = Assert.Single(store.ReadArticles(null, 0, 10).Articles);
        ArticleInfo article = summary.Article;
        Assert.Equal(_server.Url("/news/kidal").ToString(), article.Url);
        Assert.Equal("صحيفة الساحل", article.Source);
    }

    [Fact]
    public async Task Ingest_takes_paths_or_urls_but_not_both_nor_neither()
    {
        (int neither, string neitherError) = await Run("ingest", "--db", _folder.File("x.db"));
        (int both, string bothError) = await Run("ingest", "a.txt", "--url", "http://127.0.0.1/x", "--db", _folder.File("x.db"));
        (int notWeb, string notWebError) = await Run("ingest", "--url", "ftp://127.0.0.1/x", "--db", _folder.File("x.db"));

        Assert.Equal((ExitCodes.Failure, ExitCodes.Failure, ExitCodes.Failure), (neither, both, notWeb));
        Assert.Contains("(--url URL...)", neitherError, StringComparison.Ordinal);
        Assert.Contains("not both", bothError, StringComparison.Ordinal);
        Assert.Contains("'ftp://127.0.0.1/x' is not an http or https address", notWebError, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Error)> Run(params string[] arguments)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = await MizanCli.RunAsync(arguments, new MemoryStream(), output, error);
        return (code, error.ToString() + Encoding.UTF8.GetString(output.ToArray()));
    }

    /// <summary>A text writer that the command writes to while the test reads it.</summary>
    private sealed class SynchronizedWriter : StringWriter
    {
        private readonly Lock _lock = new();

        public override void Write(char value)
        {
            lock (_lock)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_lock)
            {
                base.Write(value);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (_lock)
            {
                base.WriteLine(value);
            }
        }

        public override string ToString()
        {
            lock (_lock)
            {
                return base.ToString();
            }
        }
    }
}
