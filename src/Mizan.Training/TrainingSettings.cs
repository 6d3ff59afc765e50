using Mizan.Learning;

namespace Mizan.Training;

/// <summary>How <c>mizan train</c> fits the event scorer; the defaults are what the committed model was trained with.</summary>
public sealed record TrainingSettings
{
    /// <summary>The defaults.</summary>
    public static TrainingSettings Default { get; } = new();

    /// <summary>The seed of every random choice (ML.NET's context, the folds of the thresholds).</summary>
    public int Seed { get; init; } = 20261202;

    /// <summary>The size of the hashed feature space, as a power of two.</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>The families of features the scorer weighs.</summary>
    public FeatureFamilies Families { get; init; } = FeatureFamilies.Rules | FeatureFamilies.Words | FeatureFamilies.Pairs | FeatureFamilies.Window;

    /// <summary>The feature space of the scorer.</summary>
    public FeatureSpace Space => new(HashBits, Families);

    /// <summary>L1 regularisation (sparsity of the weights).</summary>
    public float L1 { get; init; } = 0.5f;

    /// <summary>L2 regularisation.</summary>
    public float L2 { get; init; } = 1f;

    /// <summary>The weight of an example from a gsr sentence (a different corpus, judged by other annotators).</summary>
    public float GsrWeight { get; init; } = 0.5f;

    /// <summary>The weight of an example from a news sentence.</summary>
    public float NewsWeight { get; init; } = 1f;

    /// <summary>The weight of an example from a gold article.</summary>
    public float ArticleWeight { get; init; } = 1f;

    /// <summary>How many folds of the training data choose the thresholds (see <see cref="ThresholdChooser"/>); below 2, every threshold is 0.5.</summary>
    public int ThresholdFolds { get; init; } = 5;

    /// <summary>How many dealings of those folds the thresholds' F1 is averaged over (see <see cref="ThresholdChooser"/>).</summary>
    public int ThresholdRepeats { get; init; } = 3;

    /// <summary>The weight of an example's source set.</summary>
    public float WeightOf(ExampleSource source) => source switch
    {
        ExampleSource.GsrSentence => GsrWeight,
        ExampleSource.NewsSentence => NewsWeight,
        _ => ArticleWeight,
    };
}
