using System.Runtime.CompilerServices;

namespace Mizan.Cli.Tests.Support;

/// <summary>Files of the repository itself (samples), found by walking up from this source file.</summary>
internal static class Repository
{
    public static string Samples(string name)
    {
        for (DirectoryInfo? dir = new(Path.GetDirectoryName(ThisFile())!); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "samples", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"samples/{name} was not found above {ThisFile()}.");
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
