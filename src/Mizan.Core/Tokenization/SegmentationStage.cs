using Mizan.Pipeline;

namespace Mizan.Tokenization;

/// <summary>Pipeline stage: tokens and sentences.</summary>
public sealed class SegmentationStage : IPipelineStage
{
    // The first words of the lexicons the pipeline reads, looked up once per word; none: each lexicon checks its own.
    private readonly Lexicons.LexiconLayer? _lexicons;

    /// <summary>A segmentation whose lexicon lookups each check their own first words.</summary>
    public SegmentationStage()
    {
    }

    /// <summary>A segmentation that looks every word up once in the first words of <paramref name="lexicons"/>.</summary>
    internal SegmentationStage(Lexicons.LexiconLayer lexicons)
    {
        _lexicons = lexicons;
    }

    public string Name => "segment";

    public IReadOnlyList<string> Requires { get; } = [Layers.Text];

    public IReadOnlyList<string> Provides { get; } = [Layers.Tokens, Layers.Sentences];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (tokens, sentences) = Tokenizer.Segment(document.Normalized);

        // Every lexicon lookup after this reads the words with their clitics peeled: peel them once
        // here, and look each reading up once in the first words of every lexicon.
        Lexicons.TokenReadings.Of(document.Normalized, tokens, document.Language.Morphology, _lexicons);
        return document with { Tokens = tokens, Sentences = sentences };
    }
}
