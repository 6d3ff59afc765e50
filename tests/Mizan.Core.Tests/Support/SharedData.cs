namespace Mizan.Tests.Support;

/// <summary>
/// Finds the read-only <c>shared/</c> folder of the workplace (evaluation data, corpus, seed):
/// <c>MIZAN_SHARED</c> when set, else a <c>shared/</c> folder next to a parent of the test
/// binaries or of this source file. Tests that need it fail with a clear message when it is absent.
/// </summary>
public static class SharedData
{
    /// <summary>The shared folder.</summary>
    public static string Folder { get; } = Locate();

    /// <summary>The full path of a file under the shared folder; a clear failure when it is missing.</summary>
    public static string PathOf(string relative)
    {
        string path = Path.Combine(Folder, relative);
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new InvalidOperationException($"shared/{relative} was not found under {Folder}; set MIZAN_SHARED to the shared folder");
    }

    /// <summary>The founding article's text.</summary>
    public static string SeedText => File.ReadAllText(PathOf("seed/000_8a5884cea243e787.txt"));

    private static string Locate([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        if (Environment.GetEnvironmentVariable("MIZAN_SHARED") is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (string start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? string.Empty })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "eval")))
                {
                    return candidate;
                }
            }
        }

        return Path.Combine("..", "shared");
    }
}
