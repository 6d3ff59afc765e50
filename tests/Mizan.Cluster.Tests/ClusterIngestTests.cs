using Mizan.Cluster.Tests.Support;
using Mizan.Storage;
using Mizan.Storage.Ingest;
using Mizan.Storage.Tests.Support;
using Mizan.Testing;

namespace Mizan.Cluster.Tests;

/// <summary>
/// Two nodes in this process, meeting in Redis and writing to one PostgreSQL store, against a
/// single-process <c>mizan ingest</c> of the same articles into another.
/// </summary>
public sealed class ClusterIngestTests
{
    private static readonly Lazy<MizanEngine> Engine = new(() => MizanEngine.CreateDefault(TimeProvider.System, IngestOptions.Extraction));

    private static string[] Inputs =>
    [
        SharedData.Path("eval", "articles", "ant1-dev.trec"),
        SharedData.DevTrec,
        Path.Combine(SharedData.Repository(), "samples", "samples.jsonl"),
    ];

    [ClusterFact]
    public async Task Two_nodes_store_every_article_once_and_link_the_incidents_a_single_process_links()
    {
        using TestRedis redis = TestRedis.Start();
        using var single = new PostgresTestDatabase();
        using var shared = new PostgresTestDatabase();
        var options = new IngestOptions { Threads = 2 };
        using (IEventStore store = EventStores.Open(single.ConnectionString, create: true))
        {
            Ingestor.WithEngine(store, Engine.Value).Run(Inputs, options);
        }

        await using InProcessCluster cluster = await InProcessCluster.StartAsync(2, redis.Address, shared.ConnectionString, Engine.Value);
        using IEventStore clusterStore = EventStores.Open(shared.ConnectionString, create: true);
        var ingest = new ClusterIngest(cluster.Client, clusterStore);

        // The same files handed to the cluster twice at once, as by two nodes that got the same feed.
        var sampler = new InFlightSampler(cluster.Nodes);
        IngestCounts[] runs = await Task.WhenAll(ingest.RunAsync(Inputs, options, sampler), ingest.RunAsync(Inputs, options));

        using IEventStore expected = EventStores.Open(single.ConnectionString, create: false);
        StoreCounts want = expected.Counts();
        Assert.True(want.Articles >= 30, $"only {want.Articles} articles in the reference store");
        Assert.All(runs, r => Assert.Equal(r.Read, r.Added + r.Unchanged + r.Failed));
        Assert.Equal(want.Articles, runs.Sum(r => r.Added));
        Assert.Equal(want.Articles, runs.Sum(r => r.Unchanged));
        Assert.All(cluster.Nodes, n => Assert.True(n.Load.Added > 0, "a node did no work: the articles were not spread"));
        Assert.Equal(want.Articles, cluster.Nodes.Sum(n => n.Load.Added));

        // The nodes' queues: articles were in flight on them while others finished (two clients, 32 each at most), none after.
        Assert.InRange(sampler.Max, 1, 2 * ingest.InFlight);
        Assert.All(cluster.Nodes, n => Assert.Equal(0, n.InFlight));

        StoreCounts got = clusterStore.Counts();
        Assert.Equal(want, got);
        Assert.False(clusterStore.IncidentsAreStale());
        Assert.Equal(StoreContents.Reports(expected), StoreContents.Reports(clusterStore));
        Assert.Equal(StoreContents.Incidents(expected), StoreContents.Incidents(clusterStore));

        // Handed over again: nothing is processed, nothing written, the incidents are not rebuilt.
        IngestCounts again = await ingest.RunAsync(Inputs, options);
        Assert.Equal(0, again.Added);
        Assert.Equal(want.Articles, again.Unchanged);
        Assert.Null(again.Incidents);
        Assert.Equal(want, clusterStore.Counts());
    }

    [ClusterFact]
    public async Task An_article_sent_to_its_grain_twice_at_once_is_extracted_and_stored_once()
    {
        using TestRedis redis = TestRedis.Start();
        using var shared = new PostgresTestDatabase();
        await using InProcessCluster cluster = await InProcessCluster.StartAsync(2, redis.Address, shared.ConnectionString, Engine.Value);
        var article = new Mizan.Pipeline.Article("twice", "اشتباكات في كيدال", "قتل ثلاثة جنود في اشتباكات في مدينة كيدال شمال مالي يوم الأحد.", new DateOnly(2024, 3, 4));
        var message = Grains.ArticleMessage.From(article, "test:1");
        Grains.IArticleGrain grain = cluster.Client.GetGrain<Grains.IArticleGrain>(ContentHash.Of(article));

        Grains.ArticleResult[] results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => grain.Ingest(message)));

        Assert.Single(results, r => r.State == Grains.ArticleState.Added);
        Assert.Equal(7, results.Count(r => r.State == Grains.ArticleState.Unchanged));
        Assert.Equal(1, cluster.Nodes.Sum(n => n.Load.Added));
        using IEventStore store = EventStores.Open(shared.ConnectionString, create: false);
        Assert.Equal(1, store.Counts().Articles);
    }

    [Fact]
    public void A_message_carries_the_article_with_its_publication_time()
    {
        var article = new Mizan.Pipeline.Article("dawn", null, "قتل ثلاثة جنود اليوم في هجوم قرب كيدال.", new DateOnly(2024, 3, 4), "وكالة", "https://example.org/dawn")
        {
            PublishedAt = new DateTimeOffset(2024, 3, 4, 2, 15, 0, TimeSpan.FromHours(1)),
        };

        Assert.Equal(article, Grains.ArticleMessage.From(article, "test:1").ToArticle());
    }

    [ClusterFact]
    public async Task A_grain_refuses_an_article_that_is_not_its_own()
    {
        using TestRedis redis = TestRedis.Start();
        using var shared = new PostgresTestDatabase();
        await using InProcessCluster cluster = await InProcessCluster.StartAsync(1, redis.Address, shared.ConnectionString, Engine.Value);
        var message = Grains.ArticleMessage.From(new Mizan.Pipeline.Article("a", null, "نص"), "test:1");

        await Assert.ThrowsAsync<ArgumentException>(() => cluster.Client.GetGrain<Grains.IArticleGrain>("not-its-hash").Ingest(message));
    }
}
