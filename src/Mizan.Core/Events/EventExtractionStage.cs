using Mizan.Pipeline;

namespace Mizan.Events;

/// <summary>Pipeline stage: events from triggers, actors, places, dates, numbers and attributions.</summary>
public sealed class EventExtractionStage(EventExtractor extractor) : IPipelineStage
{
    public string Name => "events";

    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Numbers, Layers.Dates, Layers.Actors, Layers.Places, Layers.Attributions];

    public IReadOnlyList<string> Provides { get; } = [Layers.Events];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Events = extractor.Extract(document, cancellationToken) };
    }
}
