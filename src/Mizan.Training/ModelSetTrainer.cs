using System.Collections.Immutable;
using Mizan.Evaluation;
using Mizan.Events;
using Mizan.Learning;
using Mizan.Resources;

namespace Mizan.Training;

/// <summary>
/// Trains every learned model of <see cref="LearnedModels"/> from a part of the gold: all of it for
/// <c>mizan train</c>, the training folds for <c>mizan evaluate --cv</c>. The rules' candidates of
/// the whole gold are read and labelled once; each part trains on its own items.
/// </summary>
public sealed class ModelSetTrainer
{
    private readonly LanguageResources _resources;
    private readonly TrainingSettings _settings;
    private readonly ImmutableArray<LabelledExample> _examples;

    /// <param name="resources">The language resources (their models are not used for the candidates).</param>
    /// <param name="all">Everything a part may be taken from.</param>
    /// <param name="settings">How to fit.</param>
    /// <param name="timeProvider">The clock of the engines.</param>
    public ModelSetTrainer(LanguageResources resources, EvaluationData all, TrainingSettings settings, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(all);
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _resources = resources;
        MizanEngine rules = MizanEngine.Create(resources.WithModels(LearnedModels.None), timeProvider, new ExtractionOptions { RulesOnly = true });
        _examples = new ExampleLabeller(rules, settings.Space).Label(all);
    }

    /// <summary>Every labelled candidate of the gold.</summary>
    public ImmutableArray<LabelledExample> Examples => _examples;

    /// <summary>The models trained on the items of <paramref name="part"/>.</summary>
    public LearnedModels Train(EvaluationData part, ImmutableArray<string> provenance)
    {
        ArgumentNullException.ThrowIfNull(part);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ids.UnionWith(part.Articles.Select(a => a.Gold.Doc));
        ids.UnionWith(part.AssaultSentences.Select(s => s.Id));
        ids.UnionWith(part.ProtestSentences.Select(s => s.Id));
        ids.UnionWith(part.NewsSentences.Select(s => s.Id));
        var examples = _examples.Where(e => ids.Contains(e.ItemId)).ToList();
        return new LearnedModels(EventScorerTrainer.Train(examples, _settings, provenance));
    }

    /// <summary>An engine with <paramref name="models"/> over the same resources.</summary>
    public MizanEngine EngineWith(LearnedModels models, TimeProvider? timeProvider = null, ExtractionOptions? options = null) =>
        MizanEngine.Create(_resources.WithModels(models), timeProvider, options);
}
