using System.Diagnostics;

namespace Mizan.Bench;

/// <summary>
/// <c>profile</c>: Mizan's full extraction alone, on one thread, over and over for a while: a steady
/// load to sample with a profiler (<c>DOTNET_PerfMapEnabled=1 perf record -g ...</c>).
/// </summary>
internal static class ProfileCommand
{
    public static int Run(BenchOptions options, TextWriter output)
    {
        BenchCorpus corpus = BenchCorpus.Load(options.CorpusFolder, options.Articles);
        MizanEngine engine = MizanEngine.CreateDefault();
        var clock = Stopwatch.StartNew();
        long articles = 0, events = 0;
        while (clock.Elapsed.TotalSeconds < options.WarmUpSeconds + options.Seconds)
        {
            foreach (Pipeline.Article article in corpus.Articles)
            {
                events += engine.Process(article).Events.Length;
            }

            articles += corpus.Count;
        }

        output.WriteLine($"{articles:N0} articles, {events:N0} events in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
