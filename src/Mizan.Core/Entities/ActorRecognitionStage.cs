using Mizan.Pipeline;

namespace Mizan.Entities;

/// <summary>Pipeline stage: actor mentions.</summary>
public sealed class ActorRecognitionStage(ActorRecognizer recognizer) : IPipelineStage
{
    public string Name => "actors";

    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Places];

    public IReadOnlyList<string> Provides { get; } = [Layers.Actors];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Actors = recognizer.Recognize(document) };
    }
}
