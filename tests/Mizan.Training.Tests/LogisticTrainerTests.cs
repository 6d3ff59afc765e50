using Mizan.Learning;

namespace Mizan.Training.Tests;

public sealed class LogisticTrainerTests
{
    /// <summary>Feature 1 marks positives, feature 2 negatives, feature 3 is noise on both.</summary>
    private static List<(SparseVector, bool, float)> Toy()
    {
        var rows = new List<(SparseVector, bool, float)>();
        for (int i = 0; i < 40; i++)
        {
            bool positive = i % 2 == 0;
            int[] indices = i % 3 == 0 ? [positive ? 1 : 2, 3] : [positive ? 1 : 2];
            rows.Add((new SparseVector([.. indices], [.. indices.Select(_ => 1f)]), positive, 1f));
        }

        return rows;
    }

    [Fact]
    public void The_same_examples_and_settings_give_the_same_weights()
    {
        LogisticWeights a = LogisticTrainer.Fit(Toy(), 4, TrainingSettings.Default);
        LogisticWeights b = LogisticTrainer.Fit(Toy(), 4, TrainingSettings.Default);

        Assert.Equal(a.Weights, b.Weights);
        Assert.Equal(a.Bias, b.Bias);
    }

    [Fact]
    public void The_weights_separate_what_the_labels_separate()
    {
        LogisticWeights fit = LogisticTrainer.Fit(Toy(), 4, TrainingSettings.Default with { L1 = 0, L2 = 0.1f });

        Assert.True(fit.Weights[1] > 0);
        Assert.True(fit.Weights[2] < 0);
        Assert.True(Math.Abs(fit.Weights[3]) < Math.Abs(fit.Weights[1]));
        double Probability(int feature) => 1 / (1 + Math.Exp(-(fit.Bias + fit.Weights[feature])));
        Assert.True(Probability(1) > 0.8);
        Assert.True(Probability(2) < 0.2);
    }

    [Fact]
    public void One_class_alone_cannot_be_learned()
    {
        var rows = Toy().Where(r => r.Item2).ToList();

        Assert.Throws<InvalidOperationException>(() => LogisticTrainer.Fit(rows, 4, TrainingSettings.Default));
    }
}
