using System.Diagnostics;

namespace Mizan.Bench;

/// <summary>
/// Times a piece of work over every article of a corpus, on one thread or several, after a
/// warm-up, repeating whole passes until a minimum time has gone by.
/// </summary>
internal sealed class ThroughputRunner
{
    private readonly BenchCorpus _corpus;
    private readonly long[] _bytes;
    private long _sink;

    public ThroughputRunner(BenchCorpus corpus)
    {
        _corpus = corpus;
        _bytes = [.. corpus.Texts.Select(t => (long)System.Text.Encoding.UTF8.GetByteCount(t))];
    }

    /// <summary>The checksum of everything the work returned (printed so that nothing is optimised away).</summary>
    public long Sink => _sink;

    /// <summary>Runs <paramref name="work"/> over the first articles for about <paramref name="seconds"/> (JIT tiers, caches).</summary>
    public void WarmUp(Func<int, long> work, double seconds)
    {
        var clock = Stopwatch.StartNew();
        int i = 0;
        long sink = 0;
        do
        {
            sink += work(i);
            i = (i + 1) % _corpus.Count;
        }
        while (clock.Elapsed.TotalSeconds < seconds);

        _sink += sink;
    }

    /// <summary>Whole passes over the corpus on one thread until <paramref name="minSeconds"/> have gone by.</summary>
    public Measurement SingleThread(string label, string name, Func<int, long> work, double minSeconds)
    {
        Settle();
        long articles = 0, bytes = 0, sink = 0;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        TimeSpan cpuBefore = CpuTime();
        var clock = Stopwatch.StartNew();
        do
        {
            for (int i = 0; i < _corpus.Count; i++)
            {
                sink += work(i);
                bytes += _bytes[i];
            }

            articles += _corpus.Count;
        }
        while (clock.Elapsed.TotalSeconds < minSeconds);

        double seconds = clock.Elapsed.TotalSeconds;
        double cpu = (CpuTime() - cpuBefore).TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        _sink += sink;
        return new Measurement(label, name, 1, articles, bytes, seconds, allocated, cpu);
    }

    /// <summary>
    /// Whole passes over the corpus shared by <paramref name="threads"/> threads (each takes the next
    /// article from a counter) until <paramref name="minSeconds"/> have gone by.
    /// </summary>
    public Measurement MultiThread(string label, string name, Func<int, long> work, int threads, double minSeconds)
    {
        Settle();
        long articles = 0, bytes = 0;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan cpuBefore = CpuTime();
        var clock = Stopwatch.StartNew();
        do
        {
            int next = -1;
            long sink = 0;
            var workers = new Thread[threads];
            for (int w = 0; w < threads; w++)
            {
                workers[w] = new Thread(() =>
                {
                    long local = 0;
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < _corpus.Count)
                    {
                        local += work(i);
                    }

                    Interlocked.Add(ref sink, local);
                });
                workers[w].Start();
            }

            foreach (Thread worker in workers)
            {
                worker.Join();
            }

            _sink += sink;
            articles += _corpus.Count;
            bytes += _bytes.Sum();
        }
        while (clock.Elapsed.TotalSeconds < minSeconds);

        double seconds = clock.Elapsed.TotalSeconds;
        double cpu = (CpuTime() - cpuBefore).TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new Measurement(label, name, threads, articles, bytes, seconds, allocated, cpu);
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
