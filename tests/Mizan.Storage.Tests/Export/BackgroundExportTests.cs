using System.Text;
using System.Text.Json;
using Mizan.Cli;
using Mizan.Events;
using Mizan.Reconciliation;
using Mizan.Storage.Export;
using Mizan.Storage.Tests.Support;
using static Mizan.Storage.Tests.Support.Build;

namespace Mizan.Storage.Tests.Export;

/// <summary>
/// Background incidents (every report tells them as past context) are stored but left out of
/// every export unless <c>--include-background</c> asks for them, and the command says how many.
/// </summary>
public sealed class BackgroundExportTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public BackgroundExportTests()
    {
        _path = _folder.File("background.db");
        using IEventStore store = EventStores.Open(_path, create: true);
        store.Write(
            [
                Record("news-1", "12 جنديا في كيدال", Assault("ev-news", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("article", SourceKind.Unattributed, 12)])),
                Record("recall-1", "300 في غاو منذ 2012", Assault("ev-recall", Gao(), Day(June2), [Gunmen(), Army()], [Killed("article", SourceKind.Unattributed, 300)]) with { Background = true }),
            ],
            []);
        store.RebuildIncidents(new IncidentReconciler());
    }

    [Theory]
    [InlineData("acled")]
    [InlineData("ucdp")]
    [InlineData("geojson")]
    [InlineData("jsonl")]
    public async Task Background_incidents_are_left_out_of_every_format_and_the_command_says_how_many(string format)
    {
        (string output, string error) = await Export(format);

        Assert.Contains("in-news", output, StringComparison.Ordinal);
        Assert.DoesNotContain("in-recall", output, StringComparison.Ordinal);
        Assert.Contains("1 matching background incidents left out", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acled")]
    [InlineData("ucdp")]
    [InlineData("geojson")]
    [InlineData("jsonl")]
    public async Task Include_background_exports_them_too(string format)
    {
        (string output, string error) = await Export(format, "--include-background");

        Assert.Contains("in-news", output, StringComparison.Ordinal);
        Assert.Contains("in-recall", output, StringComparison.Ordinal);
        Assert.DoesNotContain("background incidents left out", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exported_background_incidents_are_marked()
    {
        (string geojson, _) = await Export("geojson", "--include-background");
        (string jsonl, _) = await Export("jsonl", "--include-background");
        (string acled, _) = await Export("acled", "--include-background");

        JsonElement features = JsonDocument.Parse(geojson).RootElement.GetProperty("features");
        Assert.True(Assert.Single(features.EnumerateArray(), f => f.GetProperty("id").GetString() == "in-recall").GetProperty("properties").GetProperty("background").GetBoolean());
        Assert.False(Assert.Single(features.EnumerateArray(), f => f.GetProperty("id").GetString() == "in-news").GetProperty("properties").GetProperty("background").GetBoolean());
        JsonElement recall = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).Single(l => l.GetProperty("id").GetString() == "in-recall");
        Assert.True(recall.GetProperty("background").GetBoolean());
        List<string[]> rows = ExportCommandTests.Csv(acled);
        string[] row = Assert.Single(rows, r => r[0] == "in-recall");
        Assert.Contains("Background", row[Array.IndexOf(rows[0], "notes")], StringComparison.Ordinal);
    }

    [Fact]
    public void The_exporter_counts_what_it_left_out_as_background_apart_from_the_formats_scope()
    {
        using IEventStore store = EventStores.Open(_path, create: false);
        using var output = new MemoryStream();

        ExportCounts counts = IncidentExporter.Write(ExportFormat.Acled, store.ReadIncidents(EventFilter.All), output);

        Assert.Equal(new ExportCounts(1, 0, 1), counts);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<(string Output, string Error)> Export(string format, params string[] options)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = await MizanCli.RunAsync(["export", "--format", format, "--db", _path, .. options], new MemoryStream(), output, error);
        Assert.True(code == 0, $"exit code {code}: {error}");
        return (Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
