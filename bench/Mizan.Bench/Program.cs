using BenchmarkDotNet.Running;
using Mizan.Bench;

// mizan-bench throughput [--articles N|all] [--seconds S] [--warmup S] [--threads T] [--corpus DIR] [--no-stages]
// mizan-bench stages [--articles N|all] [--warmup S] [--corpus DIR]
// mizan-bench profile [--articles N|all] [--seconds S] [--warmup S]   (a steady load for perf)
// mizan-bench dump FILES...
// mizan-bench serve-load --url http://127.0.0.1:PORT [--concurrency N] [--requests N] [--seconds S] [--warmup-requests N] [--timeout S]
// mizan-bench [BenchmarkDotNet options, e.g. --filter '*']
if (args.Length > 0 && args[0] == "throughput")
{
    return ThroughputCommand.Run(BenchOptions.Parse(args[1..]), Console.Out);
}

if (args.Length > 0 && args[0] == "stages")
{
    BenchOptions options = BenchOptions.Parse(args[1..]);
    StageBreakdown.Run(Mizan.MizanEngine.CreateDefault(), BenchCorpus.Load(options.CorpusFolder, options.Articles), Console.Out, options.WarmUpSeconds);
    return 0;
}

if (args.Length > 0 && args[0] == "profile")
{
    return ProfileCommand.Run(BenchOptions.Parse(args[1..]), Console.Out);
}

if (args.Length > 0 && args[0] == "dump")
{
    using Stream stdout = Console.OpenStandardOutput();
    using var buffered = new BufferedStream(stdout, 1 << 16);
    return LayerDump.Run(args[1..], buffered);
}

if (args.Length > 0 && args[0] == "serve-load")
{
    return await ServeLoadCommand.RunAsync(ServeLoadOptions.Parse(args[1..]), Console.Out);
}

// In process: no project is generated and rebuilt, so the program runs from any folder and any build output.
string[] benchmarkArgs = args.Contains("--inProcess") ? args : [.. args, "--inProcess"];
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(benchmarkArgs);
return 0;
