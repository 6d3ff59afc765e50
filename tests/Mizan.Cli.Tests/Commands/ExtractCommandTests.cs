using Mizan.Testing;
using System.Text;
using System.Text.Json;
using Mizan.Cli.Tests.Support;

namespace Mizan.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Good1 = """{"id":"g1","title":"عنوان","text":"قتل ثلاثة أشخاص في اشتباك مسلح.","published":"2018-06-02"}""";
    private const string Good2 = """{"id":"g2","text":"تظاهر العشرات أمام الوزارة."}""";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Seed_article_gives_one_line_whose_text_is_the_file()
    {
        CliRun run = await CliRun.RunAsync("extract", SharedData.SeedArticle);

        Assert.Equal(0, run.ExitCode);
        JsonElement line = Assert.Single(run.Lines);
        Assert.Equal("000_8a5884cea243e787", line.GetProperty("article").GetProperty("id").GetString());
        Assert.Equal(File.ReadAllText(SharedData.SeedArticle), line.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Array, line.GetProperty("events").ValueKind);
        Assert.Equal("mizan: 1 article read, 1 written, 0 failed", run.Summary);
    }

    [Fact]
    public async Task Samples_give_one_line_per_article_in_order()
    {
        CliRun run = await CliRun.RunAsync("extract", Repository.Samples("samples.jsonl"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["sample-clash-001", "sample-protest-002", "sample-culture-003"], run.Ids);
        JsonElement article = run.Lines[0].GetProperty("article");
        Assert.Equal("2024-03-12", article.GetProperty("published").GetString());
        Assert.Equal("ar", article.GetProperty("language").GetString());
        Assert.StartsWith(article.GetProperty("title").GetString() + "\n\n", run.Lines[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_readme_sample_clash_is_a_battle_between_the_army_and_the_armed_men()
    {
        CliRun run = await CliRun.RunAsync("extract", Repository.Samples("samples.jsonl"));

        JsonElement clash = run.Lines[0].GetProperty("events").EnumerateArray().First(e => e.GetProperty("type").GetString() == "ASSAULT");
        Assert.Equal("Battles", clash.GetProperty("acled").GetProperty("event_type").GetString());
        Assert.Equal("Armed clash", clash.GetProperty("acled").GetProperty("sub_event_type").GetString());
        var kinds = clash.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["state_forces", "unidentified_armed_group"], kinds);
    }

    [Fact]
    public async Task Trec_dev_file_gives_twelve_articles_with_dates()
    {
        CliRun run = await CliRun.RunAsync("extract", SharedData.DevTrec);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(12, run.Lines.Count);
        Assert.Equal("SK-middleEast-3494-20180902", run.Ids[0]);
        Assert.Equal("2018-09-02", run.Lines[0].GetProperty("article").GetProperty("published").GetString());
        Assert.Equal("mizan: 12 articles read, 12 written, 0 failed", run.Summary);
    }

    [Fact]
    public async Task Gzip_inputs_of_every_format_are_read()
    {
        string txt = _folder.WriteGzip("one.txt.gz", "نص المقال");
        string jsonl = _folder.WriteGzip("two.jsonl.gz", $"{Good1}\n{Good2}\n");
        string trec = _folder.WriteBytes("dev.trec.gz", TempFolder.Gzip(File.ReadAllBytes(SharedData.DevTrec)));

        CliRun run = await CliRun.RunAsync("extract", txt, jsonl, trec);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(15, run.Lines.Count);
        Assert.Equal(["one", "g1", "g2"], run.Ids.Take(3));
    }

    [Fact]
    public async Task Folder_is_read_in_path_order()
    {
        _folder.Write("in/b.txt", "باء");
        _folder.Write("in/a/z.jsonl", Good2);
        _folder.Write("in/.hidden.txt", "مخفي");

        CliRun run = await CliRun.RunAsync("extract", Path.Combine(_folder.Root, "in"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["g2", "b"], run.Ids);
    }

    [Fact]
    public async Task Standard_input_is_read_for_a_dash()
    {
        CliRun jsonl = await CliRun.RunAsync(Encoding.UTF8.GetBytes($"{Good1}\n{Good2}\n"), "extract", "-");
        CliRun trec = await CliRun.RunAsync(TempFolder.Gzip(File.ReadAllBytes(SharedData.DevTrec)), "extract", "-");
        CliRun text = await CliRun.RunAsync(Encoding.UTF8.GetBytes("نص من الدخل القياسي"), "extract", "-");

        Assert.Equal(["g1", "g2"], jsonl.Ids);
        Assert.Equal(12, trec.Lines.Count);
        Assert.Equal(["stdin"], text.Ids);
        Assert.All([jsonl, trec, text], run => Assert.Equal(0, run.ExitCode));
    }

    [Fact]
    public async Task Published_option_sets_every_article_date()
    {
        string path = _folder.Write("in.jsonl", $"{Good1}\n{Good2}\n");

        CliRun run = await CliRun.RunAsync("extract", path, "--published", "2020-01-31");

        Assert.All(run.Lines, l => Assert.Equal("2020-01-31", l.GetProperty("article").GetProperty("published").GetString()));
    }

    [Fact]
    public async Task An_article_stamped_in_the_small_hours_reports_today_as_the_day_before()
    {
        const string line = """{"id":"s1","text":"قتل ثلاثة جنود اليوم في هجوم شنه مسلحون على حاجز للجيش قرب مدينة كيدال شمالي مالي.","published":"2018-06-07T03:56:15+04:00"}""";
        string path = _folder.Write("in.jsonl", line + "\n");

        CliRun run = await CliRun.RunAsync("extract", path);
        CliRun overridden = await CliRun.RunAsync("extract", path, "--published", "2018-06-07");

        JsonElement article = run.Lines[0].GetProperty("article");
        Assert.Equal("2018-06-07", article.GetProperty("published").GetString());
        Assert.Equal("2018-06-07T03:56:15+04:00", article.GetProperty("published_at").GetString());
        JsonElement date = run.Lines[0].GetProperty("events")[0].GetProperty("date");
        Assert.Equal(("اليوم", "2018-06-06"), (date.GetProperty("text").GetString(), date.GetProperty("start").GetString()));

        // --published gives a date without an hour: "today" is that date.
        Assert.False(overridden.Lines[0].GetProperty("article").TryGetProperty("published_at", out _));
        Assert.Equal("2018-06-07", overridden.Lines[0].GetProperty("events")[0].GetProperty("date").GetProperty("start").GetString());
    }

    [Fact]
    public async Task Output_option_writes_the_file_and_nothing_to_standard_output()
    {
        string input = _folder.Write("in.jsonl", $"{Good1}\n{Good2}\n");
        string output = Path.Combine(_folder.Root, "out.jsonl");

        CliRun run = await CliRun.RunAsync("extract", input, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal(2, File.ReadAllLines(output).Length);
    }

    [Fact]
    public async Task Output_in_an_impossible_place_is_a_failure()
    {
        string input = _folder.Write("in.jsonl", Good1);

        CliRun run = await CliRun.RunAsync("extract", input, "-o", Path.Combine(_folder.Root, "no", "such", "dir", "out.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot create the output file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_threads_keep_the_input_order_and_give_the_same_output()
    {
        string samples = Repository.Samples("samples.jsonl");
        string broken = _folder.Write("broken.jsonl", $"{Good1}\nnot json\n{Good2}\n");

        CliRun one = await CliRun.RunAsync("extract", "--threads", "1", SharedData.DevTrec, broken, samples, SharedData.SeedArticle);
        CliRun three = await CliRun.RunAsync("extract", "--threads", "3", SharedData.DevTrec, broken, samples, SharedData.SeedArticle);

        Assert.Equal(1, one.ExitCode);
        Assert.Equal(one.Output, three.Output);
        Assert.Equal(one.Error, three.Error);
        Assert.Equal(18, one.Lines.Count);
    }

    [Fact]
    public async Task Help_documents_the_exit_codes()
    {
        CliRun run = await CliRun.RunAsync("extract", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Exit codes:", run.Output, StringComparison.Ordinal);
        Assert.Contains("--published", run.Output, StringComparison.Ordinal);
        Assert.Contains("--threads", run.Output, StringComparison.Ordinal);
        Assert.Contains("--output", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "x.txt", "--published", "12/03/2024")]
    [InlineData("extract", "x.txt", "--threads", "0")]
    [InlineData("extract", "x.txt", "--bogus")]
    [InlineData("extract", "x.txt", "--format", "xml")]
    [InlineData("unknown-command")]
    public async Task Usage_errors_exit_with_2_and_a_hint(params string[] args)
    {
        CliRun run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("mizan: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task No_command_shows_help_and_exits_with_2()
    {
        CliRun run = await CliRun.RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("extract", run.Output, StringComparison.Ordinal);
    }
}
