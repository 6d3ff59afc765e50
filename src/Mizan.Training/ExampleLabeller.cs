using System.Collections.Immutable;
using Mizan.Evaluation;
using Mizan.Learning;
using Mizan.Pipeline;
using Mizan.Text;

namespace Mizan.Training;

/// <summary>
/// Runs the gold through the rules and labels their candidates:
/// <list type="bullet">
/// <item>a gsr sentence: a candidate of the file's type is positive when the sentence is <c>yes</c>,
/// negative when it is <c>easy no</c> or <c>difficult no</c>; <c>ambiguous</c> sentences and
/// candidates of other types are left out;</item>
/// <item>a news sentence: a candidate of ASSAULT, PROTEST or DISPLACE is positive when the sentence
/// is <c>yes</c> for its type, negative when <c>no</c>; <c>background</c> is left out;</item>
/// <item>a gold article: a candidate of an annotated type is positive when its words overlap a
/// quote (evidence or claim) of a required gold event of its type, left out when they overlap only
/// a background (<c>required: false</c>) event's, negative otherwise.</item>
/// </list>
/// </summary>
public sealed class ExampleLabeller
{
    private static readonly ImmutableHashSet<string> ArticleTypes = ImmutableHashSet.Create(StringComparer.Ordinal, "ASSAULT", "PROTEST", "DISPLACE");

    private readonly MizanEngine _rules;
    private readonly FeatureSpace _space;

    /// <param name="rules">An engine whose candidates are labelled (its learned models are not used).</param>
    /// <param name="space">The feature space of the examples.</param>
    public ExampleLabeller(MizanEngine rules, FeatureSpace space)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _space = space ?? throw new ArgumentNullException(nameof(space));
    }

    /// <summary>The labelled examples of every item of <paramref name="data"/>, in a stable order.</summary>
    public ImmutableArray<LabelledExample> Label(EvaluationData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var items = new List<Func<IEnumerable<LabelledExample>>>();
        foreach (JudgedSentence s in data.AssaultSentences.Concat(data.ProtestSentences))
        {
            items.Add(() => Gsr(s));
        }

        foreach (NewsSentence s in data.NewsSentences)
        {
            items.Add(() => News(s));
        }

        foreach (GoldCase c in data.Articles)
        {
            items.Add(() => Article(c));
        }

        var results = new LabelledExample[items.Count][];
        Parallel.For(0, items.Count, i => results[i] = [.. items[i]()]);
        return [.. results.SelectMany(r => r)];
    }

    private IEnumerable<LabelledExample> Gsr(JudgedSentence s)
    {
        bool? label = s.Label switch
        {
            "yes" => true,
            "easy no" or "difficult no" => false,
            _ => null,
        };
        if (label is not { } positive)
        {
            yield break;
        }

        foreach (CandidateExample e in Candidates(new Article(s.Id, null, s.Text)))
        {
            if (e.Type == s.EventType)
            {
                yield return new LabelledExample(s.Id, ExampleSource.GsrSentence, e.Type, positive, e.RuleStarts, e.Features);
            }
        }
    }

    private IEnumerable<LabelledExample> News(NewsSentence s)
    {
        foreach (CandidateExample e in Candidates(new Article(s.Id, null, s.Text, s.Published)))
        {
            if (!NewsSentenceEvaluation.Types.Contains(e.Type))
            {
                continue;
            }

            string label = s.LabelOf(e.Type);
            if (label is "yes" or "no")
            {
                yield return new LabelledExample(s.Id, ExampleSource.NewsSentence, e.Type, label == "yes", e.RuleStarts, e.Features);
            }
        }
    }

    private IEnumerable<LabelledExample> Article(GoldCase c)
    {
        Document document = _rules.Process(c.Article);
        string text = document.Text;
        var required = new List<(string Type, TextSpan Span)>();
        var background = new List<(string Type, TextSpan Span)>();
        foreach (GoldEvent g in c.Gold.Events)
        {
            foreach (string quote in g.Evidence.Concat(g.Claims.Select(x => x.Evidence)))
            {
                foreach (TextSpan span in ArticleEvaluation.Occurrences(text, quote))
                {
                    (g.Required ? required : background).Add((g.Type, span));
                }
            }
        }

        foreach (CandidateExample e in _rules.CandidateExamples(document, _space))
        {
            if (!ArticleTypes.Contains(e.Type))
            {
                continue;
            }

            if (required.Exists(q => q.Type == e.Type && q.Span.Overlaps(e.Span)))
            {
                yield return new LabelledExample(c.Gold.Doc, ExampleSource.Article, e.Type, true, e.RuleStarts, e.Features);
            }
            else if (!background.Exists(q => q.Type == e.Type && q.Span.Overlaps(e.Span)))
            {
                yield return new LabelledExample(c.Gold.Doc, ExampleSource.Article, e.Type, false, e.RuleStarts, e.Features);
            }
        }
    }

    private ImmutableArray<CandidateExample> Candidates(Article article) =>
        _rules.CandidateExamples(_rules.Process(article), _space);
}
