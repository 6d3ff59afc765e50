using System.Globalization;

namespace Mizan.Bench;

/// <summary>
/// <c>throughput</c>: loads articles of the ant2 corpus into memory and, in one process and one run,
/// times (a) a whitespace scan, (b) Lucene.Net's ArabicAnalyzer, (c) Mizan's full extraction and
/// (d) the same with the rules alone (no learned scorer), first on one thread and then on every
/// core; prints articles/s, MB/s (UTF-8), bytes allocated per article, the ratios c/b, c/a and d/c
/// (what the learned layer costs), and the time per pipeline stage.
/// </summary>
internal static class ThroughputCommand
{
    public static int Run(BenchOptions options, TextWriter output)
    {
        output.WriteLine($"Loading articles from {options.CorpusFolder} ...");
        BenchCorpus corpus = BenchCorpus.Load(options.CorpusFolder, options.Articles);
        MizanEngine engine = MizanEngine.CreateDefault();
        MizanEngine rules = MizanEngine.Create(engine.Resources, options: new Mizan.Events.ExtractionOptions { RulesOnly = true });
        using var lucene = new LuceneArabic();
        var runner = new ThroughputRunner(corpus);
        int threads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;

        string[] texts = corpus.Texts;
        var contenders = new (string Label, string Name, Func<int, long> Work)[]
        {
            ("a", "floor: whitespace scan", i => WhitespaceScanner.CountTokens(texts[i])),
            ("b", "Lucene.Net 4.8 ArabicAnalyzer", i => lucene.Consume(texts[i])),
            ("c", "Mizan full extraction", i => engine.Process(corpus.Articles[i]).Events.Length + 1),
            ("d", "Mizan, rules alone", i => rules.Process(corpus.Articles[i]).Events.Length + 1),
        };

        output.WriteLine($"{corpus.Count:N0} articles, {corpus.Chars:N0} characters, {corpus.Utf8Bytes:N0} UTF-8 bytes ({corpus.Utf8Bytes / (double)corpus.Count:N0} per article)");
        foreach (string line in MachineInfo.Describe())
        {
            output.WriteLine(line);
        }

        output.WriteLine();
        var results = new List<Measurement>();
        foreach (var (label, name, work) in contenders)
        {
            runner.WarmUp(work, options.WarmUpSeconds);
            Measurement m = runner.SingleThread(label, name, work, options.Seconds);
            results.Add(m);
            output.WriteLine($"  {label} {name}, 1 thread: {m.ArticlesPerSecond:N0} articles/s");
        }

        if (threads > 1)
        {
            foreach (var (label, name, work) in contenders)
            {
                Measurement m = runner.MultiThread(label, name, work, threads, options.Seconds);
                results.Add(m);
                output.WriteLine($"  {label} {name}, {threads} threads: {m.ArticlesPerSecond:N0} articles/s");
            }
        }

        output.WriteLine();
        output.WriteLine("| | what | threads | articles/s | MB/s | bytes allocated / article | articles per CPU-second |");
        output.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (Measurement m in results)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {m.Label} | {m.Name} | {m.Threads} | {m.ArticlesPerSecond:N0} | {m.MegabytesPerSecond:F1} | {m.AllocatedPerArticle:N0} | {m.ArticlesPerCpuSecond:N0} |"));
        }

        output.WriteLine();
        output.WriteLine("| ratio | 1 thread | " + (threads > 1 ? $"{threads} threads |" : string.Empty));
        output.WriteLine("| --- | ---: | " + (threads > 1 ? "---: |" : string.Empty));
        output.WriteLine(RatioRow("c/b (Mizan / Lucene)", results, "c", "b", threads));
        output.WriteLine(RatioRow("c/a (Mizan / floor)", results, "c", "a", threads));
        output.WriteLine(RatioRow("d/c (rules alone / with the learned scorer: the learned layer's cost is d/c - 1)", results, "d", "c", threads));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| c/b per CPU-second | {Find(results, "c", 1).ArticlesPerCpuSecond / Find(results, "b", 1).ArticlesPerCpuSecond:F3} |"));
        if (threads > 1)
        {
            output.WriteLine();
            output.WriteLine($"| scaling ({threads} threads / 1 thread) | a | b | c |");
            output.WriteLine("| --- | ---: | ---: | ---: |");
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| articles/s | {Scaling(results, "a", threads):F2}× | {Scaling(results, "b", threads):F2}× | {Scaling(results, "c", threads):F2}× |"));
        }

        output.WriteLine();
        if (options.Stages)
        {
            StageBreakdown.Run(engine, corpus, output);
        }

        output.WriteLine($"(checksum {runner.Sink})");
        return 0;
    }

    private static string RatioRow(string name, List<Measurement> results, string top, string bottom, int threads)
    {
        string row = string.Create(CultureInfo.InvariantCulture, $"| {name} | {Ratio(results, top, bottom, 1):F3} |");
        return threads > 1 ? row + string.Create(CultureInfo.InvariantCulture, $" {Ratio(results, top, bottom, threads):F3} |") : row;
    }

    private static double Ratio(List<Measurement> results, string top, string bottom, int threads) =>
        Find(results, top, threads).ArticlesPerSecond / Find(results, bottom, threads).ArticlesPerSecond;

    private static double Scaling(List<Measurement> results, string label, int threads) =>
        Find(results, label, threads).ArticlesPerSecond / Find(results, label, 1).ArticlesPerSecond;

    private static Measurement Find(List<Measurement> results, string label, int threads) =>
        results.First(m => m.Label == label && m.Threads == threads);
}
