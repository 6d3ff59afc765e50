using System.Globalization;

namespace Mizan.Bench;

/// <summary>Options of the <c>throughput</c> and <c>stages</c> commands.</summary>
internal sealed record BenchOptions
{
    /// <summary>Articles to load (spread evenly over the corpus); 0 for all.</summary>
    public int Articles { get; init; } = 4000;

    /// <summary>Minimum seconds of each timed run (whole passes are repeated until then).</summary>
    public double Seconds { get; init; } = 3;

    /// <summary>Seconds of warm-up per contender.</summary>
    public double WarmUpSeconds { get; init; } = 10;

    /// <summary>Threads of the all-cores run; 0 for one per logical core.</summary>
    public int Threads { get; init; }

    /// <summary>Whether to print the per-stage table.</summary>
    public bool Stages { get; init; } = true;

    /// <summary>The corpus folder; <c>shared/corpus/ant2</c> by default.</summary>
    public string CorpusFolder { get; init; } = string.Empty;

    /// <summary>Parses <c>--articles N|all --seconds S --warmup S --threads T --corpus DIR --no-stages</c>.</summary>
    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--articles" => options with { Articles = Count(Value()) },
                "--seconds" => options with { Seconds = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--warmup" => options with { WarmUpSeconds = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--threads" => options with { Threads = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--corpus" => options with { CorpusFolder = Value() },
                "--no-stages" => options with { Stages = false },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return options.CorpusFolder.Length > 0
            ? options
            : options with { CorpusFolder = Path.Combine(SharedFolder.Locate(), "corpus", "ant2") };
    }

    private static int Count(string value) => value == "all" ? 0 : int.Parse(value, CultureInfo.InvariantCulture);
}
