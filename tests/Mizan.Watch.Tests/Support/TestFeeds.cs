namespace Mizan.Watch.Tests.Support;

/// <summary>The feed files written for these tests (<c>Feeds/Data</c>), with <c>{site}</c> replaced by the test server's address.</summary>
internal static class TestFeeds
{
    public static string Read(string name, string site) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Feeds", "Data", name)).Replace("{site}", site.TrimEnd('/'), StringComparison.Ordinal);
}
