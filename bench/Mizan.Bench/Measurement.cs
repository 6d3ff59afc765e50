namespace Mizan.Bench;

/// <summary>One timed run of one contender over the corpus.</summary>
/// <param name="Label">Row label (a, b, c).</param>
/// <param name="Name">What ran.</param>
/// <param name="Threads">Threads used.</param>
/// <param name="Articles">Articles processed (all passes).</param>
/// <param name="Utf8Bytes">UTF-8 bytes of the texts processed (all passes).</param>
/// <param name="Seconds">Wall-clock time.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap during the run.</param>
/// <param name="CpuSeconds">Processor time of the whole process during the run (all threads, the GC's included).</param>
internal sealed record Measurement(string Label, string Name, int Threads, long Articles, long Utf8Bytes, double Seconds, long AllocatedBytes, double CpuSeconds)
{
    /// <summary>Articles per second of processor time: what the run would give with the cores to itself.</summary>
    public double ArticlesPerCpuSecond => Articles / CpuSeconds;

    public double ArticlesPerSecond => Articles / Seconds;

    public double MegabytesPerSecond => Utf8Bytes / Seconds / 1e6;

    public double AllocatedPerArticle => (double)AllocatedBytes / Articles;
}
