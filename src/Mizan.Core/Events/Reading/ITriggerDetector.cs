namespace Mizan.Events.Reading;

/// <summary>
/// Finds the triggers of one sentence: the hits with their status, assertion, anaphora and
/// clause (<see cref="TriggerHit"/>), and the matches it rejected with the reason.
/// </summary>
internal interface ITriggerDetector
{
    /// <summary>The triggers of the sentence.</summary>
    TriggerDetection Detect(SentenceContext sentence);
}
