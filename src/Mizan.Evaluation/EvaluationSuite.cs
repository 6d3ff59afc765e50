using System.Collections.Immutable;
using Mizan.Pipeline;

namespace Mizan.Evaluation;

/// <summary>The result of a whole evaluation run: sentences of both types and the gold articles.</summary>
public sealed record EvaluationResult(ImmutableArray<SentenceReport> Sentences, ArticleReport Articles);

/// <summary>
/// Runs the development gold of <c>shared/eval</c> (the gsr sentences and the gold articles)
/// through a pipeline and scores it as <c>shared/eval/README.md</c> defines.
/// </summary>
public sealed class EvaluationSuite
{
    private readonly string _evalDirectory;
    private readonly Func<string, IEnumerable<Article>> _readArticles;

    /// <param name="evalDirectory">The <c>shared/eval</c> folder.</param>
    /// <param name="readArticles">Reads the articles of an input file (TREC or text), as <c>mizan extract</c> does.</param>
    public EvaluationSuite(string evalDirectory, Func<string, IEnumerable<Article>> readArticles)
    {
        _evalDirectory = evalDirectory ?? throw new ArgumentNullException(nameof(evalDirectory));
        _readArticles = readArticles ?? throw new ArgumentNullException(nameof(readArticles));
        if (!Directory.Exists(Path.Combine(evalDirectory, "articles")) || !Directory.Exists(Path.Combine(evalDirectory, "gsr")))
        {
            throw new DirectoryNotFoundException($"'{evalDirectory}' is not the evaluation folder: it needs articles/ and gsr/ (see shared/eval/README.md)");
        }
    }

    /// <summary>Scores the sentence gold of one type (ASSAULT or PROTEST).</summary>
    public SentenceReport ScoreSentences(string eventType, Func<Article, Document> process)
    {
        string file = Path.Combine(_evalDirectory, "gsr", $"{eventType.ToLowerInvariant()}_dev.csv");
        using var reader = new StreamReader(file);
        return SentenceEvaluation.Score(eventType, SentenceEvaluation.Load(reader, file), process);
    }

    /// <summary>Scores every gold article.</summary>
    public ArticleReport ScoreArticles(Func<Article, Document> process)
    {
        string folder = Path.Combine(_evalDirectory, "articles");
        var corpus = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (string trec in Directory.EnumerateFiles(folder, "*.trec").Order(StringComparer.Ordinal))
        {
            foreach (Article article in _readArticles(trec))
            {
                corpus[article.Id] = article;
            }
        }

        var results = new List<ArticleResult>();
        foreach (string file in Directory.EnumerateFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            GoldArticle gold = GoldArticle.Parse(File.ReadAllText(file));
            Article article;
            if (gold.TextFile is { } relative)
            {
                string path = Path.GetFullPath(Path.Combine(folder, relative));
                article = _readArticles(path).Single() with { Published = gold.Published };
            }
            else if (corpus.TryGetValue(gold.Doc, out Article? found))
            {
                article = found with { Published = gold.Published ?? found.Published };
            }
            else
            {
                throw new InvalidDataException($"{file}: no text for '{gold.Doc}' in {folder}/*.trec and no text_file");
            }

            results.Add(ArticleEvaluation.ScoreArticle(gold, process(article)));
        }

        return ArticleEvaluation.Summarize(results);
    }

    /// <summary>Everything: both sentence sets and the articles.</summary>
    public EvaluationResult Run(Func<Article, Document> process) => new(
        [ScoreSentences("ASSAULT", process), ScoreSentences("PROTEST", process)],
        ScoreArticles(process));
}
