using Mizan.Events;
using Mizan.Pipeline;

namespace Mizan.Learning;

/// <summary>
/// Decides, with a learned model, which candidates of the rules start an event: the model
/// weighs what the rules saw (see <see cref="CandidateFeaturizer"/>) and the words of the
/// sentence, and a candidate starts an event when its probability reaches its type's threshold.
/// Candidates of types the model was not trained for keep the rules' decision.
/// </summary>
internal sealed class EventScorer
{
    private readonly FeatureSpace _space;

    public EventScorer(LinearModel model)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        _space = FeatureSpace.Of(model);
    }

    /// <summary>The model.</summary>
    public LinearModel Model { get; }

    /// <summary>Sets <see cref="EventCandidate.Probability"/> and the decision of each candidate of a trained type.</summary>
    public void Score(Document document, List<EventCandidate> candidates, int titleSentences)
    {
        var features = new FeatureSetBuilder(Model.HashBits);
        for (int i = 0; i < candidates.Count; i++)
        {
            EventCandidate c = candidates[i];
            if (c.ClaimOnly || !Model.Thresholds.TryGetValue(c.Type, out double threshold))
            {
                continue;
            }

            features.Clear();
            CandidateFeaturizer.Describe(document, candidates, i, titleSentences, _space.Families, features);
            double p = Model.Probability(features);
            c.Probability = p;
            c.LearnedStart = p >= threshold;
        }
    }

    /// <summary>The features of a candidate, for training.</summary>
    public static SparseVector FeaturesOf(Document document, IReadOnlyList<EventCandidate> candidates, int index, int titleSentences, FeatureSpace space)
    {
        var features = new FeatureSetBuilder(space.HashBits);
        CandidateFeaturizer.Describe(document, candidates, index, titleSentences, space.Families, features);
        return features.ToVector();
    }
}
