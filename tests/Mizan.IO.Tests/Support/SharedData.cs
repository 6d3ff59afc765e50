using System.Runtime.CompilerServices;

namespace Mizan.IO.Tests.Support;

/// <summary>
/// Finds the project's read-only shared material (/work/shared: seed article, eval data,
/// corpus): the MIZAN_SHARED environment variable, else a folder <c>shared/</c> next to the
/// repository, found by walking up from the test binaries or from this source file.
/// Fails with a clear message when it cannot be found.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    public static string SeedArticle => Path("seed", "000_8a5884cea243e787.txt");

    public static string DevTrec => Path("eval", "articles", "ant2-dev.trec");

    public static string BbcMiddleEast => Path("corpus", "ant2", "BBC-middleEast.trec.gz");

    private static string Locate() => LocateFrom(AppContext.BaseDirectory, ThisFile());

    private static string LocateFrom(string baseDirectory, string sourceFile)
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("MIZAN_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return IsShared(fromEnvironment)
                ? fromEnvironment
                : throw new InvalidOperationException($"MIZAN_SHARED is '{fromEnvironment}', which does not hold eval/README.md.");
        }

        foreach (string start in new[] { baseDirectory, System.IO.Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = System.IO.Path.Combine(dir.FullName, "shared");
                if (IsShared(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"The shared data folder was not found: set MIZAN_SHARED, or put 'shared/' next to the repository (searched up from {baseDirectory} and {sourceFile}).");
    }

    private static bool IsShared(string folder) => File.Exists(System.IO.Path.Combine(folder, "eval", "README.md"));

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
