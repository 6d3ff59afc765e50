using System.Collections.Immutable;
using Mizan.Evaluation;

namespace Mizan.Tests.Evaluation;

/// <summary>The table of cross-validated runs with several seeds: each run's figures and their mean.</summary>
public sealed class SeedSummaryTests
{
    private static EvaluationResult Run(int tp, int fp, int fn, int twice, int placesRight)
    {
        var articles = new ArticleReport(
            [],
            new BinaryScore(tp, fp, fn),
            twice,
            new Accuracy(tp, tp),
            new Accuracy(tp, tp),
            new Accuracy(placesRight, tp),
            new Accuracy(0, 0),
            new Accuracy(1, 2),
            new Accuracy(3, 4));
        SentenceReport gsr = new("ASSAULT", new BinaryScore(8, 2, 2), 10, 1, 0, []);
        return new EvaluationResult([gsr], [], articles, Folds: 5);
    }

    [Fact]
    public void Every_figure_has_one_value_per_seed_and_their_mean()
    {
        List<(int, EvaluationResult)> runs = [(11, Run(8, 2, 2, 1, 6)), (22, Run(6, 4, 4, 2, 3))];

        ImmutableArray<SeedFigure> figures = SeedSummary.Figures(runs);

        SeedFigure f1 = Assert.Single(figures, f => f.Name == "article F1");
        Assert.Equal([0.8, 0.6], f1.Values.Select(v => Math.Round(v, 3)));
        Assert.Equal(0.7, f1.Mean, 3);
        Assert.Equal((0.6, 0.8), (Math.Round(f1.Range.Low, 3), Math.Round(f1.Range.High, 3)));
        SeedFigure twice = Assert.Single(figures, f => f.Name == "counted twice");
        Assert.True(twice.Count);
        Assert.Equal(1.5, twice.Mean);
        Assert.Equal(0.625, Assert.Single(figures, f => f.Name == "place").Mean, 3);
        Assert.Equal(0.1, Assert.Single(figures, f => f.Name == "gsr ASSAULT difficult-no FP").Mean, 3);
    }

    [Fact]
    public void A_figure_with_nothing_scored_is_not_a_number_and_prints_as_such()
    {
        List<(int, EvaluationResult)> runs = [(11, Run(8, 2, 2, 1, 6)), (22, Run(6, 4, 4, 2, 3))];

        Assert.True(double.IsNaN(Assert.Single(SeedSummary.Figures(runs), f => f.Name == "date").Mean));
        string table = SeedSummary.Format(runs);
        Assert.Contains("5-fold cross-validation with 2 seeds", table, StringComparison.Ordinal);
        Assert.Contains("seed 11", table, StringComparison.Ordinal);
        Assert.Matches(@"date\s+n/a\s+n/a\s+n/a", table);
        Assert.Matches(@"counted twice\s+1\s+2\s+1\.5\s+1\.\.2", table);
    }
}
