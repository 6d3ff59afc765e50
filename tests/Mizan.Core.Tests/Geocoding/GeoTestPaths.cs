using System.Runtime.CompilerServices;

namespace Mizan.Tests.Geocoding;

/// <summary>Where the repository and the shared GeoNames extracts are, for the tests that need files.</summary>
internal static class GeoTestPaths
{
    /// <summary>
    /// The repository root: the folder holding Mizan.slnx above the test binaries, or (when
    /// they are built into an artifacts folder elsewhere) above this source file.
    /// </summary>
    public static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (string start in (string[])[AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty])
        {
            for (DirectoryInfo? dir = start.Length == 0 ? null : new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Mizan.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"no Mizan.slnx above {AppContext.BaseDirectory} or {sourceFile}: run the tests from a clone of the repository");
    }

    /// <summary>shared/geo: from MIZAN_SHARED, or the 'shared' folder next to the repository.</summary>
    public static string SharedGeo()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("MIZAN_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Checked(Path.Combine(fromEnvironment, "geo"));
        }

        for (DirectoryInfo? dir = new(RepositoryRoot()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "geo");
            if (Directory.Exists(candidate))
            {
                return Checked(candidate);
            }
        }

        throw new InvalidOperationException("the shared data folder (shared/geo with the GeoNames extracts) was not found next to the repository; set MIZAN_SHARED to the shared folder");
    }

    private static string Checked(string geo) =>
        File.Exists(Path.Combine(geo, "geonames-cities15000.txt.gz"))
            ? geo
            : throw new InvalidOperationException($"{geo} has no geonames-cities15000.txt.gz; set MIZAN_SHARED to the shared folder");
}
