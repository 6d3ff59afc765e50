using Mizan.Pipeline;

namespace Mizan.Tokenization;

/// <summary>Pipeline stage: tokens and sentences.</summary>
public sealed class SegmentationStage : IPipelineStage
{
    public string Name => "segment";

    public IReadOnlyList<string> Requires { get; } = [Layers.Text];

    public IReadOnlyList<string> Provides { get; } = [Layers.Tokens, Layers.Sentences];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (tokens, sentences) = Tokenizer.Segment(document.Normalized);

        // Every lexicon lookup after this reads the words with their clitics peeled: peel them once here.
        Lexicons.TokenReadings.Of(document.Normalized, tokens, document.Language.Morphology);
        return document with { Tokens = tokens, Sentences = sentences };
    }
}
