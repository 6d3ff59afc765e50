using Mizan.Resources;

namespace Mizan.Learning;

/// <summary>
/// The models <c>mizan train</c> made from the shared gold data, as committed under
/// <c>data/models/</c> and compiled in. Nothing is trained or downloaded at run time.
/// </summary>
/// <param name="EventScorer">Which candidates start an event; null to keep the rules' decision.</param>
public sealed record LearnedModels(LinearModel? EventScorer)
{
    /// <summary>The file of the event scorer, under <c>data/</c>.</summary>
    public const string EventScorerResource = "models/event-scorer.tsv";

    /// <summary>No model: the rules alone.</summary>
    public static LearnedModels None { get; } = new((LinearModel?)null);

    /// <summary>The committed models; a model whose file is not compiled in is absent.</summary>
    public static LearnedModels LoadEmbedded() => new(Load(EventScorerResource));

    private static LinearModel? Load(string resource)
    {
        if (!EmbeddedData.Exists(resource))
        {
            return null;
        }

        using TextReader reader = EmbeddedData.OpenText(resource);
        return LinearModel.Read(reader, resource);
    }
}
