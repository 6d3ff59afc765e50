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
}
