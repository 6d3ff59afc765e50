using Mizan.Testing;
using Mizan.Cli.Tests.Support;
using Mizan.Learning;

namespace Mizan.Cli.Tests.Commands;

/// <summary><c>mizan train</c> and <c>mizan evaluate --cv</c>: models rebuilt from the shared gold, as committed.</summary>
public sealed class TrainCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string[] Rows(string path) => [.. File.ReadAllLines(path).Where(l => !l.StartsWith('#'))];

    [Fact]
    public async Task Training_again_from_the_shared_gold_gives_the_committed_weights()
    {
        string output = Path.Combine(_folder.Root, "models");

        CliRun run = await CliRun.RunAsync("train", "--shared", SharedData.Path(), "--cv", "0", "--output", output);

        Assert.Equal(0, run.ExitCode);
        string trained = Path.Combine(output, "event-scorer.tsv");
        Assert.Contains($"mizan: wrote {trained}", run.ErrorLines);
        string committed = Repository.Find(Path.Combine("data", "models", "event-scorer.tsv"));
        string[] expected = Rows(committed), actual = Rows(trained);
        Assert.True(expected.SequenceEqual(actual), $"the committed model differs from a new training ({expected.Length} rows against {actual.Length}): run `mizan train` and commit data/models");
        LinearModel model = LinearModel.Read(new StringReader(File.ReadAllText(trained)), trained);
        Assert.Contains(model.Provenance, l => l.StartsWith("licence: ", StringComparison.Ordinal));
        Assert.Contains(model.Provenance, l => l == "cv: not run (mizan train --cv 0)");
    }

    [Theory]
    [InlineData("train")]
    [InlineData("evaluate")]
    public async Task One_fold_is_refused(string command)
    {
        CliRun run = await CliRun.RunAsync(command, "--cv", "1", "--shared", SharedData.Path());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--cv takes 0", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cross_validation_has_no_rules_only_variant()
    {
        CliRun run = await CliRun.RunAsync("evaluate", "--cv", "5", "--rules-only", "--shared", SharedData.Path());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--rules-only", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--seeds", "11,22")]
    [InlineData("--cv", "5", "--seeds", "11")]
    [InlineData("--cv", "5", "--seeds", "11,x")]
    [InlineData("--cv", "5", "--seeds", "11,11")]
    [InlineData("--cv", "5", "--seeds", "11,22", "--seed", "4")]
    public async Task Seeds_need_folds_two_different_integers_and_no_single_seed(params string[] args)
    {
        CliRun run = await CliRun.RunAsync(["evaluate", "--shared", SharedData.Path(), .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("seed", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Without_seeds_evaluate_prints_its_report_not_the_seed_table()
    {
        CliRun run = await CliRun.RunAsync("evaluate", "--rules-only", "--shared", SharedData.Path());

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Sentence event detection", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("seeds", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"events\s+precision 0\.\d{3}", run.Output);
    }

    [Fact]
    public async Task A_folder_without_the_gold_is_reported()
    {
        CliRun run = await CliRun.RunAsync("train", "--shared", _folder.Root, "--output", Path.Combine(_folder.Root, "models"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not the evaluation folder", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.Root, "models")));
    }
}
