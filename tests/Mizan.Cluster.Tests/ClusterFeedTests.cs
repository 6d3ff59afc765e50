using Mizan.Cli;
using Mizan.Cluster.Tests.Support;
using Mizan.Storage;
using Mizan.Storage.Ingest;
using Mizan.Storage.Tests.Support;
using Mizan.Storage.Web;
using Mizan.Watch.Feeds;
using Mizan.Watch.Http;
using Mizan.Watch.Tests.Support;

namespace Mizan.Cluster.Tests;

/// <summary>
/// Feeds handed to a cluster of two nodes in this process (one grain per feed, woken by its
/// reminder), served by the live-news tests' web server on loopback, against a single-process
/// <c>mizan watch --once</c> of the same feeds into another schema.
/// </summary>
public sealed class ClusterFeedTests
{
    private static readonly Lazy<MizanEngine> Engine = new(() => MizanEngine.CreateDefault(TimeProvider.System, IngestOptions.Extraction));

    /// <summary>No wait between requests to the test server, short time-outs and retries.</summary>
    private static readonly WebOptions FastWeb = new()
    {
        Timeout = TimeSpan.FromSeconds(10),
        Retries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        HostInterval = TimeSpan.Zero,
    };

    private static readonly TimeSpan PollTimeout = TimeSpan.FromMinutes(2);

