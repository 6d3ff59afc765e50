namespace Mizan.Events;

/// <summary>What a word near a trigger says about the event.</summary>
internal enum CueKind : byte
{
    Planned,
    Threatened,
    Hypothetical,
    Denied,
    Failed,
    Ongoing,
    Negated,
    Metaphor,
    Fiction,
    Court,
    Accident,
    Sport,
    Exercise,
    Cyber,
    Health,
    Past,
    Blocked,

    /// <summary>A reaction to an event told elsewhere (أدان، استنكر، اتهم ... بتنفيذ): not a report of it.</summary>
    Reaction,

    /// <summary>The act is aimed at, not done (لمواجهة، لمنع، لوقف).</summary>
    Purpose,

    /// <summary>Possibility or need (يمكن، من شأن، يجب).</summary>
    Modal,

    /// <summary>An investigation or warrant about an event (التحقيق في، مذكرة توقيف).</summary>
    Inquiry,

    /// <summary>A time, cause or relative clause (غداة، إثر، الذي): the trigger is what another statement refers to.</summary>
    Subordinate,

    /// <summary>A light verb that asserts the event its noun names (شن هجوما، وقع انفجار، أعلنت الشرطة مقتل).</summary>
    Support,

    /// <summary>A word of sport that is also a word of war (هدف، المهاجم، الفريق): <see cref="Sport"/> only beside a word of sport of its own.</summary>
    SportWord,

    /// <summary>Firing, falling, hitting or going off: a weapon word needs one to tell an event.</summary>
    Action,

    /// <summary>The same told by a verb in the past (أطلقت، سقطت، انفجرت): before a weapon word it states the strike.</summary>
    Fired,

    /// <summary>
    /// A verb of being in the past (كان، كانوا): before a planning cue of the trigger it tells a plan of the past
    /// (كانوا يخططون لشن هجمات، كان من المقرر أن): no event of the news.
    /// </summary>
    PastAuxiliary,

    /// <summary>
    /// A fixed phrase whose words are neither a cue nor a trigger there (طائرة دون طيار is a drone, "without a pilot",
    /// not a negation): the longest match at its words, it hides the shorter cues inside it.
    /// </summary>
    Idiom,
}

/// <summary>A cue word or phrase and how far before a trigger it may stand (0: after it).</summary>
internal sealed record EventCue(CueKind Kind, int Window);
