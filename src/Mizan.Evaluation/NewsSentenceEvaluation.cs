using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Mizan.Events;
using Mizan.Pipeline;

namespace Mizan.Evaluation;

/// <summary>
/// One labelled sentence of the 2018 news set (<c>shared/eval/sentences/ant-sentences.jsonl</c>):
/// for each of ASSAULT, PROTEST and DISPLACE, <c>yes</c> (it reports a specific incident as news),
/// <c>background</c> (an older incident or a long-running total) or <c>no</c>.
/// </summary>
/// <param name="Id">The sentence id (<c>DOCNO#n</c>).</param>
/// <param name="Doc">The article it comes from.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Labels">The label of each type (ASSAULT, PROTEST, DISPLACE).</param>
/// <param name="Published">The publication date of its article, read from the article id.</param>
public sealed record NewsSentence(string Id, string Doc, string Text, ImmutableDictionary<string, string> Labels, DateOnly? Published)
{
    /// <summary>The label for a type; <c>no</c> when the file gives none.</summary>
    public string LabelOf(string type) => Labels.TryGetValue(type, out string? label) ? label : "no";
}

/// <summary>What Mizan predicted for one news sentence, by type.</summary>
public sealed record NewsSentenceOutcome(NewsSentence Sentence, ImmutableHashSet<string> Predicted);

/// <summary>Scores of one type on the news sentences: <c>yes</c> is positive, <c>no</c> negative, <c>background</c> neither.</summary>
public sealed record NewsSentenceReport(string EventType, BinaryScore Score, int Background, int BackgroundPredicted, ImmutableArray<NewsSentenceOutcome> Outcomes);

/// <summary>
/// Scores event detection on the news sentences as <c>shared/eval/README.md</c> says: each
/// sentence is an article published on its article's date; it is predicted positive for a type
/// when the output holds an event of that type whose status is occurred, ongoing or failed.
/// </summary>
public static class NewsSentenceEvaluation
{
    /// <summary>The types the news sentences are labelled for.</summary>
    public static ImmutableArray<string> Types { get; } = ["ASSAULT", "PROTEST", "DISPLACE"];

    /// <summary>Reads the JSON Lines file; a bad line is an error naming the file and line.</summary>
    public static ImmutableArray<NewsSentence> Load(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = ImmutableArray.CreateBuilder<NewsSentence>();
        string? line;
        int number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using JsonDocument json = JsonDocument.Parse(line);
                JsonElement root = json.RootElement;
                string id = root.GetProperty("id").GetString() ?? throw new InvalidDataException("\"id\" is null");
                string doc = root.GetProperty("doc").GetString() ?? throw new InvalidDataException("\"doc\" is null");
                string text = root.GetProperty("text").GetString() ?? throw new InvalidDataException("\"text\" is null");
                var labels = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                foreach (string type in Types)
                {
                    if (root.TryGetProperty(type.ToLowerInvariant(), out JsonElement label) && label.ValueKind == JsonValueKind.String)
                    {
                        labels[type] = label.GetString()!;
                    }
                }

                result.Add(new NewsSentence(id, doc, text, labels.ToImmutable(), PublishedOf(doc)));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or InvalidDataException)
            {
                throw new InvalidDataException($"{file}:{number}: {e.Message}", e);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The date at the end of an ANT article id (<c>AL-internationalNews-1023-20180506</c>), when there is one.</summary>
    public static DateOnly? PublishedOf(string doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        int dash = doc.LastIndexOf('-');
        return dash >= 0 && DateOnly.TryParseExact(doc.AsSpan(dash + 1), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : null;
    }

    /// <summary>Runs every sentence through <paramref name="process"/>.</summary>
    public static ImmutableArray<NewsSentenceOutcome> Predict(IReadOnlyList<NewsSentence> sentences, Func<Article, Document> process)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(process);
        var outcomes = new NewsSentenceOutcome[sentences.Count];
        Parallel.For(0, sentences.Count, i =>
        {
            NewsSentence s = sentences[i];
            Document doc = process(new Article(s.Id, null, s.Text, s.Published));
            outcomes[i] = new NewsSentenceOutcome(s, [.. doc.Events
                .Where(e => e.Status is EventStatus.Occurred or EventStatus.Ongoing or EventStatus.Failed)
                .Select(e => e.Type)]);
        });
        return [.. outcomes];
    }

    /// <summary>The scores of one type over outcomes.</summary>
    public static NewsSentenceReport Summarize(string eventType, IEnumerable<NewsSentenceOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ImmutableArray<NewsSentenceOutcome> all = [.. outcomes];
        int tp = 0, fp = 0, fn = 0, background = 0, backgroundPredicted = 0;
        foreach (NewsSentenceOutcome o in all)
        {
            bool predicted = o.Predicted.Contains(eventType);
            switch (o.Sentence.LabelOf(eventType))
            {
                case "yes" when predicted:
                    tp++;
                    break;
                case "yes":
                    fn++;
                    break;
                case "background":
                    background++;
                    backgroundPredicted += predicted ? 1 : 0;
                    break;
                default:
                    fp += predicted ? 1 : 0;
                    break;
            }
        }

        return new NewsSentenceReport(eventType, new BinaryScore(tp, fp, fn), background, backgroundPredicted, all);
    }
}
