using System.Text.Json;
using Mizan.Pipeline;
using Mizan.Storage.Ingest;

namespace Mizan.Storage.Tests.Ingest;

/// <summary>
/// An article whose processing goes over its time budget is given up with <c>article-timeout</c>,
/// recorded as a failure, and the other articles of the run are stored.
/// </summary>
public sealed class ArticleTimeoutTests : IDisposable
{
    private static readonly Lazy<MizanEngine> Engine = new(() => MizanEngine.CreateDefault());

    private readonly string _folder = Directory.CreateTempSubdirectory("mizan-timeout-").FullName;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void An_article_over_its_budget_is_given_up_and_the_others_are_stored(int threads)
    {
        string input = Path.Combine(_folder, "articles.jsonl");
        File.WriteAllLines(input, new[]
        {
            ("first", "قتل جنديان أمس في هجوم على حاجز للجيش في مدينة الموصل."),
            ("stalls", "تظاهر مئات الطلاب أمس أمام مقر البرلمان."),
            ("last", "تظاهر العشرات أمس أمام مقر الحكومة في العاصمة تونس."),
        }.Select(a => JsonSerializer.Serialize(new { id = a.Item1, published = "2020-03-02", text = a.Item2 })));

        // The engine, except that one article never finishes until its budget runs out.
        Document Process(Article article, CancellationToken token)
        {
            if (article.Id == "stalls")
            {
                token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
                token.ThrowIfCancellationRequested();
            }

            return Engine.Value.Process(article, token);
        }

        using IEventStore store = EventStores.Open(Path.Combine(_folder, $"mizan-{threads}.db"), create: true);
        var ingestor = new Ingestor(store, Process, Engine.Value.Resources.Gazetteer);
        IngestCounts counts = ingestor.Run([input], new IngestOptions { Threads = threads, ArticleTimeout = TimeSpan.FromMilliseconds(300) });

        Assert.Equal(1, counts.Failed);
        Assert.Equal(2, counts.Added);
        FailedArticle failure = Assert.Single(store.Failures());
        Assert.Equal(("stalls", FailedArticle.ArticleTimeoutCode), (failure.ArticleId, failure.Code));
        Assert.Contains("budget", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spent_budget_stops_the_engine_with_a_cancellation()
    {
        using var spent = new CancellationTokenSource();
        spent.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Engine.Value.Process(new Article("t", null, "قتل جنديان في هجوم."), spent.Token));
    }

    [Fact]
    public void Running_over_the_budget_is_a_timeout_and_the_callers_cancellation_stays_a_cancellation()
    {
        var article = new Article("t", null, "قتل جنديان في هجوم.");
        static Document Stalls(Article a, CancellationToken token)
        {
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            token.ThrowIfCancellationRequested();
            throw new InvalidOperationException("the budget never ran out");
        }

        ArticleTimeoutException timeout = Assert.Throws<ArticleTimeoutException>(
            () => ArticleBudget.Process(Stalls, article, TimeSpan.FromMilliseconds(200), TimeProvider.System, CancellationToken.None));
        Assert.Equal(TimeSpan.FromMilliseconds(200), timeout.Budget);

        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        Exception cancelled = Assert.ThrowsAny<OperationCanceledException>(
            () => ArticleBudget.Process(Stalls, article, TimeSpan.FromSeconds(20), TimeProvider.System, stop.Token));
        Assert.IsNotType<ArticleTimeoutException>(cancelled);

        Assert.NotEmpty(ArticleBudget.Process(Engine.Value.Process, article, TimeSpan.FromSeconds(20), TimeProvider.System, CancellationToken.None).Events);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
