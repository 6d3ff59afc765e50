using Mizan.Pipeline;

namespace Mizan.Geocoding;

/// <summary>Pipeline stage: place names with their gazetteer candidates.</summary>
public sealed class PlaceRecognitionStage(PlaceRecognizer recognizer) : IPipelineStage
{
    public string Name => "places";

    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<string> Provides { get; } = [Layers.Places];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Places = recognizer.Recognize(document) };
    }
}
