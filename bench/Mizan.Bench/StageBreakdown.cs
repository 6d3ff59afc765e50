using System.Diagnostics;
using System.Globalization;
using Mizan.Languages.Arabic;
using Mizan.Pipeline;

namespace Mizan.Bench;

/// <summary>Time and allocation per pipeline stage, one thread, summed over the corpus.</summary>
internal static class StageBreakdown
{
    /// <summary>
    /// Runs the pipeline stage by stage over every article and prints a table (markdown), after
    /// <paramref name="warmUpSeconds"/> of warm-up (so that the JIT has optimised the hot code).
    /// </summary>
    public static void Run(MizanEngine engine, BenchCorpus corpus, TextWriter output, double warmUpSeconds = 0)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var warmUp = Stopwatch.StartNew();
        for (int i = 0; warmUp.Elapsed.TotalSeconds < warmUpSeconds; i = (i + 1) % corpus.Count)
        {
            engine.Process(corpus.Articles[i]);
        }

        var stages = engine.Pipeline.Stages;
        int columns = stages.Length + 1;
        var ticks = new long[columns];
        var allocated = new long[columns];

        // Warm up on the first articles, then one measured pass.
        for (int pass = 0; pass < 2; pass++)
        {
            Array.Clear(ticks);
            Array.Clear(allocated);
            int count = pass == 0 ? Math.Min(corpus.Count, 300) : corpus.Count;
            for (int i = 0; i < count; i++)
            {
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                long t0 = Stopwatch.GetTimestamp();
                Document document = Document.Create(corpus.Articles[i], ArabicLanguagePack.Instance);
                long t1 = Stopwatch.GetTimestamp();
                long a1 = GC.GetAllocatedBytesForCurrentThread();
                ticks[0] += t1 - t0;
                allocated[0] += a1 - a0;
                for (int s = 0; s < stages.Length; s++)
                {
                    a0 = GC.GetAllocatedBytesForCurrentThread();
                    t0 = Stopwatch.GetTimestamp();
                    document = stages[s].Run(document, CancellationToken.None);
                    t1 = Stopwatch.GetTimestamp();
                    a1 = GC.GetAllocatedBytesForCurrentThread();
                    ticks[s + 1] += t1 - t0;
                    allocated[s + 1] += a1 - a0;
                }
            }
        }

        double totalMs = ticks.Sum() * 1000.0 / Stopwatch.Frequency;
        output.WriteLine($"Per stage, one thread, {corpus.Count:N0} articles (ms per article; bytes allocated per article):");
        output.WriteLine();
        output.WriteLine("| stage | ms / article | share | bytes / article |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        for (int s = 0; s < columns; s++)
        {
            string name = s == 0 ? "normalise" : stages[s - 1].Name;
            double ms = ticks[s] * 1000.0 / Stopwatch.Frequency;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {ms / corpus.Count:F4} | {100 * ms / totalMs:F1}% | {allocated[s] / corpus.Count:N0} |"));
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| **total** | **{totalMs / corpus.Count:F4}** | 100% | {allocated.Sum() / corpus.Count:N0} |"));
        output.WriteLine();
    }
}
