using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Mizan.Geocoding;
using Mizan.Languages.Arabic;
using Mizan.Lexicons;
using Mizan.Morphology;
using Mizan.Pipeline;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Bench;

/// <summary>
/// The hot stages, each over the same real articles of the ant2 corpus (one operation = every
/// article once). The baseline is the whitespace scan, so Ratio reads "times the cost of merely
/// finding the words". Stage methods start from documents prepared up to that stage.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private BenchCorpus _corpus = null!;
    private MizanEngine _engine = null!;
    private LuceneArabic _lucene = null!;
    private NormalizedText[] _normalized = [];
    private ImmutableArray<Token>[] _tokens = [];
    private Dictionary<string, Document[]> _before = [];
    private PhraseIndex<Place> _placeNames = null!;

    /// <summary>Articles per operation, spread evenly over ant2.</summary>
    [Params(200)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.LoadAnt2(Articles);
        _engine = MizanEngine.CreateDefault();
        _lucene = new LuceneArabic();
        _normalized = [.. _corpus.Texts.Select(ArabicNormalizer.Normalize)];
        _tokens = [.. _normalized.Select(Tokenizer.Tokenize)];
        _placeNames = new PlaceRecognizer(_engine.Resources.Gazetteer, _engine.Resources.PlaceCues).Names;

        // The input of every stage: the document as the stages before it left it.
        var before = new Dictionary<string, Document[]>(StringComparer.Ordinal);
        Document[] documents = [.. _corpus.Articles.Select(a => Document.Create(a, ArabicLanguagePack.Instance))];
        foreach (IPipelineStage stage in _engine.Pipeline.Stages)
        {
            before[stage.Name] = documents;
            documents = [.. documents.Select(d => stage.Run(d, CancellationToken.None))];
        }

        _before = before;
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    [Benchmark(Baseline = true, Description = "floor: whitespace scan")]
    public long WhitespaceScan()
    {
        long sum = 0;
        foreach (string text in _corpus.Texts)
        {
            sum += WhitespaceScanner.CountTokens(text);
        }

        return sum;
    }

    [Benchmark(Description = "Lucene ArabicAnalyzer")]
    public long LuceneArabicAnalyzer()
    {
        long sum = 0;
        foreach (string text in _corpus.Texts)
        {
            sum += _lucene.Consume(text);
        }

        return sum;
    }

    [Benchmark(Description = "normalise")]
    public long Normalise()
    {
        long sum = 0;
        foreach (string text in _corpus.Texts)
        {
            sum += ArabicNormalizer.Normalize(text).Key.Length;
        }

        return sum;
    }

    [Benchmark(Description = "tokenise + sentences")]
    public long Tokenise()
    {
        long sum = 0;
        foreach (NormalizedText text in _normalized)
        {
            sum += Tokenizer.Segment(text).Tokens.Length;
        }

        return sum;
    }

    [Benchmark(Description = "peel clitics (every Arabic token)")]
    public long PeelClitics()
    {
        Span<CliticReading> readings = stackalloc CliticReading[CliticPeeler.MaxReadings];
        long sum = 0;
        for (int d = 0; d < _normalized.Length; d++)
        {
            string key = _normalized[d].Key;
            foreach (Token token in _tokens[d])
            {
                if (token.Kind == TokenKind.Arabic)
                {
                    sum += CliticPeeler.Readings(key.AsSpan(token.Key.Start, token.Key.Length), readings);
                }
            }
        }

        return sum;
    }

    [Benchmark(Description = "phrase lookup (gazetteer names, every token)")]
    public long PhraseLookup()
    {
        long sum = 0;
        for (int d = 0; d < _normalized.Length; d++)
        {
            sum += _placeNames.FindAll(_normalized[d], _tokens[d], 0, _tokens[d].Length).Length;
        }

        return sum;
    }

    [Benchmark(Description = "numbers")]
    public long Numbers() => RunStage("numbers");

    [Benchmark(Description = "dates")]
    public long Dates() => RunStage("dates");

    [Benchmark(Description = "places")]
    public long Places() => RunStage("places");

    [Benchmark(Description = "actors")]
    public long Actors() => RunStage("actors");

    [Benchmark(Description = "attribution")]
    public long Attribution() => RunStage("attribution");

    [Benchmark(Description = "events")]
    public long Events() => RunStage("events");

    [Benchmark(Description = "full extraction (MizanEngine.Process)")]
    public long FullExtraction()
    {
        long sum = 0;
        foreach (Article article in _corpus.Articles)
        {
            sum += _engine.Process(article).Events.Length;
        }

        return sum;
    }

    private long RunStage(string name)
    {
        IPipelineStage stage = _engine.Pipeline.Stages.First(s => s.Name == name);
        long sum = 0;
        foreach (Document document in _before[name])
        {
            sum += stage.Run(document, CancellationToken.None).Tokens.Length;
        }

        return sum;
    }
}
