using System.Globalization;
using System.Text;

namespace Mizan.Evaluation;

/// <summary>Writes evaluation results as the plain-text table that <c>mizan evaluate</c> prints.</summary>
public static class EvaluationReport
{
    /// <summary>The summary table; with <paramref name="details"/>, every error too.</summary>
    public static string Format(EvaluationResult result, bool details = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        if (result.Folds > 0)
        {
            sb.AppendLine(string.Create(inv, $"{result.Folds}-fold cross-validation: every figure below is of predictions on the held-out fold, the learned models trained on the other folds"));
            sb.AppendLine();
        }

        sb.AppendLine("Sentence event detection (shared/eval/gsr, development half)");
        sb.AppendLine("  type      precision  recall  F1     TP   FP   FN   FP rate on 'difficult no'");
        foreach (SentenceReport s in result.Sentences)
        {
            sb.AppendLine(string.Create(inv, $"  {s.EventType,-8}  {s.Score.Precision,9:0.000}  {s.Score.Recall,6:0.000}  {s.Score.F1,5:0.000}  {s.Score.TruePositives,3}  {s.Score.FalsePositives,3}  {s.Score.FalseNegatives,3}  {s.DifficultNoFalsePositiveRate:0.000} ({s.DifficultNoFalsePositives}/{s.DifficultNo})"));
        }

        if (!result.News.IsEmpty)
        {
            sb.AppendLine();
            sb.AppendLine("News sentences (shared/eval/sentences/ant-sentences.jsonl; 'background' neither positive nor negative)");
            sb.AppendLine("  type      precision  recall  F1     TP   FP   FN   background predicted");
            foreach (NewsSentenceReport s in result.News)
            {
                sb.AppendLine(string.Create(inv, $"  {s.EventType,-8}  {s.Score.Precision,9:0.000}  {s.Score.Recall,6:0.000}  {s.Score.F1,5:0.000}  {s.Score.TruePositives,3}  {s.Score.FalsePositives,3}  {s.Score.FalseNegatives,3}  {s.BackgroundPredicted}/{s.Background}"));
            }
        }

        ArticleReport a = result.Articles;
        sb.AppendLine();
        sb.AppendLine(string.Create(inv, $"Article extraction (shared/eval/articles, {a.Articles.Length} articles)"));
        sb.AppendLine(string.Create(inv, $"  events    precision {a.Events.Precision:0.000}  recall {a.Events.Recall:0.000}  F1 {a.Events.F1:0.000}  (TP {a.Events.TruePositives}, FP {a.Events.FalsePositives}, FN {a.Events.FalseNegatives}, counted twice {a.Duplicates})"));
        sb.AppendLine(string.Create(inv, $"  matched events: status {a.Status}  country {a.Country}  place {a.Place}  date {a.Date}"));
        sb.AppendLine(string.Create(inv, $"  killed claims found {a.Killed}  actors in their role {a.Actors}"));
        if (details)
        {
            foreach (ArticleResult r in a.Articles)
            {
                sb.AppendLine();
                sb.AppendLine($"# {r.Gold.Doc}");
                foreach (PredictionResult p in r.Predictions)
                {
                    sb.AppendLine(string.Create(inv, $"  {p.Outcome,-10} {p.GoldId ?? "-",-4} {p.Event.Type} {p.Event.Status} @ {p.Event.Location?.Name} | {Shorten(p.Event.Evidence[0].Text)}"));
                }

                foreach (MatchedEvent m in r.Matches)
                {
                    sb.AppendLine(string.Create(inv, $"  fields {m.Gold.Id}: status {Mark(m.StatusCorrect)} ({m.Predicted.Status} vs {m.Gold.Status}) country {Mark(m.CountryCorrect)} ({m.Predicted.Location?.Country} vs {m.Gold.Location?.Country}) place {Mark(m.PlaceCorrect)} ({m.Predicted.Location?.Name} vs {m.Gold.Location?.Name}) date {Mark(m.DateCorrect)} ({m.Predicted.Date?.Start}..{m.Predicted.Date?.End} vs {m.Gold.Date?.Start}..{m.Gold.Date?.End}) killed {m.KilledClaimsFound}/{m.KilledClaims} actors {m.ActorsFound}/{m.Actors}"));
                    if (m.ActorsFound < m.Actors)
                    {
                        sb.AppendLine($"    actors {m.Gold.Id}: gold {GoldActors(m.Gold)} | predicted {PredictedActors(m.Predicted)}");
                    }

                    if (m.KilledClaimsFound < m.KilledClaims)
                    {
                        sb.AppendLine($"    killed {m.Gold.Id}: gold {GoldKilled(m.Gold)} | predicted {PredictedKilled(m.Predicted)}");
                    }
                }

                foreach (GoldEvent g in r.Missed)
                {
                    sb.AppendLine($"  MISSED     {g.Id,-4} {g.Type} {g.Status} | {Shorten(g.Evidence.FirstOrDefault() ?? string.Empty)}");
                }
            }

            foreach (NewsSentenceReport s in result.News)
            {
                sb.AppendLine();
                sb.AppendLine($"# {s.EventType} news sentence errors");
                foreach (NewsSentenceOutcome o in s.Outcomes)
                {
                    bool predicted = o.Predicted.Contains(s.EventType);
                    string label = o.Sentence.LabelOf(s.EventType);
                    if (predicted != (label == "yes") && label != "background")
                    {
                        sb.AppendLine($"  {(predicted ? "FP" : "FN")} {o.Sentence.Id} {Shorten(o.Sentence.Text, 200)}");
                    }
                }
            }

            foreach (SentenceReport s in result.Sentences)
            {
                sb.AppendLine();
                sb.AppendLine($"# {s.EventType} sentence errors");
                foreach (SentenceOutcome o in s.Outcomes.Where(o => o.Predicted != (o.Sentence.Label == "yes") && o.Sentence.Label != "ambiguous"))
                {
                    sb.AppendLine($"  {(o.Predicted ? "FP" : "FN")} [{o.Sentence.Label}] {o.Sentence.Id} {Shorten(o.Sentence.Text, 200)}");
                }
            }
        }

        return sb.ToString();
    }

