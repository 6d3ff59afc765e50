using Mizan.Testing;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using Mizan.Storage.Tests.Support;

namespace Mizan.Storage.Tests.Ingest;

/// <summary>
/// A real <c>mizan ingest</c> process over a slice of the corpus, killed midway (SIGKILL) and run
/// again: the store then equals the one a clean run gives, with no article lost and none twice.
/// </summary>
public sealed class IngestKillTests : IDisposable
{
    // Large enough that the kill lands midway: the ingest stores several hundred articles a second, and
    // 300 were once all stored between two looks at the store.
    private const int SliceSize = 1200;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_ingest_killed_midway_and_run_again_equals_a_clean_run()
    {
        string slice = WriteSlice(SharedData.Path("corpus", "ant2", "SkyNews-middleEast.trec.gz"), _folder.File("slice.trec"), SliceSize);
        string clean = _folder.File("clean.db");
        string resumed = _folder.File("resumed.db");

        await RunToEnd(slice, clean);

        // Small transactions, so that the kill lands between commits, with some committed.
        using (Process killed = MizanExecutable.Start("ingest", slice, "--db", resumed, "--commit-every", "5", "--threads", "2"))
        {
            long stored = 0;
            using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            while (stored < 20)
            {
                Assert.False(killed.HasExited, $"the ingest ended (exit code {(killed.HasExited ? killed.ExitCode : 0)}) before it could be killed; {stored} articles were stored");
                await Task.Delay(20, guard.Token);
                stored = SqliteRows.Count(resumed, "articles");
            }

            killed.Kill();
            await killed.WaitForExitAsync(guard.Token);
        }

        long atKill = SqliteRows.Count(resumed, "articles");
        Assert.InRange(atKill, 20, SliceSize - 1);

        await RunToEnd(slice, resumed);

        foreach (string query in Snapshots)
        {
            IReadOnlyList<string> expected = SqliteRows.Read(clean, query);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, SqliteRows.Read(resumed, query));
        }

        Assert.Equal(SliceSize, SqliteRows.Count(resumed, "articles"));
        Assert.Equal(SqliteRows.Count(resumed, "events"), SqliteRows.Read(resumed, "SELECT DISTINCT id FROM events").Count);
        Assert.Equal(SqliteRows.Count(resumed, "incident_events"), SqliteRows.Count(resumed, "events"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>Everything that must be the same: articles with their hashes, events, claims, incidents and their members.</summary>
    private static readonly string[] Snapshots =
    [
        "SELECT id || ' ' || content_hash FROM articles ORDER BY id",
        "SELECT id || ' ' || article_id || ' ' || type || ' ' || status FROM events ORDER BY id",
        "SELECT event_id || ' ' || ordinal || ' ' || source_name || ' ' || evidence_start FROM claims ORDER BY event_id, ordinal",
        "SELECT incident_id || ' ' || event_id || ' ' || ordinal FROM incident_events ORDER BY incident_id, event_id",
        "SELECT id || ' ' || COALESCE(fatalities_low, -1) || ' ' || COALESCE(fatalities_high, -1) || ' ' || report_count FROM incidents ORDER BY id",
    ];

    private static async Task RunToEnd(string input, string db)
    {
        using Process process = MizanExecutable.Start("ingest", input, "--db", db, "--commit-every", "5", "--threads", "2");
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(guard.Token);
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {await error}");
    }


    /// <summary>The first <paramref name="count"/> TREC records of a corpus file, as a plain TREC file.</summary>
    private static string WriteSlice(string corpusFile, string path, int count)
    {
        using var input = new StreamReader(new GZipStream(File.OpenRead(corpusFile), CompressionMode.Decompress), Encoding.UTF8);
        using var output = new StreamWriter(path, false, new UTF8Encoding(false));
        int written = 0;
        string? line;
        while (written < count && (line = input.ReadLine()) is not null)
        {
            output.Write(line);
            output.Write('\n');
            if (line.Trim() == "</DOC>")
            {
                written++;
            }
        }

        Assert.Equal(count, written);
        return path;
    }
}
