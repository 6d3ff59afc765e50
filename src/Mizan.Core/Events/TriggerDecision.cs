namespace Mizan.Events;

/// <summary>What became of a trigger word the rules read (<see cref="TriggerDecision.Verdict"/>).</summary>
public enum TriggerVerdict
{
    /// <summary>It starts an event (alone, or as one report of an incident told again).</summary>
    Starts,

    /// <summary>It tells an incident recalled from the past: an event only with <see cref="ExtractionOptions.IncludeBackground"/>.</summary>
    Background,

    /// <summary>The rules read a candidate from it, and the rules or the learned scorer did not let it start an event.</summary>
    Declined,

    /// <summary>The rules rejected the word before reading a candidate (<see cref="TriggerDecision.Rejection"/> says why).</summary>
    Rejected,
}

/// <summary>
/// One trigger word of an article and what became of it: the answer to "why is this sentence an
/// event, or not?" (<c>mizan explain</c>). Candidates carry the rules' decision and, when a learned
/// scorer decides, its probability and the type's threshold; rejected words carry the reason and the
/// cue words that rejected them.
/// </summary>
/// <param name="Sentence">Index of the sentence in the document.</param>
/// <param name="Trigger">The trigger words, with their span in the document text.</param>
/// <param name="Type">The event type the word would start (ASSAULT, PROTEST, DISPLACE ...).</param>
/// <param name="Verdict">What became of it.</param>
/// <param name="RulesStart">Whether the rules alone would let the candidate start an event; false for a rejected word.</param>
/// <param name="Probability">The learned scorer's probability; null when the rules alone decide.</param>
/// <param name="Threshold">The probability the type needs; null when the rules alone decide.</param>
/// <param name="Rejection">For a rejected word, the reason in words (a blocked phrase, a cue and its kind ...); null otherwise.</param>
/// <param name="Cue">For a word rejected by a cue, the cue's words; null otherwise.</param>
public sealed record TriggerDecision(
    int Sentence,
    Evidence Trigger,
    string Type,
    TriggerVerdict Verdict,
    bool RulesStart,
    double? Probability = null,
    double? Threshold = null,
    string? Rejection = null,
    Evidence? Cue = null);
