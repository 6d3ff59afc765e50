using System.Collections.Immutable;
using System.Globalization;
using Mizan.Evaluation;

namespace Mizan.Training;

/// <summary>What a model file's header says of where the model comes from.</summary>
/// <param name="Command">The command that made it.</param>
/// <param name="DataFolder">The gold folder, as given.</param>
/// <param name="DataDigest">A SHA-256 digest of the gold files read, to tell when the gold changed.</param>
/// <param name="Commit">The commit of the code that trained it.</param>
/// <param name="Date">When.</param>
public sealed record TrainingProvenance(string Command, string DataFolder, string DataDigest, string Commit, DateOnly Date)
{
    /// <summary>The header lines.</summary>
    public ImmutableArray<string> Lines(EvaluationData data, IReadOnlyList<LabelledExample> examples, TrainingSettings settings, int folds, EvaluationResult? cv)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(settings);
        var inv = CultureInfo.InvariantCulture;
        var lines = ImmutableArray.CreateBuilder<string>();
        lines.Add($"source: trained by `{Command}` from {DataFolder} (see data: below)");
        lines.Add("model: event-scorer: which candidates of the rules start an event (logistic regression over hashed features, ML.NET L-BFGS, one thread)");
        lines.Add($"trained-by: {Command}");
        lines.Add(string.Create(inv, $"data: {DataFolder}: {data.Articles.Length} gold articles (articles/*.gold.json, texts in articles/*.trec), {data.AssaultSentences.Length} + {data.ProtestSentences.Length} judged sentences (gsr/assault_dev.csv, gsr/protest_dev.csv), {data.NewsSentences.Length} news sentences (sentences/ant-sentences.jsonl)"));
        lines.Add(string.Create(inv, $"examples: {examples.Count} labelled candidates ({examples.Count(e => e.Label)} positive): {examples.Count(e => e.Source == ExampleSource.Article)} from articles, {examples.Count(e => e.Source == ExampleSource.GsrSentence)} from gsr sentences, {examples.Count(e => e.Source == ExampleSource.NewsSentence)} from news sentences"));
        lines.Add($"data-sha256: {DataDigest}");
        lines.Add($"commit: {Commit}");
        lines.Add(string.Create(inv, $"date: {Date:yyyy-MM-dd}"));
        lines.Add(string.Create(inv, $"settings: seed {settings.Seed}, hash bits {settings.HashBits}, features {string.Join(',', settings.Space.FamilyNames)}, L1 {settings.L1}, L2 {settings.L2}, example weights gsr {settings.GsrWeight} news {settings.NewsWeight} articles {settings.ArticleWeight}, thresholds from {settings.ThresholdFolds}-fold held-out predictions averaged over {settings.ThresholdRepeats} dealings"));
        if (cv is not null)
        {
            lines.AddRange(TrainingRun.Figures(cv));
        }
        else
        {
            lines.Add("cv: not run (mizan train --cv 0)");
        }

        lines.Add("licence: MIT; learned from the shared gold: gsr sentences of the Open Event Data Alliance (MIT), ANT corpus v2.1 and v1.1 (Apache-2.0 with citation: Chouigui, Ben Khiroun and Elayeb, AJSE 46(8), 2021)");
        return lines.ToImmutable();
    }
}
