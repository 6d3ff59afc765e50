using System.Collections.Immutable;
using Mizan.Evaluation;
using Mizan.Learning;

namespace Mizan.Training;

/// <summary>
/// Chooses each type's decision threshold from held-out predictions on the training data itself:
/// the examples are dealt into folds by their item (sentence or article), a model is fitted on the
/// other folds and predicts each fold, and the threshold that gives the best F1 over those
/// predictions is kept. A sentence counts once (it is positive when any of its candidates is); a
/// candidate of an article counts on its own.
/// </summary>
public static class ThresholdChooser
{
    /// <summary>The thresholds tried.</summary>
    public static ImmutableArray<double> Grid { get; } = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

    /// <summary>The best threshold of each type.</summary>
    public static ImmutableDictionary<string, double> Choose(IReadOnlyList<LabelledExample> examples, IReadOnlyList<string> types, TrainingSettings settings, int folds)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(settings);
        // Each dealing of the folds gives held-out probabilities of its own; the F1 of a threshold is
        // averaged over the dealings, so that one lucky dealing does not choose it.
        var dealings = new double[Math.Max(1, settings.ThresholdRepeats)][];
        for (int r = 0; r < dealings.Length; r++)
        {
            dealings[r] = HeldOut(examples, settings, folds, settings.Seed + 1 + r);
        }

        var result = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (string type in types)
        {
            double best = 0.5, bestF1 = -1;
            foreach (double threshold in Grid)
            {
                double f1 = dealings.Average(probabilities => F1(examples, probabilities, type, threshold));
                if (f1 > bestF1 + 1e-9)
                {
                    best = threshold;
                    bestF1 = f1;
                }
            }

            result[type] = best;
        }

        return result.ToImmutable();
    }

    /// <summary>The probability of each example from a model fitted on the folds that do not hold it.</summary>
    private static double[] HeldOut(IReadOnlyList<LabelledExample> examples, TrainingSettings settings, int folds, int seed)
    {
        Folds deal = Folds.Deal(examples.Select(e => e.ItemId), folds, seed);
        var probabilities = new double[examples.Count];
        for (int k = 0; k < folds; k++)
        {
            var train = new List<(SparseVector, bool, float)>();
            for (int i = 0; i < examples.Count; i++)
            {
                if (deal.Of(examples[i].ItemId) != k)
                {
                    train.Add((examples[i].Features, examples[i].Label, settings.WeightOf(examples[i].Source)));
                }
            }

            LogisticWeights fit = LogisticTrainer.Fit(train, settings.HashBits, settings);
            for (int i = 0; i < examples.Count; i++)
            {
                if (deal.Of(examples[i].ItemId) == k)
                {
                    probabilities[i] = Probability(fit, examples[i].Features);
                }
            }
        }

        return probabilities;
    }

    private static double Probability(LogisticWeights fit, SparseVector features)
    {
        double sum = fit.Bias;
        for (int i = 0; i < features.Count; i++)
        {
            sum += fit.Weights[features.Indices[i]] * features.Values[i];
        }

        return 1 / (1 + Math.Exp(-sum));
    }

    /// <summary>F1 at a threshold: sentences once each (any candidate), article candidates each.</summary>
    private static double F1(IReadOnlyList<LabelledExample> examples, double[] probabilities, string type, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        var sentences = new Dictionary<string, (bool Gold, bool Predicted)>(StringComparer.Ordinal);
        for (int i = 0; i < examples.Count; i++)
        {
            LabelledExample e = examples[i];
            if (e.Type != type)
            {
                continue;
            }

            bool predicted = probabilities[i] >= threshold;
            if (e.Source == ExampleSource.Article)
            {
                Count(e.Label, predicted, ref tp, ref fp, ref fn);
            }
            else
            {
                sentences[e.ItemId] = sentences.TryGetValue(e.ItemId, out var s) ? (s.Gold || e.Label, s.Predicted || predicted) : (e.Label, predicted);
            }
        }

        foreach ((bool gold, bool predicted) in sentences.Values)
        {
            Count(gold, predicted, ref tp, ref fp, ref fn);
        }

        return new BinaryScore(tp, fp, fn).F1;
    }

    private static void Count(bool gold, bool predicted, ref int tp, ref int fp, ref int fn)
    {
        if (gold && predicted)
        {
            tp++;
        }
        else if (predicted)
        {
            fp++;
        }
        else if (gold)
        {
            fn++;
        }
    }
}
