using System.Collections.Immutable;

namespace Mizan.Events;

/// <summary>One row of <c>data/ar/event-types.tsv</c>: an event type and what the event reader does with it.</summary>
/// <param name="Name">The type as the output names it (ASSAULT, PROTEST ...).</param>
/// <param name="Kind">Attack, crowd, movement or other.</param>
/// <param name="StrengthThreshold">How strongly a stretch must report an incident to start an event of its own.</param>
/// <param name="Violent">Whether a reaction, an inquiry or a purpose about it is no report of it.</param>
/// <param name="NotWhen">The cue kinds that make a trigger of the type no event.</param>
internal sealed record EventTypeInfo(string Name, EventTypeKind Kind, int StrengthThreshold, bool Violent, ImmutableArray<CueKind> NotWhen)
{
    /// <summary>Someone hits someone (ASSAULT).</summary>
    public bool IsAttack => Kind == EventTypeKind.Attack;

    /// <summary>People gather (PROTEST).</summary>
    public bool IsCrowd => Kind == EventTypeKind.Crowd;

    /// <summary>People flee (DISPLACE).</summary>
    public bool IsMovement => Kind == EventTypeKind.Movement;

    /// <summary>Whether a cue of this kind near a trigger of the type makes it no event.</summary>
    public bool RejectedBy(CueKind cue) => NotWhen.Contains(cue);
}
