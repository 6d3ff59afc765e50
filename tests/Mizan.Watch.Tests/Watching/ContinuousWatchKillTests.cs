using Mizan.Testing;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Mizan.Watch.Tests.Support;

namespace Mizan.Watch.Tests.Watching;

/// <summary>
/// A real <c>mizan watch</c> left running (no <c>--once</c>): its first poll stores the six items
/// the feed has, the feed grows to twelve, and the process is killed (SIGKILL) in the middle of
/// its second poll. Run again, it stores the rest: the store equals that of a clean run.
/// </summary>
public sealed class ContinuousWatchKillTests : IAsyncLifetime
{
    private const int Articles = 12;
    private const int FirstPoll = 6;

    private readonly TempFolder _folder = new();
    private TestWebServer _server = null!;
    private volatile bool _grown;

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        // Slow pages, so that the kill lands between articles of a poll.
        var items = KillTestSite.MapSlowPages(_server, Articles, TimeSpan.FromMilliseconds(200), i => $"<p>وأفاد مراسل الصحيفة في تقريره رقم {i + 1} بأن السلطات المحلية فتحت تحقيقا في ملابسات الحادث.</p>", "Mon, 30 Nov 2026 02:10:00 +0300");

        // The watched feed holds the first six items until the test lets it grow; the clean
        // run reads all twelve at once.
        byte[] first = Encoding.UTF8.GetBytes(NewsSite.Rss([.. items.Take(FirstPoll)]));
        byte[] all = Encoding.UTF8.GetBytes(NewsSite.Rss([.. items]));
        _server.Map("/rss.xml", context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            return context.Response.Body.WriteAsync(_grown ? all : first).AsTask();
        });
        _server.Text("/all.xml", NewsSite.Rss([.. items]), "application/rss+xml");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_running_watch_killed_in_the_middle_of_a_poll_and_started_again_equals_a_clean_run()
    {
        string clean = _folder.File("clean.db");
        string resumed = _folder.File("resumed.db");
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        using (Process once = MizanExecutable.Start("watch", _folder.Write("all.txt", $"{_server.Url("/all.xml")} 1h sahel\n"), "--once", "--db", clean, "--host-delay", "0", "--timeout", "10"))
        {
            Task<string> error = once.StandardError.ReadToEndAsync(guard.Token);
            await once.WaitForExitAsync(guard.Token);
            Assert.True(once.ExitCode == 0, $"exit code {once.ExitCode}: {await error}");
        }

        Assert.Equal(Articles, SqliteRows.Count(clean, "articles"));

        // Polled every 10 seconds, the shortest interval a feeds file allows.
        string feeds = _folder.Write("feeds.txt", $"{_server.Url("/rss.xml")} 10s sahel\n");
        using (var killed = new WatchProcess(feeds, resumed))
        {
            await killed.WaitForLineAsync(new Regex($@"sahel: {FirstPoll} new, 0 known"), guard.Token);
            Assert.Equal(FirstPoll, SqliteRows.Count(resumed, "articles"));
            _grown = true;
            while (SqliteRows.Count(resumed, "articles") < FirstPoll + 2)
            {
                Assert.False(killed.Process.HasExited, $"the watch ended before it could be killed: {killed.Errors}");
                await Task.Delay(10, guard.Token);
            }

            killed.Process.Kill(entireProcessTree: true);
            await killed.Process.WaitForExitAsync(guard.Token);
        }

        Assert.InRange(SqliteRows.Count(resumed, "articles"), FirstPoll + 2, Articles - 1);

        using (var again = new WatchProcess(feeds, resumed))
        {
            // A poll line is written once what it announces is stored and linked.
            await again.WaitForLineAsync(new Regex(@"sahel: [1-9]\d* new"), guard.Token);
            again.Process.Kill(entireProcessTree: true);
            await again.Process.WaitForExitAsync(guard.Token);
        }

        KillTestSite.AssertSameRows(clean, resumed);
    }


    /// <summary>A running <c>mizan watch</c> whose standard error is read line by line.</summary>
    private sealed class WatchProcess : IDisposable
    {
        private readonly List<string> _lines = [];
        private readonly SemaphoreSlim _arrived = new(0);
        private readonly Task _reading;

        public WatchProcess(string feeds, string db)
        {
            Process = MizanExecutable.Start("watch", feeds, "--db", db, "--host-delay", "0", "--timeout", "10");
            _reading = Task.Run(async () =>
            {
                while (await Process.StandardError.ReadLineAsync() is { } line)
                {
                    lock (_lines)
                    {
                        _lines.Add(line);
                    }

                    _arrived.Release();
                }

                _arrived.Release();
            });
        }

        public Process Process { get; }

        public string Errors
        {
            get
            {
                lock (_lines)
                {
                    return string.Join("\n", _lines);
                }
            }
        }

        /// <summary>Waits for a line of standard error that matches; fails when the process ends first.</summary>
        public async Task WaitForLineAsync(Regex pattern, CancellationToken cancellationToken)
        {
            while (true)
            {
                lock (_lines)
                {
                    if (_lines.Exists(pattern.IsMatch))
                    {
                        return;
                    }
                }

                Assert.False(_reading.IsCompleted, $"mizan watch ended (exit code {(Process.HasExited ? Process.ExitCode : 0)}) before writing a line matching {pattern}:\n{Errors}");
                await _arrived.WaitAsync(cancellationToken);
            }
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }

            _reading.Wait(TimeSpan.FromSeconds(10));
            Process.Dispose();
            _arrived.Dispose();
        }
    }
}
