using System.Text;
using Mizan.GazetteerBuilder;

// Usage: dotnet run --project tools/Mizan.GazetteerBuilder -- <shared/geo folder> [<data/geo folder>]
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: Mizan.GazetteerBuilder <geonames folder, e.g. /work/shared/geo> [<data/geo folder of the repository>]");
    return 2;
}

string geoNames = args[0];
string dataGeo = args.Length > 1 ? args[1] : Path.Combine("data", "geo");
try
{
    IReadOnlyDictionary<string, string> files = GazetteerGenerator.Generate(geoNames, dataGeo);
    foreach ((string name, string content) in files)
    {
        string path = Path.Combine(dataGeo, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        Console.WriteLine($"wrote {path} ({Encoding.UTF8.GetByteCount(content)} bytes, {content.Count(c => c == '\n')} lines)");
    }

    return 0;
}
catch (Exception e) when (e is GeneratorException or IOException or System.Text.Json.JsonException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
