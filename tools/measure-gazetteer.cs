#:project ../src/Mizan.Core/Mizan.Core.csproj
// Measures the gazetteer's load time and memory (docs/gazetteer.md):
//   dotnet run -c Release tools/measure-gazetteer.cs
using System.Diagnostics;
using Mizan.Geocoding;
using Mizan.Languages.Arabic;

long before = GC.GetTotalMemory(forceFullCollection: true);
var clock = Stopwatch.StartNew();
Gazetteer first = Gazetteer.LoadEmbedded(ArabicLanguagePack.Instance);
double firstMs = clock.Elapsed.TotalMilliseconds;
long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
var times = new List<double>();
for (int i = 0; i < 10; i++)
{
    clock.Restart();
    Gazetteer again = Gazetteer.LoadEmbedded(ArabicLanguagePack.Instance);
    times.Add(clock.Elapsed.TotalMilliseconds);
    GC.KeepAlive(again);
}

times.Sort();
var recognizer = new PlaceRecognizer(first, PlaceRecognizer.LoadCues(ArabicLanguagePack.Instance));
long withIndex = GC.GetTotalMemory(forceFullCollection: true) - before;
Console.WriteLine($"places {first.Places.Length:N0}, regions {first.Admin1Regions.Length:N0}, countries {first.Countries.Length:N0}, Arabic names {first.ArabicNames().Count():N0}");
Console.WriteLine($"first load {firstMs:F0} ms (with JIT); warm loads: fastest {times[0]:F0} ms, median {times[times.Count / 2]:F0} ms");
Console.WriteLine($"managed memory retained: gazetteer {retained / 1048576.0:F1} MB; with the recogniser's phrase index {withIndex / 1048576.0:F1} MB");
GC.KeepAlive(recognizer);
GC.KeepAlive(first);
