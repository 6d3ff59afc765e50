using System.Collections.Immutable;
using Mizan.Attribution;
using Mizan.Dates;
using Mizan.Entities;
using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Learning;
using Mizan.Numbers;
using Mizan.Pipeline;
using Mizan.Resources;
using Mizan.Tokenization;

namespace Mizan;

/// <summary>
/// The default pipeline with the language resources of one pack (Arabic by default) loaded once. Immutable and
/// thread-safe: create one and share it across threads.
/// </summary>
public sealed class MizanEngine
{
    private readonly EventExtractor _extractor;

    private MizanEngine(MizanPipeline pipeline, LanguageResources resources, EventExtractor extractor)
    {
        Pipeline = pipeline;
        Resources = resources;
        _extractor = extractor;
    }

    /// <summary>The stages this engine runs.</summary>
    public MizanPipeline Pipeline { get; }

    /// <summary>The language resources the stages share.</summary>
    public LanguageResources Resources { get; }

    /// <summary>Builds the default pipeline from the embedded resources.</summary>
    /// <param name="timeProvider">The clock, used only to refuse reference dates in the future; the system clock by default.</param>
    /// <param name="options">Which events to report; <see cref="ExtractionOptions.Default"/> when null.</param>
    public static MizanEngine CreateDefault(TimeProvider? timeProvider = null, ExtractionOptions? options = null) =>
        Create(LanguageResources.LoadEmbedded(), timeProvider, options);

    /// <summary>Builds the default pipeline over loaded resources.</summary>
    public static MizanEngine Create(LanguageResources resources, TimeProvider? timeProvider = null, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var actors = new ActorRecognizer(resources.Actors, resources.Countries);
        var places = new PlaceRecognizer(resources.Gazetteer, resources.PlaceCues, resources.PlaceRoles, resources.PlaceAnaphora);
        var extractor = new EventExtractor(
            new CandidateReader(resources.Events, resources.Casualties),
            new PlaceResolver(resources.Gazetteer, resources.Language),
            places,
            resources.Gazetteer,
            resources.Countries,
            options,
            resources.Models);
        // One lookup per word in the first words of the lexicons the stages read (the date
        // lexicon's too). Not the gazetteer's: its 15,000 first words would make the table too
        // large to stay in the processor's cache, and its own filter serves its one pass per document.
        var lexicons = Lexicons.LexiconLayer.Of(resources.PhraseTries(), resources.WordGates());
        MizanPipeline pipeline = new PipelineBuilder(resources.Language)
            .Add(new SegmentationStage(lexicons))
            .Add(new NumberRecognitionStage(new NumberRecognizer(resources.Numbers)))
            .Add(new DateRecognitionStage(new DateRecognizer(resources.Dates), timeProvider ?? TimeProvider.System))
            .Add(new PlaceRecognitionStage(places))
            .Add(new ActorRecognitionStage(actors))
            .Add(new AttributionStage(new AttributionRecognizer(resources.Events.Attribution)))
            .Add(new EventExtractionStage(extractor))
            .Build();
        return new MizanEngine(pipeline, resources, extractor);
    }

    /// <summary>Analyses one article.</summary>
    public Document Process(Article article, CancellationToken cancellationToken = default) =>
        Pipeline.Process(article, cancellationToken);

    /// <summary>
    /// What became of every trigger word of an analysed document, in text order: why each sentence
    /// is an event or not (see <see cref="TriggerDecision"/>).
    /// </summary>
    public ImmutableArray<TriggerDecision> Explain(Document document) => _extractor.Explain(document);

    /// <summary>
    /// The event candidates of an analysed document as the learned scorer sees them, with their
    /// features in <paramref name="space"/>: what <c>mizan train</c> learns from.
    /// </summary>
    public ImmutableArray<CandidateExample> CandidateExamples(Document document, FeatureSpace space) =>
        _extractor.Examples(document, space);
}
