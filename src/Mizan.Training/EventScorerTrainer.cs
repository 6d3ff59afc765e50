using System.Collections.Immutable;
using System.Globalization;
using Mizan.Learning;

namespace Mizan.Training;

/// <summary>
/// Trains the event scorer: a logistic model that decides which candidates of the rules start an
/// event, from labelled candidates (<see cref="ExampleLabeller"/>).
/// </summary>
public static class EventScorerTrainer
{
    /// <summary>The name in the model file.</summary>
    public const string ModelName = "event-scorer";

    /// <summary>The types the scorer decides for; other types keep the rules' decision.</summary>
    public static ImmutableArray<string> Types { get; } = ["ASSAULT", "PROTEST", "DISPLACE"];

    /// <summary>Fits the model on <paramref name="examples"/>.</summary>
    /// <param name="examples">Labelled candidates.</param>
    /// <param name="settings">How to fit.</param>
    /// <param name="provenance">The header lines of the model file.</param>
    public static LinearModel Train(IReadOnlyList<LabelledExample> examples, TrainingSettings settings, ImmutableArray<string> provenance)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(settings);
        var scored = examples.Where(e => Types.Contains(e.Type)).ToList();
        var rows = scored.Select(e => (e.Features, e.Label, settings.WeightOf(e.Source))).ToList();
        LogisticWeights fit = LogisticTrainer.Fit(rows, settings.HashBits, settings);
        ImmutableDictionary<string, double> thresholds = settings.ThresholdFolds >= 2
            ? ThresholdChooser.Choose(scored, Types, settings, settings.ThresholdFolds)
            : Types.ToImmutableDictionary(t => t, _ => 0.5, StringComparer.Ordinal);
        return new LinearModel(ModelName, settings.HashBits, fit.Weights, fit.Bias, thresholds, provenance, settings.Space.FamilyNames);
    }

    /// <summary>A line of provenance: <c>key: value</c>.</summary>
    public static string Line(string key, FormattableString value) => $"{key}: {value.ToString(CultureInfo.InvariantCulture)}";
}
