using Mizan.Lexicons;

namespace Mizan.Events.Reading;

/// <summary>What rejected a trigger match of a sentence.</summary>
internal enum TriggerRejection : byte
{
    /// <summary>A blocking cue covers its words (a phrase that only looks like a trigger).</summary>
    BlockedPhrase,

    /// <summary>It is a word of a named actor, an institution or an official (حركة المقاومة، وزير الدفاع).</summary>
    InsideNamedActor,

    /// <summary>A cue near it makes it no event; <see cref="RejectedTrigger.Cue"/> says which kind.</summary>
    ContextCue,

    /// <summary>A gain of ground with no ground after it (استعاد عافيته): see <see cref="TriggerEntry.PlaceObjectLemma"/>.</summary>
    NoGround,
}

/// <summary>A trigger match the detector did not keep, with the reason.</summary>
/// <param name="Match">The trigger phrase.</param>
/// <param name="Entry">The reading that was rejected; null when the match was rejected before a reading was chosen.</param>
/// <param name="Reason">What rejected it.</param>
/// <param name="Cue">For <see cref="TriggerRejection.ContextCue"/>, the kind of the cue (metaphor, court, reaction, modal ...).</param>
/// <param name="CueToken">For <see cref="TriggerRejection.ContextCue"/>, the first token of the cue phrase; -1 otherwise.</param>
internal sealed record RejectedTrigger(PhraseMatch<TriggerEntry> Match, TriggerEntry? Entry, TriggerRejection Reason, CueKind? Cue = null, int CueToken = -1);

/// <summary>The trigger hits of one sentence, in token order, and the trigger matches that were rejected.</summary>
/// <remarks>The candidate reader builds candidates from <see cref="Hits"/> only; <see cref="Rejected"/> is there for a scorer that looks again.</remarks>
internal sealed class TriggerDetection
{
    public TriggerDetection(List<TriggerHit> hits, IReadOnlyList<RejectedTrigger> rejected)
    {
        Hits = hits ?? throw new ArgumentNullException(nameof(hits));
        Rejected = rejected ?? throw new ArgumentNullException(nameof(rejected));
    }

    /// <summary>The hits, in token order.</summary>
    public List<TriggerHit> Hits { get; }

    /// <summary>The rejected matches and readings, in token order.</summary>
    public IReadOnlyList<RejectedTrigger> Rejected { get; }
}
