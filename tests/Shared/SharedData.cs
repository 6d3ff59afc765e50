using System.Runtime.CompilerServices;

namespace Mizan.Testing;

/// <summary>
/// The project's read-only shared material (the founding article, the corpus), one source file
/// compiled into every test project that reads it: MIZAN_SHARED,
/// else a folder <c>shared/</c> next to the repository, found by walking up from the test
/// binaries or from this source file. Fails with a clear message when it cannot be found.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    /// <summary>The founding article.</summary>
    public static string SeedArticle => Path("seed", "000_8a5884cea243e787.txt");

    /// <summary>The development articles of the evaluation, as TREC.</summary>
    public static string DevTrec => Path("eval", "articles", "ant2-dev.trec");

    /// <summary>One gzip TREC file of the corpus.</summary>
    public static string BbcMiddleEast => Path("corpus", "ant2", "BBC-middleEast.trec.gz");

    /// <summary>The repository (the folder holding Mizan.slnx), from this source file's place.</summary>
    public static string Repository()
    {
        for (DirectoryInfo? dir = new(System.IO.Path.GetDirectoryName(ThisFile()) ?? "."); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Mizan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository (a folder with Mizan.slnx) was not found above " + ThisFile());
    }

    private static string Locate()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("MIZAN_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return IsShared(fromEnvironment)
                ? fromEnvironment
                : throw new InvalidOperationException($"MIZAN_SHARED is '{fromEnvironment}', which does not hold eval/README.md.");
        }

        foreach (string start in new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(ThisFile()) ?? string.Empty })
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
            $"The shared data folder was not found: set MIZAN_SHARED, or put 'shared/' next to the repository (searched up from {AppContext.BaseDirectory}).");
    }

    private static bool IsShared(string folder) => File.Exists(System.IO.Path.Combine(folder, "eval", "README.md"));

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
