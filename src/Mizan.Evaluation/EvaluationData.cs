using System.Collections.Immutable;
using Mizan.Pipeline;

namespace Mizan.Evaluation;

/// <summary>A gold article with the text it annotates, as the pipeline reads it.</summary>
/// <param name="Gold">The hand-written events.</param>
/// <param name="Article">The article, with the publication date of the gold file.</param>
public sealed record GoldCase(GoldArticle Gold, Article Article);

/// <summary>
/// The development gold of <c>shared/eval</c>, loaded once: the gold articles with their texts,
/// the judged sentences of <c>gsr/</c> (ASSAULT and PROTEST) and the labelled news sentences.
/// A subset (a cross-validation fold) is the same record with fewer items.
/// </summary>
public sealed record EvaluationData(
    ImmutableArray<GoldCase> Articles,
    ImmutableArray<JudgedSentence> AssaultSentences,
    ImmutableArray<JudgedSentence> ProtestSentences,
    ImmutableArray<NewsSentence> NewsSentences)
{
    /// <summary>The judged gsr sentences of a type.</summary>
    public ImmutableArray<JudgedSentence> GsrSentences(string eventType) => eventType switch
    {
        "ASSAULT" => AssaultSentences,
        "PROTEST" => ProtestSentences,
        _ => throw new ArgumentOutOfRangeException(nameof(eventType), eventType, "the gsr sentences are judged for ASSAULT and PROTEST"),
    };

    /// <summary>
    /// Reads <c>shared/eval</c>: <c>articles/*.gold.json</c> with their texts (from the
    /// <c>*.trec</c> files beside them or their <c>text_file</c>), <c>gsr/*_dev.csv</c> and
    /// <c>sentences/ant-sentences.jsonl</c> (optional: an older folder without it has no news sentences).
    /// </summary>
    /// <param name="evalDirectory">The <c>shared/eval</c> folder.</param>
    /// <param name="readArticles">Reads the articles of an input file (TREC or text), as <c>mizan extract</c> does.</param>
    public static EvaluationData Load(string evalDirectory, Func<string, IEnumerable<Article>> readArticles)
    {
        ArgumentNullException.ThrowIfNull(evalDirectory);
        ArgumentNullException.ThrowIfNull(readArticles);
        if (!Directory.Exists(Path.Combine(evalDirectory, "articles")) || !Directory.Exists(Path.Combine(evalDirectory, "gsr")))
        {
            throw new DirectoryNotFoundException($"'{evalDirectory}' is not the evaluation folder: it needs articles/ and gsr/ (see shared/eval/README.md)");
        }

        string news = Path.Combine(evalDirectory, "sentences", "ant-sentences.jsonl");
        ImmutableArray<NewsSentence> newsSentences = [];
        if (File.Exists(news))
        {
            using var reader = new StreamReader(news);
            newsSentences = NewsSentenceEvaluation.Load(reader, news);
        }

        return new EvaluationData(LoadArticles(Path.Combine(evalDirectory, "articles"), readArticles), LoadGsr(evalDirectory, "ASSAULT"), LoadGsr(evalDirectory, "PROTEST"), newsSentences);
    }

    private static ImmutableArray<JudgedSentence> LoadGsr(string evalDirectory, string eventType)
    {
        string file = Path.Combine(evalDirectory, "gsr", $"{eventType.ToLowerInvariant()}_dev.csv");
        using var reader = new StreamReader(file);
        return SentenceEvaluation.Load(reader, file);
    }

    private static ImmutableArray<GoldCase> LoadArticles(string folder, Func<string, IEnumerable<Article>> readArticles)
    {
        var corpus = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (string trec in Directory.EnumerateFiles(folder, "*.trec").Order(StringComparer.Ordinal))
        {
            foreach (Article article in readArticles(trec))
            {
                corpus[article.Id] = article;
            }
        }

        var cases = ImmutableArray.CreateBuilder<GoldCase>();
        foreach (string file in Directory.EnumerateFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            GoldArticle gold = GoldArticle.Parse(File.ReadAllText(file));
            Article article;
            if (gold.TextFile is { } relative)
            {
                string path = Path.GetFullPath(Path.Combine(folder, relative));
                article = readArticles(path).Single() with { Published = gold.Published };
            }
            else if (corpus.TryGetValue(gold.Doc, out Article? found))
            {
                article = found with { Published = gold.Published ?? found.Published };
            }
            else
            {
                throw new InvalidDataException($"{file}: no text for '{gold.Doc}' in {folder}/*.trec and no text_file");
            }

            cases.Add(new GoldCase(gold, article));
        }

        return cases.ToImmutable();
    }
}