    private static string Mark(bool? value) => value switch
    {
        true => "ok",
        false => "WRONG",
        null => "n/a",
    };

    private static string GoldActors(GoldEvent gold) =>
        $"actor1 {gold.Actor1?.Kind ?? "-"} ({gold.Actor1?.Name}), actor2 {gold.Actor2?.Kind ?? "-"} ({gold.Actor2?.Name})";

    private static string PredictedActors(Mizan.Events.Event predicted) =>
        predicted.Actors.IsEmpty ? "none" : string.Join(", ", predicted.Actors.Select(a => $"{a.Role} {a.Kind} ({a.Mention.Text})"));

    private static string GoldKilled(GoldEvent gold) =>
        string.Join("; ", gold.Claims.Where(c => c.Killed.Count > 0).Select(c =>
            $"{c.SourceKind} {string.Join(",", c.Killed.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Key}={k.Value.Low}..{k.Value.High}")))} «{Shorten(c.Evidence, 60)}»"));

    private static string PredictedKilled(Mizan.Events.Event predicted) =>
        string.Join("; ", predicted.Claims.Where(c => c.Killed.Count > 0).Select(c =>
            $"{c.Source.Kind} {string.Join(",", c.Killed.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Key}={k.Value.Low}..{k.Value.High}")))} «{Shorten(c.Evidence.Text, 60)}»"));

    private static string Shorten(string text, int max = 110) =>
        text.Length <= max ? text.ReplaceLineEndings(" ") : text[..max].ReplaceLineEndings(" ") + "…";
}
