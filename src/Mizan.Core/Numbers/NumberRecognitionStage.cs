using Mizan.Pipeline;

namespace Mizan.Numbers;

/// <summary>Pipeline stage: fills <see cref="Document.Numbers"/> from the tokens.</summary>
public sealed class NumberRecognitionStage : IPipelineStage
{
    private readonly NumberRecognizer _recognizer;

    /// <summary>A stage that runs <paramref name="recognizer"/>.</summary>
    public NumberRecognitionStage(NumberRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizer = recognizer;
    }

    public string Name => "numbers";

    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens];

    public IReadOnlyList<string> Provides { get; } = [Layers.Numbers];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Numbers = _recognizer.Recognize(document.Normalized, document.Tokens) };
    }
}
