using System.Collections.Immutable;
using Mizan.Pipeline;

namespace Mizan.Evaluation;

/// <summary>
/// The result of a whole evaluation run: the gsr sentences of both types, the news sentences of
/// each type, and the gold articles.
/// </summary>
/// <param name="Sentences">The gsr sentences, ASSAULT then PROTEST.</param>
/// <param name="News">The news sentences, ASSAULT, PROTEST, DISPLACE (empty when the set is absent).</param>
/// <param name="Articles">The gold articles.</param>
/// <param name="Folds">The number of cross-validation folds the figures come from; 0 for a plain run.</param>
public sealed record EvaluationResult(ImmutableArray<SentenceReport> Sentences, ImmutableArray<NewsSentenceReport> News, ArticleReport Articles, int Folds = 0);

/// <summary>
/// Runs the development gold of <c>shared/eval</c> (the gsr sentences, the news sentences and the
/// gold articles) through a pipeline and scores it as <c>shared/eval/README.md</c> defines.
/// </summary>
public sealed class EvaluationSuite
{
    /// <param name="evalDirectory">The <c>shared/eval</c> folder.</param>
    /// <param name="readArticles">Reads the articles of an input file (TREC or text), as <c>mizan extract</c> does.</param>
    public EvaluationSuite(string evalDirectory, Func<string, IEnumerable<Article>> readArticles)
        : this(EvaluationData.Load(evalDirectory, readArticles))
    {
    }

    /// <param name="data">The gold, loaded.</param>
    public EvaluationSuite(EvaluationData data)
    {
        Data = data ?? throw new ArgumentNullException(nameof(data));
    }

    /// <summary>The gold this suite scores.</summary>
    public EvaluationData Data { get; }

    /// <summary>Scores the gsr sentences of one type (ASSAULT or PROTEST).</summary>
    public SentenceReport ScoreSentences(string eventType, Func<Article, Document> process) =>
        SentenceEvaluation.Score(eventType, Data.GsrSentences(eventType), process);

    /// <summary>Scores every gold article.</summary>
    public ArticleReport ScoreArticles(Func<Article, Document> process) =>
        ArticleEvaluation.Summarize(Predict(Data, process).Articles);

    /// <summary>Everything: both gsr sentence sets, the news sentences and the articles.</summary>
    public EvaluationResult Run(Func<Article, Document> process) => Summarize(Predict(Data, process), folds: 0);

    /// <summary>
    /// Cross-validation: the articles, the gsr sentences and the news sentences are each dealt into
    /// <paramref name="folds"/> folds with <paramref name="seed"/>; for each fold, <paramref name="train"/>
    /// learns from the other folds and returns the pipeline that scores this one. The figures are
    /// those of all held-out predictions together.
    /// </summary>
    /// <param name="folds">How many folds (5 for <c>--cv 5</c>).</param>
    /// <param name="seed">The seed of the deal.</param>
    /// <param name="train">Learns from a training part and returns the pipeline to score the held-out part.</param>
    /// <param name="progress">Told when each fold starts (fold number from 1).</param>
    public EvaluationResult CrossValidate(int folds, int seed, Func<EvaluationData, Func<Article, Document>> train, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        Folds articles = Evaluation.Folds.Deal(Data.Articles.Select(a => a.Gold.Doc), folds, seed);
        Folds gsr = Evaluation.Folds.Deal(Data.AssaultSentences.Concat(Data.ProtestSentences).Select(s => s.Id), folds, seed);
        Folds news = Evaluation.Folds.Deal(Data.NewsSentences.Select(s => s.Id), folds, seed);
        var pooled = new List<Predictions>();
        for (int k = 0; k < folds; k++)
        {
            progress?.Invoke(k + 1);
            int fold = k;
            EvaluationData trainPart = new(
                [.. Data.Articles.Where(a => articles.Of(a.Gold.Doc) != fold)],
                [.. Data.AssaultSentences.Where(s => gsr.Of(s.Id) != fold)],
                [.. Data.ProtestSentences.Where(s => gsr.Of(s.Id) != fold)],
                [.. Data.NewsSentences.Where(s => news.Of(s.Id) != fold)]);
            EvaluationData heldOut = new(
                [.. Data.Articles.Where(a => articles.Of(a.Gold.Doc) == fold)],
                [.. Data.AssaultSentences.Where(s => gsr.Of(s.Id) == fold)],
                [.. Data.ProtestSentences.Where(s => gsr.Of(s.Id) == fold)],
                [.. Data.NewsSentences.Where(s => news.Of(s.Id) == fold)]);
            pooled.Add(Predict(heldOut, train(trainPart)));
        }

        return Summarize(
            new Predictions(
                [.. pooled.SelectMany(p => p.Assault)],
                [.. pooled.SelectMany(p => p.Protest)],
                [.. pooled.SelectMany(p => p.News)],
                [.. pooled.SelectMany(p => p.Articles)]),
            folds);
    }

    /// <summary>What the pipeline predicted for every item of a part of the gold.</summary>
    private sealed record Predictions(
        ImmutableArray<SentenceOutcome> Assault,
        ImmutableArray<SentenceOutcome> Protest,
        ImmutableArray<NewsSentenceOutcome> News,
        ImmutableArray<ArticleResult> Articles);

    private static Predictions Predict(EvaluationData data, Func<Article, Document> process)
    {
        var articles = new ArticleResult[data.Articles.Length];
        Parallel.For(0, data.Articles.Length, i =>
        {
            GoldCase c = data.Articles[i];
            articles[i] = ArticleEvaluation.ScoreArticle(c.Gold, process(c.Article));
        });
        return new Predictions(
            SentenceEvaluation.Predict("ASSAULT", data.AssaultSentences, process),
            SentenceEvaluation.Predict("PROTEST", data.ProtestSentences, process),
            NewsSentenceEvaluation.Predict(data.NewsSentences, process),
            [.. articles]);
    }

    private static EvaluationResult Summarize(Predictions p, int folds) => new(
        [SentenceEvaluation.Summarize("ASSAULT", p.Assault), SentenceEvaluation.Summarize("PROTEST", p.Protest)],
        p.News.IsEmpty ? [] : [.. NewsSentenceEvaluation.Types.Select(t => NewsSentenceEvaluation.Summarize(t, p.News))],
        ArticleEvaluation.Summarize(p.Articles.OrderBy(a => a.Gold.Doc, StringComparer.Ordinal)),
        folds);
}
