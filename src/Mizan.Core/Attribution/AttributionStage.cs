using Mizan.Pipeline;

namespace Mizan.Attribution;

/// <summary>Pipeline stage: attributions (who says what).</summary>
public sealed class AttributionStage(AttributionRecognizer recognizer) : IPipelineStage
{
    public string Name => "attribution";

    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Actors];

    public IReadOnlyList<string> Provides { get; } = [Layers.Attributions];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Attributions = recognizer.Recognize(document) };
    }
}
