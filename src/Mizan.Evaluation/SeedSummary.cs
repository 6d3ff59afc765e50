using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Mizan.Evaluation;

/// <summary>One headline figure of a cross-validated run: its name and its value in each run.</summary>
/// <param name="Name">What is measured (<c>article F1</c>, <c>news ASSAULT F1</c> ...).</param>
/// <param name="Values">The figure of each run, in the order of the seeds.</param>
/// <param name="Count">Whether the figure is a count (incidents counted twice) rather than a rate.</param>
public sealed record SeedFigure(string Name, ImmutableArray<double> Values, bool Count = false)
{
    /// <summary>The mean over the runs.</summary>
    public double Mean => Values.IsEmpty ? double.NaN : Values.Average();

    /// <summary>The smallest and largest value: how far one run may be from another.</summary>
    public (double Low, double High) Range => Values.IsEmpty ? (double.NaN, double.NaN) : (Values.Min(), Values.Max());
}

/// <summary>
/// The headline figures of cross-validated runs with several seeds, side by side with their
/// means: a change in the rules or the features moves a single run's figures by as much as
/// the dealing of the folds does, so a change is judged by the mean over seeds.
/// </summary>
public static class SeedSummary
{
    /// <summary>The headline figures of each run, one row per figure.</summary>
    /// <param name="runs">The seed and the result of each cross-validated run.</param>
    public static ImmutableArray<SeedFigure> Figures(IReadOnlyList<(int Seed, EvaluationResult Result)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var rows = new List<(string Name, bool Count, Func<EvaluationResult, double?> Read)>
        {
            ("article F1", false, r => r.Articles.Events.F1),
            ("article precision", false, r => r.Articles.Events.Precision),
            ("article recall", false, r => r.Articles.Events.Recall),
            ("counted twice", true, r => r.Articles.Duplicates),
            ("status", false, r => Rate(r.Articles.Status)),
            ("country", false, r => Rate(r.Articles.Country)),
            ("place", false, r => Rate(r.Articles.Place)),
            ("date", false, r => Rate(r.Articles.Date)),
            ("killed", false, r => Rate(r.Articles.Killed)),
            ("actors", false, r => Rate(r.Articles.Actors)),
        };
        foreach (string type in runs.SelectMany(r => r.Result.Sentences.Select(s => s.EventType)).Distinct(StringComparer.Ordinal))
        {
            rows.Add(($"gsr {type} F1", false, r => r.Sentences.FirstOrDefault(s => s.EventType == type)?.Score.F1));
            rows.Add(($"gsr {type} difficult-no FP", false, r => r.Sentences.FirstOrDefault(s => s.EventType == type)?.DifficultNoFalsePositiveRate));
        }

        foreach (string type in runs.SelectMany(r => r.Result.News.Select(s => s.EventType)).Distinct(StringComparer.Ordinal))
        {
            rows.Add(($"news {type} F1", false, r => r.News.FirstOrDefault(s => s.EventType == type)?.Score.F1));
        }

        var figures = ImmutableArray.CreateBuilder<SeedFigure>(rows.Count);
        foreach ((string name, bool count, Func<EvaluationResult, double?> read) in rows)
        {
            figures.Add(new SeedFigure(name, [.. runs.Select(r => read(r.Result) ?? double.NaN)], count));
        }

        return figures.MoveToImmutable();
    }

    /// <summary>The table <c>mizan evaluate --cv K --seeds ...</c> prints after the runs.</summary>
    public static string Format(IReadOnlyList<(int Seed, EvaluationResult Result)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        int folds = runs.Count > 0 ? runs[0].Result.Folds : 0;
        sb.AppendLine(string.Create(inv, $"{folds}-fold cross-validation with {runs.Count} seeds: each column is one dealing of the folds; judge a change by the mean"));
        sb.Append(string.Create(inv, $"  {"figure",-28}"));
        foreach ((int seed, _) in runs)
        {
            sb.Append(string.Create(inv, $"  {"seed " + seed.ToString(inv),10}"));
        }

        sb.AppendLine(string.Create(inv, $"  {"mean",7}  {"range",13}"));
        foreach (SeedFigure f in Figures(runs))
        {
            sb.Append(string.Create(inv, $"  {f.Name,-28}"));
            foreach (double v in f.Values)
            {
                sb.Append(string.Create(inv, $"  {Value(v, f.Count),10}"));
            }

            (double low, double high) = f.Range;
            string mean = double.IsNaN(f.Mean) ? "n/a" : f.Mean.ToString(f.Count ? "0.0" : "0.000", inv);
            sb.AppendLine(string.Create(inv, $"  {mean,7}  {Value(low, f.Count) + ".." + Value(high, f.Count),13}"));
        }

        return sb.ToString();

        static string Value(double v, bool count) => double.IsNaN(v) ? "n/a" : count ? v.ToString("0", CultureInfo.InvariantCulture) : v.ToString("0.000", CultureInfo.InvariantCulture);
    }

    private static double? Rate(Accuracy a) => a.Total == 0 ? null : a.Value;
}
