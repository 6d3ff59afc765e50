using Mizan.Learning;

namespace Mizan.Training.Tests;

public sealed class ThresholdChooserTests
{
    [Fact]
    public void A_threshold_of_the_grid_is_chosen_for_each_type()
    {
        var examples = new List<LabelledExample>();
        for (int i = 0; i < 60; i++)
        {
            bool positive = i % 3 == 0;
            int[] indices = positive ? [1, 4] : i % 3 == 1 ? [2, 4] : [1, 2];
            examples.Add(new LabelledExample($"s{i}", ExampleSource.NewsSentence, i % 2 == 0 ? "ASSAULT" : "PROTEST", positive, false, new SparseVector([.. indices], [.. indices.Select(_ => 1f)])));
        }

        var thresholds = ThresholdChooser.Choose(examples, ["ASSAULT", "PROTEST"], TrainingSettings.Default with { HashBits = 4, L1 = 0, L2 = 0.1f }, 3);

        Assert.Equal(["ASSAULT", "PROTEST"], thresholds.Keys.Order(StringComparer.Ordinal));
        Assert.All(thresholds.Values, t => Assert.Contains(t, ThresholdChooser.Grid));
    }

    [Fact]
    public void The_same_examples_and_settings_choose_the_same_thresholds()
    {
        List<LabelledExample> examples = Noisy(120);
        TrainingSettings settings = TrainingSettings.Default with { HashBits = 5, L1 = 0, L2 = 0.1f };

        Assert.Equal(ThresholdChooser.Choose(examples, ["ASSAULT"], settings, 3), ThresholdChooser.Choose(examples, ["ASSAULT"], settings, 3));
    }

    /// <summary>
    /// Sentences whose features tell their label only in part: each takes three of twelve features,
    /// the positives mostly from the first eight, the negatives mostly from the last eight (a fixed seed).
    /// </summary>
    private static List<LabelledExample> Noisy(int count)
    {
        var random = new Random(7);
        var examples = new List<LabelledExample>();
        for (int i = 0; i < count; i++)
        {
            bool positive = random.NextDouble() < 0.35;
            int[] indices = [.. Enumerable.Range(0, 3).Select(_ => positive ? random.Next(0, 8) : random.Next(4, 12)).Distinct().Order()];
            examples.Add(new LabelledExample($"s{i}", ExampleSource.NewsSentence, "ASSAULT", positive, false, new SparseVector([.. indices], [.. indices.Select(_ => 1f)])));
        }

        return examples;
    }
}
