namespace Mizan.Bench;

/// <summary>Finds the read-only shared material (<c>../shared</c> next to the repository).</summary>
internal static class SharedFolder
{
    /// <summary>
    /// The shared folder: <c>MIZAN_SHARED</c> when set, else the first <c>shared/</c> found walking
    /// up from the program's folder, then from the current folder.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No shared folder was found.</exception>
    public static string Locate()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("MIZAN_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new DirectoryNotFoundException($"MIZAN_SHARED names '{fromEnvironment}', which is not a folder.");
        }

        foreach (string start in (string[])[AppContext.BaseDirectory, Directory.GetCurrentDirectory()])
        {
            for (DirectoryInfo? folder = new(start); folder is not null; folder = folder.Parent)
            {
                string candidate = Path.Combine(folder.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "corpus")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/ folder with a corpus/ was found above {AppContext.BaseDirectory} or the current folder; set MIZAN_SHARED to it.");
    }
}
