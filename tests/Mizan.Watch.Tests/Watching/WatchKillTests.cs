using Mizan.Testing;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Mizan.Watch.Tests.Support;

namespace Mizan.Watch.Tests.Watching;

/// <summary>
/// A real <c>mizan watch --once</c> killed (SIGKILL) while it stores a feed's articles, then run
/// again: the store equals that of a clean run, nothing lost and nothing twice.
/// </summary>
public sealed class WatchKillTests : IAsyncLifetime
{
    private const int Articles = 12;

    private readonly TempFolder _folder = new();
    private TestWebServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        // Slow pages, so that the kill lands between articles.
        var items = KillTestSite.MapSlowPages(_server, Articles, TimeSpan.FromMilliseconds(150), i => $"<p>وذكرت الصحيفة أن مراسلها تابع الحادث في التقرير {i + 1} من سلسلة تقارير الأسبوع.</p>", "Sat, 28 Nov 2026 12:00:00 GMT");

        _server.Text("/rss.xml", NewsSite.Rss([.. items]), "application/rss+xml");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_watch_killed_midway_and_run_again_equals_a_clean_run()
    {
        string feeds = _folder.Write("feeds.txt", $"{_server.Url("/rss.xml")} 1m sahel\n");
        string clean = _folder.File("clean.db");
        string resumed = _folder.File("resumed.db");

        await RunToEnd(feeds, clean);
        Assert.Equal(Articles, SqliteRows.Count(clean, "articles"));

        using (Process killed = MizanExecutable.Start("watch", feeds, "--once", "--db", resumed, "--host-delay", "0", "--timeout", "10"))
        {
            using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (SqliteRows.Count(resumed, "articles") < 3)
            {
                Assert.False(killed.HasExited, $"the watch ended (exit code {(killed.HasExited ? killed.ExitCode : 0)}) before it could be killed");
                await Task.Delay(10, guard.Token);
            }

            killed.Kill(entireProcessTree: true);
            await killed.WaitForExitAsync(guard.Token);
        }

        Assert.InRange(SqliteRows.Count(resumed, "articles"), 3, Articles - 1);

        await RunToEnd(feeds, resumed);

        KillTestSite.AssertSameRows(clean, resumed);
    }

    private static async Task RunToEnd(string feeds, string db)
    {
        using Process process = MizanExecutable.Start("watch", feeds, "--once", "--db", db, "--host-delay", "0", "--timeout", "10");
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(guard.Token);
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {await error}");
    }
}
