using System.Text;
using Mizan.NameUsage;

// Usage: dotnet run -c Release --project tools/Mizan.NameUsage -- <shared/corpus folder> [<output tsv>]
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: Mizan.NameUsage <corpus folder, e.g. /work/shared/corpus> [<output, default data/geo/name-usage.tsv>]");
    return 2;
}

string output = args.Length > 1 ? args[1] : Path.Combine("data", "geo", "name-usage.tsv");
var counter = NameUsageCounter.FromEmbeddedGazetteer();
string[] files = [.. Directory.EnumerateFiles(args[0], "*.trec.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
if (files.Length == 0)
{
    Console.Error.WriteLine($"no *.trec.gz files under {args[0]}");
    return 1;
}

foreach (string file in files)
{
    counter.CountTrecFile(file);
}

string content = counter.Write(files.Select(f => Path.GetRelativePath(args[0], f)));
File.WriteAllText(output, content, new UTF8Encoding(false));
Console.WriteLine($"wrote {output} ({Encoding.UTF8.GetByteCount(content)} bytes, {counter.Words:N0} words read)");
return 0;