    [ClusterFact]
    public async Task Two_nodes_following_the_same_feeds_fetch_each_item_once_and_store_what_watch_once_stores()
    {
        using TestRedis redis = TestRedis.Start();
        using var single = new PostgresTestDatabase();
        using var shared = new PostgresTestDatabase();
        await using TestWebServer server = await TestWebServer.StartAsync();
        string[] pages = ["/news/kidal", "/mirror/kidal", "/news/taiz", "/news/tipaza"];
        string[] feedPaths = ["/rss.xml", "/atom.xml"];
        Uri kidal = server.Url(pages[0]);
        Uri mirror = server.Url(pages[1]);
        server.Text(pages[0], NewsSite.KidalPage(kidal), "text/html");
        server.Text(pages[1], NewsSite.KidalPage(mirror), "text/html");
        server.Text(pages[2], NewsSite.TaizPage(), "text/html", NewsSite.Arabic1256, charsetInHeader: false);
        server.Text(pages[3], NewsSite.TipazaPage(), "text/html", NewsSite.Arabic1256);
        server.Text(feedPaths[0], NewsSite.Rss((kidal, NewsSite.KidalTitle, null), (mirror, NewsSite.KidalTitle, null), (server.Url(pages[2]), NewsSite.TaizTitle, "Sat, 28 Nov 2026 18:00:00 GMT")), "application/rss+xml");
        server.Text(feedPaths[1], NewsSite.Atom((server.Url(pages[3]), NewsSite.TipazaTitle, "2026-11-27T18:30:00Z")), "application/atom+xml");
        DirectoryInfo folder = Directory.CreateTempSubdirectory("mizan-cluster-feeds-");
        try
        {
            string feedsFile = Path.Combine(folder.FullName, "feeds.txt");
            await File.WriteAllTextAsync(feedsFile, $"{server.Url(feedPaths[0])} 10m sahel\n{server.Url(feedPaths[1])} 10m الجزائر\n");
            await FollowTheFeeds(redis, single, shared, server, feedsFile, pages, feedPaths);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The feeds file polled by one <c>watch --once</c>, then handed to two nodes twice at once, polled through them once more, and dropped.</summary>
    private static async Task FollowTheFeeds(TestRedis redis, PostgresTestDatabase single, PostgresTestDatabase shared, TestWebServer server, string feedsFile, string[] pages, string[] feedPaths)
    {
        (int code, string error) = await Run(["watch", feedsFile, "--once", "--db", single.ConnectionString, "--host-delay", "0"]);
        Assert.True(code == 0, error);
        Dictionary<string, int> before = Counts(server, [.. pages, .. feedPaths]);
        using IEventStore expected = EventStores.Open(single.ConnectionString, create: false);
        StoreCounts want = expected.Counts();
        Assert.Equal(3, want.Articles);

        await using InProcessCluster cluster = await InProcessCluster.StartAsync(2, redis.Address, shared.ConnectionString, Engine.Value, FastWeb);
        string[] follow = ["watch", feedsFile, "--cluster", redis.Address, "--cluster-id", cluster.ClusterId];

        // The same feeds handed to the cluster twice at once, as by two operators (or two nodes' scripts).
        (int Code, string Error)[] handed = await Task.WhenAll(Run(follow), Run(follow));

        Assert.All(handed, h => Assert.True(h.Code == 0, h.Error));
        Assert.All(handed, h => Assert.Contains("2 feeds handed to cluster", h.Error, StringComparison.Ordinal));
        using IEventStore got = EventStores.Open(shared.ConnectionString, create: true);
        var index = (IWebArticleIndex)got;
        using (var limit = new CancellationTokenSource(PollTimeout))
        {
            while (feedPaths.Any(f => index.ReadFeedState(server.Url(f).AbsoluteUri) is null) || got.Counts().Articles < want.Articles || got.IncidentsAreStale())
            {
                Assert.False(limit.IsCancellationRequested, $"the feeds were not polled within {PollTimeout}: {got.Counts()}");
                await Task.Delay(200);
            }
        }

        // A moment more for a second poll, should a second node also poll the feeds.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Dictionary<string, int> fetched = Minus(Counts(server, [.. pages, .. feedPaths]), before);
        Assert.All(fetched, f => Assert.True(f.Value == 1, $"{f.Key} fetched {f.Value} times by the cluster"));
        Assert.Equal(2, cluster.Nodes.Sum(n => n.Polls));
        Assert.Equal(want.Articles, cluster.Nodes.Sum(n => n.Load.Added));
        AssertSameStore(expected, got, [.. pages.Select(p => server.Url(p).AbsoluteUri)]);

        // Polled once more through the grains (watch --once): the feeds only; then no longer followed.
        (int onceCode, string onceError) = await Run(["watch", feedsFile, "--once", "--cluster", redis.Address, "--cluster-id", cluster.ClusterId, "--db", shared.ConnectionString]);
        Assert.True(onceCode == 0, onceError);
        Assert.Contains("0 articles added", onceError, StringComparison.Ordinal);
        Dictionary<string, int> again = Minus(Counts(server, [.. pages, .. feedPaths]), before);
        Assert.All(pages, p => Assert.Equal(1, again[p]));
        Assert.All(feedPaths, f => Assert.Equal(2, again[f]));
        (int stopCode, string stopError) = await Run(["watch", feedsFile, "--stop", "--cluster", redis.Address, "--cluster-id", cluster.ClusterId]);
        Assert.True(stopCode == 0, stopError);
        Assert.Contains("no longer follows 2 feeds", stopError, StringComparison.Ordinal);
        AssertSameStore(expected, got, [.. pages.Select(p => server.Url(p).AbsoluteUri)]);
    }

    [ClusterFact]
    public async Task A_feed_goes_on_being_polled_on_the_other_node_when_its_node_leaves()
    {
        using TestRedis redis = TestRedis.Start();
        using var shared = new PostgresTestDatabase();
        await using TestWebServer server = await TestWebServer.StartAsync();
        Uri kidal = server.Url("/news/kidal");
        Uri taiz = server.Url("/news/taiz");
        server.Text("/news/kidal", NewsSite.KidalPage(kidal), "text/html");
        server.Text("/news/taiz", NewsSite.TaizPage(), "text/html", NewsSite.Arabic1256, charsetInHeader: false);
        server.Text("/rss.xml", NewsSite.Rss((kidal, NewsSite.KidalTitle, null)), "application/rss+xml");
        var feed = new FeedSource(server.Url("/rss.xml"), "sahel", FeedList.MinInterval, 1);
        await using InProcessCluster cluster = await InProcessCluster.StartAsync(2, redis.Address, shared.ConnectionString, Engine.Value, FastWeb);
        using IEventStore got = EventStores.Open(shared.ConnectionString, create: true);

        await new ClusterWatch(cluster.Client).FollowAsync([feed]);
        await WaitForArticles(got, 1);

        // A poll is counted once its incidents are linked, a moment after its articles are stored.
        using (var first = new CancellationTokenSource(PollTimeout))
        {
            while (cluster.Nodes.All(n => n.Polls == 0))
            {
                Assert.False(first.IsCancellationRequested, "no node polled the feed");
                await Task.Delay(200);
            }
        }

        int holder = cluster.Nodes.FindIndex(n => n.Polls > 0);

        // The feed's node leaves; the feed gets a new item, which the other node's poll must find.
        await cluster.StopNodeAsync(holder);
        server.Text("/rss.xml", NewsSite.Rss((taiz, NewsSite.TaizTitle, null), (kidal, NewsSite.KidalTitle, null)), "application/rss+xml");
        await WaitForArticles(got, 2);

        // A poll is counted once its incidents are linked, a moment after its articles are stored.
        using (var limit = new CancellationTokenSource(PollTimeout))
        {
            while (cluster.Nodes[1 - holder].Polls == 0)
            {
                Assert.False(limit.IsCancellationRequested, "the other node did not poll the feed");
                await Task.Delay(200);
            }
        }

        Assert.Equal(1, server.Count("/news/kidal"));
        Assert.Equal(1, server.Count("/news/taiz"));
    }

    [ClusterFact]
    public async Task A_page_that_two_feeds_list_is_fetched_once_when_both_feeds_are_polled_at_once()
    {
        using TestRedis redis = TestRedis.Start();
        using var shared = new PostgresTestDatabase();
        await using TestWebServer server = await TestWebServer.StartAsync();
        Uri taiz = server.Url("/news/taiz");
        server.Text("/news/taiz", NewsSite.TaizPage(), "text/html", NewsSite.Arabic1256, charsetInHeader: false);
        server.Text("/a.xml", NewsSite.Rss((taiz, NewsSite.TaizTitle, null)), "application/rss+xml");
        server.Text("/b.xml", NewsSite.Rss((taiz, NewsSite.TaizTitle, null)), "application/rss+xml");
        FeedSource[] feeds = [new(server.Url("/a.xml"), "a", FeedList.DefaultInterval, 1), new(server.Url("/b.xml"), "b", FeedList.DefaultInterval, 2)];
        await using InProcessCluster cluster = await InProcessCluster.StartAsync(2, redis.Address, shared.ConnectionString, Engine.Value, FastWeb);
        using IEventStore got = EventStores.Open(shared.ConnectionString, create: true);
        var index = (IWebArticleIndex)got;

        // Both reminders fire a second after they are set: the two feeds are polled at about the same moment.
        await new ClusterWatch(cluster.Client).FollowAsync(feeds);
        using (var limit = new CancellationTokenSource(PollTimeout))
        {
            // A poll is counted once its incidents are linked, after its feed's validators are saved.
            while (feeds.Any(f => index.ReadFeedState(f.Url.AbsoluteUri) is null) || cluster.Nodes.Sum(n => n.Polls) < 2)
            {
                Assert.False(limit.IsCancellationRequested, $"the feeds were not polled within {PollTimeout}");
                await Task.Delay(200);
            }
        }

        Assert.Equal(2, cluster.Nodes.Sum(n => n.Polls));
        Assert.Equal(1, server.Count("/news/taiz"));
        Assert.Equal(1, got.Counts().Articles);
    }

    [Fact]
    public async Task Stop_and_cluster_id_go_with_cluster()
    {
        (int code, string error) = await Run(["watch", "feeds.txt", "--stop"]);

        Assert.Equal(2, code);
        Assert.Contains("--stop and --cluster-id go with --cluster", error, StringComparison.Ordinal);
    }

    private static async Task WaitForArticles(IEventStore store, long articles)
    {
        using var limit = new CancellationTokenSource(PollTimeout);
        while (store.Counts().Articles < articles)
        {
            Assert.False(limit.IsCancellationRequested, $"not {articles} articles within {PollTimeout}: {store.Counts()}");
            await Task.Delay(200);
        }
    }

    /// <summary>Row by row: articles, events, incidents, and each address with the article it leads to and its web source.</summary>
    private static void AssertSameStore(IEventStore expected, IEventStore got, string[] urls)
    {
        Assert.Equal(expected.Counts(), got.Counts());
        Assert.Equal(StoreContents.Reports(expected), StoreContents.Reports(got));
        Assert.Equal(StoreContents.Incidents(expected), StoreContents.Incidents(got));
        var want = (IWebArticleIndex)expected;
        var have = (IWebArticleIndex)got;
        IReadOnlyDictionary<string, string> wantUrls = want.KnownUrls(urls);
        Assert.Equal(urls.Length, wantUrls.Count);
        Assert.Equal(wantUrls.OrderBy(u => u.Key, StringComparer.Ordinal), have.KnownUrls(urls).OrderBy(u => u.Key, StringComparer.Ordinal));
        foreach (string id in wantUrls.Values.Distinct())
        {
            WebSource a = want.ReadWebSource(id)!;
            WebSource b = have.ReadWebSource(id)!;
            Assert.Equal((a.Url, a.PublishedAt, a.Feed, a.TextHash, a.Author), (b.Url, b.PublishedAt, b.Feed, b.TextHash, b.Author));
            Assert.Equal(a.Aliases.Order(StringComparer.Ordinal), b.Aliases.Order(StringComparer.Ordinal));
        }
    }

    private static Dictionary<string, int> Counts(TestWebServer server, string[] paths) => paths.ToDictionary(p => p, server.Count);

    private static Dictionary<string, int> Minus(Dictionary<string, int> after, Dictionary<string, int> before) =>
        after.ToDictionary(a => a.Key, a => a.Value - before[a.Key]);

    private static async Task<(int Code, string Error)> Run(string[] args)
    {
        using var error = new StringWriter();
        int code = await MizanCli.RunAsync(args, Stream.Null, Stream.Null, error);
        return (code, error.ToString());
    }
}
