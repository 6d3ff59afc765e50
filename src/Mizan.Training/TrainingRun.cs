using System.Collections.Immutable;
using System.Globalization;
using Mizan.Evaluation;
using Mizan.Learning;
using Mizan.Resources;

namespace Mizan.Training;

/// <summary>What <c>mizan train</c> made: the models, and the cross-validated figures in their headers.</summary>
/// <param name="Models">The models trained on all the gold.</param>
/// <param name="CrossValidated">The figures of the cross-validation run; null when it was skipped.</param>
public sealed record TrainingOutcome(LearnedModels Models, EvaluationResult? CrossValidated);

/// <summary>
/// <c>mizan train</c>: cross-validates the training on the gold of <c>shared/eval</c> (for the
/// figures the model files carry), then trains every model on all of it. The same gold, code and
/// settings give the same weights.
/// </summary>
public static class TrainingRun
{
    /// <summary>Trains.</summary>
    /// <param name="data">The gold.</param>
    /// <param name="resources">The language resources.</param>
    /// <param name="settings">How to fit.</param>
    /// <param name="folds">Cross-validation folds for the header figures; 0 to skip.</param>
    /// <param name="describe">What the provenance lines say of the data, the commit and the date.</param>
    /// <param name="progress">Told what is being done.</param>
    public static TrainingOutcome Run(EvaluationData data, LanguageResources resources, TrainingSettings settings, int folds, TrainingProvenance describe, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(describe);
        progress?.Invoke("reading and labelling the candidates of the gold");
        var trainer = new ModelSetTrainer(resources, data, settings);
        EvaluationResult? cv = null;
        if (folds >= 2)
        {
            var suite = new EvaluationSuite(data);
            cv = suite.CrossValidate(
                folds,
                settings.Seed,
                part =>
                {
                    MizanEngine engine = trainer.EngineWith(trainer.Train(part, []));
                    return a => engine.Process(a);
                },
                fold => progress?.Invoke($"cross-validation: fold {fold} of {folds}"));
        }

        progress?.Invoke("training on all the gold");
        ImmutableArray<string> provenance = describe.Lines(data, trainer.Examples, settings, folds, cv);
        return new TrainingOutcome(trainer.Train(data, provenance), cv);
    }

    /// <summary>Writes each model of <paramref name="models"/> to its file under <paramref name="folder"/> (<c>data/models</c>); returns the paths.</summary>
    public static ImmutableArray<string> Write(LearnedModels models, string folder)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var written = ImmutableArray.CreateBuilder<string>();
        if (models.EventScorer is { } scorer)
        {
            string path = Path.Combine(folder, Path.GetFileName(LearnedModels.EventScorerResource));
            Write(scorer, path);
            written.Add(path);
        }

        return written.ToImmutable();
    }

    private static void Write(LinearModel model, string path)
    {
        string temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            model.Write(writer);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The cross-validated figures as one provenance line each.</summary>
    public static IEnumerable<string> Figures(EvaluationResult cv)
    {
        ArgumentNullException.ThrowIfNull(cv);
        var inv = CultureInfo.InvariantCulture;
        foreach (NewsSentenceReport n in cv.News)
        {
            yield return string.Create(inv, $"cv-{cv.Folds}: news sentences {n.EventType}: precision {n.Score.Precision:0.000}, recall {n.Score.Recall:0.000}, F1 {n.Score.F1:0.000}");
        }

        foreach (SentenceReport s in cv.Sentences)
        {
            yield return string.Create(inv, $"cv-{cv.Folds}: gsr sentences {s.EventType}: precision {s.Score.Precision:0.000}, recall {s.Score.Recall:0.000}, F1 {s.Score.F1:0.000}, false positives on 'difficult no' {s.DifficultNoFalsePositiveRate:0.000}");
        }

        ArticleReport a = cv.Articles;
        yield return string.Create(inv, $"cv-{cv.Folds}: articles: event precision {a.Events.Precision:0.000}, recall {a.Events.Recall:0.000}, F1 {a.Events.F1:0.000}, counted twice {a.Duplicates}; killed claims {a.Killed}; actors {a.Actors}; place {a.Place}; country {a.Country}");
    }
}
