using Mizan.Pipeline;

namespace Mizan.Dates;

/// <summary>
/// Pipeline stage: fills <see cref="Document.Dates"/>, resolving relative expressions against
/// <see cref="Article.Published"/> when it is known, counting from the day before for an article
/// published in the small hours (<see cref="DateReference"/>). The clock is used only to catch a
/// publication date in the future (one day of slack for time zones); it is never a fallback
/// reference: an article without a publication date keeps its relative dates unresolved.
/// </summary>
public sealed class DateRecognitionStage : IPipelineStage
{
    private readonly DateRecognizer _recognizer;
    private readonly TimeProvider _time;
    private readonly FutureReferencePolicy _futurePolicy;

    /// <summary>A stage over a recognizer.</summary>
    /// <param name="recognizer">The recognizer (share one per process).</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="futurePolicy">What to do with a publication date after today.</param>
    public DateRecognitionStage(DateRecognizer recognizer, TimeProvider? timeProvider = null, FutureReferencePolicy futurePolicy = FutureReferencePolicy.Reject)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizer = recognizer;
        _time = timeProvider ?? TimeProvider.System;
        _futurePolicy = futurePolicy;
    }

    public string Name => "dates";

    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Numbers];

    public IReadOnlyList<string> Provides { get; } = [Layers.Dates];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        DateReference? reference = DateReference.Of(document.Article);
        if (document.Article.Published is { } published)
        {
            DateOnly today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
            if (published > today.AddDays(1))
            {
                if (_futurePolicy == FutureReferencePolicy.Reject)
                {
                    throw new FutureReferenceDateException(document.Article.Id, published, today);
                }

                reference = null;
            }
        }

        var dates = reference is { } known
            ? _recognizer.Recognize(document.Normalized, document.Tokens, known)
            : _recognizer.Recognize(document.Normalized, document.Tokens, (DateOnly?)null);
        return document with { Dates = _recognizer.Elapsed.Add(document, dates) };
    }
}
