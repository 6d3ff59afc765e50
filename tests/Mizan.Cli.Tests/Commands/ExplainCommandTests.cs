using System.Text;
using Mizan.Cli.Tests.Support;

namespace Mizan.Cli.Tests.Commands;

public class ExplainCommandTests
{
    private static byte[] Lines(params string[] lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

    [Fact]
    public async Task An_event_shows_its_trigger_the_rules_and_the_learned_probability()
    {
        CliRun run = await CliRun.RunAsync(
            Lines("""{"id":"a1","text":"قتل خمسة مدنيين في قصف مدفعي على بلدة في ريف إدلب.","published":"2018-07-10"}"""),
            "explain", "-f", "jsonl", "-");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("# a1 (1 event)", run.Output, StringComparison.Ordinal);
        Assert.Matches("ASSAULT +event +«قتل»  rules: yes; learned: 0\\.\\d\\d ≥ 0\\.\\d\\d", run.Output);
    }

    [Fact]
    public async Task A_word_set_aside_shows_the_cue_that_set_it_aside()
    {
        CliRun run = await CliRun.RunAsync(
            Lines("""{"id":"m1","text":"وقال الوزير إنه يمكن أن تشن القوات هجوما على المدينة.","published":"2018-07-10"}"""),
            "explain", "-f", "jsonl", "-");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("# m1 (0 events)", run.Output, StringComparison.Ordinal);
        Assert.Contains("set aside  «هجوما»  a cue of kind modal: «يمكن»", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rules_alone_give_no_probability()
    {
        CliRun run = await CliRun.RunAsync(
            Lines("""{"id":"r1","text":"قتل خمسة مدنيين في قصف مدفعي على بلدة في ريف إدلب.","published":"2018-07-10"}"""),
            "explain", "--rules-only", "-f", "jsonl", "-");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("«قتل»  rules: yes", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("learned", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_line_is_reported_and_the_other_articles_are_explained()
    {
        CliRun run = await CliRun.RunAsync(
            Lines("not json", """{"id":"ok","text":"لا شيء هنا."}"""),
            "explain", "-f", "jsonl", "-");
        Assert.Equal(ExitCodes.PartialFailure, run.ExitCode);
        Assert.Contains("# ok (0 events, no trigger word)", run.Output, StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("mizan: <stdin>:1: not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_to_read_is_a_failure()
    {
        CliRun run = await CliRun.RunAsync(Lines("not json"), "explain", "-f", "jsonl", "-");
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task An_unknown_option_is_not_taken_for_a_path()
    {
        CliRun run = await CliRun.RunAsync("explain", "--threads", "2", "x.txt");
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("Unknown option '--threads'", run.Error, StringComparison.Ordinal);
    }
}
