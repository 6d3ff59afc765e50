namespace Mizan.Watch.Tests.Support;

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("mizan-watch-tests-").FullName;

    public string File(string name) => Path.Combine(Root, name);

    public string Write(string name, string content)
    {
        string path = File(name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans temporary folders.
        }
    }
}
