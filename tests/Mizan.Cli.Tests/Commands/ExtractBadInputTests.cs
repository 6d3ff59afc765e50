using Mizan.Testing;
using System.Text;
using Mizan.Cli.Tests.Support;

namespace Mizan.Cli.Tests.Commands;

/// <summary>Every kind of bad input: the message names file and line, the others are still written.</summary>
public sealed class ExtractBadInputTests : IDisposable
{
    private const string Good1 = """{"id":"g1","text":"قتل ثلاثة أشخاص في اشتباك مسلح."}""";
    private const string Good2 = """{"id":"g2","text":"تظاهر العشرات أمام الوزارة."}""";

    private readonly TempFolder _folder = new();
    private readonly string _good;

    public ExtractBadInputTests()
    {
        _good = _folder.Write("good.txt", "نص سليم");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Missing_file_is_reported_and_the_good_file_written()
    {
        string missing = Path.Combine(_folder.Root, "missing.txt");

        CliRun run = await CliRun.RunAsync("extract", missing, _good);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["good"], run.Ids);
        Assert.Equal($"mizan: {missing}: no such file or folder [file-not-found]", run.ErrorLines[0]);
        Assert.Equal("mizan: 1 article read, 1 written, 1 failed", run.Summary);
    }

    [Fact]
    public async Task Nothing_readable_exits_with_2()
    {
        CliRun run = await CliRun.RunAsync("extract", Path.Combine(_folder.Root, "missing.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal("mizan: 0 articles read, 0 written, 1 failed", run.Summary);
    }

    [Fact]
    public async Task Invalid_utf8_text_file_is_reported_with_its_line()
    {
        string bad = _folder.WriteBytes("bad.txt", [.. Encoding.UTF8.GetBytes("سطر\nسطر ثان "), 0xFE, (byte)'\n']);

        CliRun run = await CliRun.RunAsync("extract", bad, _good);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["good"], run.Ids);
        AssertError(run, bad, 2, "invalid-utf8");
    }

    [Fact]
    public async Task Invalid_utf8_json_line_skips_only_that_line()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Good1 + "\n{\"id\":\"bad\",\"text\":\"x"), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes("\"}\n" + Good2 + "\n")];
        string path = _folder.WriteBytes("in.jsonl", bytes);

        CliRun run = await CliRun.RunAsync("extract", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["g1", "g2"], run.Ids);
        AssertError(run, path, 2, "invalid-utf8");
    }

    [Fact]
    public async Task Malformed_json_line_is_reported_with_the_parser_message()
    {
        string path = _folder.Write("in.jsonl", $"{Good1}\n{{\"id\": \"x\", \"text\": \"unterminated}}\n{Good2}\n");

        CliRun run = await CliRun.RunAsync("extract", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["g1", "g2"], run.Ids);
        AssertError(run, path, 2, "json-malformed");
        Assert.Contains("not valid JSON", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_line_without_text_is_reported()
    {
        string path = _folder.Write("in.jsonl", $"{Good1}\n{{\"id\":\"no-text\"}}\n{Good2}\n");

        CliRun run = await CliRun.RunAsync("extract", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["g1", "g2"], run.Ids);
        AssertError(run, path, 2, "json-missing-field");
    }

    [Fact]
    public async Task Truncated_gzip_keeps_the_articles_before_the_cut()
    {
        // A real gzip cut in half (the 12 dev articles, compressed: small enough to process quickly).
        byte[] whole = TempFolder.Gzip(File.ReadAllBytes(SharedData.DevTrec));
        string path = _folder.WriteBytes("half.trec.gz", whole[..(whole.Length / 2)]);
        CliRun complete = await CliRun.RunAsync("extract", SharedData.DevTrec);

        CliRun run = await CliRun.RunAsync("extract", path, _good);

        Assert.Equal(1, run.ExitCode);
        Assert.InRange(run.Lines.Count, 3, 11);
        Assert.Equal(complete.Ids.Take(run.Lines.Count - 1), run.Ids.SkipLast(1));
        Assert.Equal("good", run.Ids[^1]);
        string error = Assert.Single(run.ErrorLines, l => l.EndsWith("[gzip-truncated]", StringComparison.Ordinal));
        Assert.Matches($"^mizan: {System.Text.RegularExpressions.Regex.Escape(path)}:[0-9]+: gzip data ends", error);
    }

    [Fact]
    public async Task Empty_file_is_reported_and_the_good_file_written()
    {
        string empty = _folder.Write("empty.txt", string.Empty);

        CliRun run = await CliRun.RunAsync("extract", empty, _good);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["good"], run.Ids);
        Assert.Equal($"mizan: {empty}: the file is empty [empty-input]", run.ErrorLines[0]);
    }

    [Fact]
    public async Task Empty_standard_input_exits_with_2()
    {
        CliRun run = await CliRun.RunAsync([], "extract", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("mizan: <stdin>: standard input is empty [empty-input]", run.ErrorLines[0]);
    }

    [Fact]
    public async Task Line_over_the_record_limit_is_reported_and_the_next_line_written()
    {
        string huge = $"{{\"id\":\"huge\",\"text\":\"{new string('ق', 2_200_000)}\"}}";
        string path = _folder.Write("in.jsonl", $"{Good1}\n{huge}\n{Good2}\n");

        CliRun run = await CliRun.RunAsync("extract", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["g1", "g2"], run.Ids);
        AssertError(run, path, 2, "record-too-large");
    }

    [Fact]
    public async Task Record_limit_can_be_lowered()
    {
        string path = _folder.Write("in.jsonl", $"{Good1}\n{Good2}\n");
        int limit = Encoding.UTF8.GetByteCount(Good2);
        Assert.True(Encoding.UTF8.GetByteCount(Good1) > limit);

        CliRun run = await CliRun.RunAsync("extract", path, "--max-record-bytes", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["g2"], run.Ids);
        AssertError(run, path, 1, "record-too-large");
    }

    [Fact]
    public async Task Unterminated_doc_is_reported_after_the_complete_records()
    {
        string trec = File.ReadAllText(SharedData.DevTrec) + "<DOC>\n<DOCNO>cut</DOCNO>\n<TEXT>\nنص\n";
        string path = _folder.Write("cut.trec", trec);
        int docLine = trec.Split('\n').Length - 4;

        CliRun run = await CliRun.RunAsync("extract", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(12, run.Lines.Count);
        AssertError(run, path, docLine, "trec-unterminated-doc");
    }

    [Fact]
    public async Task Errors_are_reported_in_input_order_with_several_threads()
    {
        string a = _folder.Write("a.jsonl", $"{Good1}\nbad line\n");
        string b = _folder.Write("b.jsonl", $"{{\"id\":\"x\"}}\n{Good2}\n");

        CliRun run = await CliRun.RunAsync("extract", "--threads", "4", a, Path.Combine(_folder.Root, "missing"), b);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["g1", "g2"], run.Ids);
        Assert.EndsWith("[json-malformed]", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.EndsWith("[file-not-found]", run.ErrorLines[1], StringComparison.Ordinal);
        Assert.EndsWith("[json-missing-field]", run.ErrorLines[2], StringComparison.Ordinal);
        Assert.Equal("mizan: 2 articles read, 2 written, 3 failed", run.Summary);
    }

    [Fact]
    public async Task Publication_date_that_is_no_date_is_a_warning_and_the_article_is_extracted_undated()
    {
        string path = _folder.Write("in.jsonl", $"{Good1}\n{{\"id\":\"d\",\"text\":\"قتل جندي في هجوم.\",\"published\":\"mardi\"}}\n{Good2}\n");

        CliRun run = await CliRun.RunAsync("extract", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["g1", "d", "g2"], run.Ids);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, run.Lines[1].GetProperty("article").GetProperty("published").ValueKind);
        Assert.StartsWith($"mizan: warning: {path}:2: \"published\" of d is \"mardi\"", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.EndsWith("[invalid-date]", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("mizan: 3 articles read, 3 written, 0 failed, 1 warning", run.Summary);
    }

    private static void AssertError(CliRun run, string file, int line, string code)
    {
        string expectedStart = $"mizan: {file}:{line}: ";
        Assert.Contains(run.ErrorLines, l => l.StartsWith(expectedStart, StringComparison.Ordinal) && l.EndsWith($"[{code}]", StringComparison.Ordinal));
    }
}
