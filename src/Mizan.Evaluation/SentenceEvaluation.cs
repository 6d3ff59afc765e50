using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Pipeline;

namespace Mizan.Evaluation;

/// <summary>One judged sentence of the event-detection gold standard (gsr).</summary>
public sealed record JudgedSentence(string Id, string EventType, string Label, string Text);

/// <summary>The outcome of one sentence: what the gold says and what Mizan predicted.</summary>
public sealed record SentenceOutcome(JudgedSentence Sentence, bool Predicted);

/// <summary>Sentence-level detection scores for one event type.</summary>
public sealed record SentenceReport(
    string EventType,
    BinaryScore Score,
    int DifficultNo,
    int DifficultNoFalsePositives,
    int Ambiguous,
    ImmutableArray<SentenceOutcome> Outcomes)
{
    public double DifficultNoFalsePositiveRate => DifficultNo == 0 ? 0 : (double)DifficultNoFalsePositives / DifficultNo;
}

/// <summary>
/// Scores sentence event detection: each sentence is one article; it is predicted positive
/// when the output holds an event of the type with status occurred or ongoing. Positives
/// are <c>yes</c>; negatives <c>easy no</c> and <c>difficult no</c>; <c>ambiguous</c> is left out.
/// </summary>
public static class SentenceEvaluation
{
    /// <summary>Reads a gsr CSV (<c>id,event_type,label,accept,reject,total,text</c>).</summary>
    public static ImmutableArray<JudgedSentence> Load(TextReader csv, string file)
    {
        var rows = CsvReader.Read(csv).ToList();
        if (rows.Count == 0)
        {
            throw new InvalidDataException($"{file}: empty CSV");
        }

        string[] header = rows[0];
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0
            ? i
            : throw new InvalidDataException($"{file}: no column '{name}'");
        int id = Column("id"), type = Column("event_type"), label = Column("label"), text = Column("text");
        var result = ImmutableArray.CreateBuilder<JudgedSentence>();
        for (int r = 1; r < rows.Count; r++)
        {
            string[] row = rows[r];
            if (row.Length == 1 && row[0].Length == 0)
            {
                continue;
            }

            if (row.Length != header.Length)
            {
                throw new InvalidDataException($"{file}: record {r + 1} has {row.Length} fields, expected {header.Length}");
            }

            result.Add(new JudgedSentence(row[id], row[type], row[label], row[text]));
        }

        return result.ToImmutable();
    }

    /// <summary>Runs every sentence through <paramref name="process"/> and scores it.</summary>
    public static SentenceReport Score(string eventType, IReadOnlyList<JudgedSentence> sentences, Func<Article, Document> process) =>
        Summarize(eventType, Predict(eventType, sentences, process));

    /// <summary>Runs every sentence through <paramref name="process"/>: predicted positive when an event of the type occurred or goes on.</summary>
    public static ImmutableArray<SentenceOutcome> Predict(string eventType, IReadOnlyList<JudgedSentence> sentences, Func<Article, Document> process)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(process);
        var outcomes = new SentenceOutcome[sentences.Count];
        Parallel.For(0, sentences.Count, i =>
        {
            JudgedSentence s = sentences[i];
            Document doc = process(new Article(s.Id, null, s.Text));
            bool predicted = doc.Events.Any(e => e.Type == eventType && e.Status is EventStatus.Occurred or EventStatus.Ongoing);
            outcomes[i] = new SentenceOutcome(s, predicted);
        });
        return [.. outcomes];
    }

    /// <summary>The scores of outcomes.</summary>
    public static SentenceReport Summarize(string eventType, IReadOnlyList<SentenceOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        int tp = 0, fp = 0, fn = 0, difficult = 0, difficultFp = 0, ambiguous = 0;
        foreach (SentenceOutcome o in outcomes)
        {
            switch (o.Sentence.Label)
            {
                case "yes":
                    if (o.Predicted)
                    {
                        tp++;
                    }
                    else
                    {
                        fn++;
                    }

                    break;
                case "easy no":
                case "difficult no":
                    if (o.Predicted)
                    {
                        fp++;
                    }

                    if (o.Sentence.Label == "difficult no")
                    {
                        difficult++;
                        if (o.Predicted)
                        {
                            difficultFp++;
                        }
                    }

                    break;
                default:
                    ambiguous++;
                    break;
            }
        }

        return new SentenceReport(eventType, new BinaryScore(tp, fp, fn), difficult, difficultFp, ambiguous, [.. outcomes]);
    }
}
