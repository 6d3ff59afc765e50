using Mizan.Learning;

namespace Mizan.Training;

/// <summary>Where a training example comes from.</summary>
public enum ExampleSource
{
    /// <summary>A judged sentence of <c>gsr/</c>.</summary>
    GsrSentence,

    /// <summary>A labelled news sentence of <c>sentences/</c>.</summary>
    NewsSentence,

    /// <summary>A gold article of <c>articles/</c>.</summary>
    Article,
}

/// <summary>A candidate of the rules with the label the gold gives it.</summary>
/// <param name="ItemId">The sentence or article it comes from (what cross-validation folds split).</param>
/// <param name="Source">Which gold set.</param>
/// <param name="Type">The candidate's event type.</param>
/// <param name="Label">Whether the gold says it reports an incident of its type.</param>
/// <param name="RuleStarts">What the rules alone decided.</param>
/// <param name="Features">Its features.</param>
public sealed record LabelledExample(string ItemId, ExampleSource Source, string Type, bool Label, bool RuleStarts, SparseVector Features);
