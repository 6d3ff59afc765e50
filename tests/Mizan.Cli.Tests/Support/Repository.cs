using System.Runtime.CompilerServices;

namespace Mizan.Cli.Tests.Support;

/// <summary>Files of the repository itself (samples), found by walking up from this source file.</summary>
internal static class Repository
{
    public static string Samples(string name) => Find(Path.Combine("samples", name));

    /// <summary>A file of the repository by its path from the root (<c>data/models/event-scorer.tsv</c>).</summary>
    public static string Find(string relative)
    {
        for (DirectoryInfo? dir = new(Path.GetDirectoryName(ThisFile())!); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"{relative} was not found above {ThisFile()}.");
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
