namespace Mizan.Events;

/// <summary>What kind of happening an event type is, as the event reader treats it (<c>kind</c> in <c>data/ar/event-types.tsv</c>).</summary>
internal enum EventTypeKind : byte
{
    /// <summary>Meetings, requests, accusations, threats: reported, never read as violence.</summary>
    Other,

    /// <summary>Someone hits someone: an attacker and a target, tolls and their sides, fatalities.</summary>
    Attack,

    /// <summary>People gather: protesters and the size of the crowd.</summary>
    Crowd,

    /// <summary>People flee: a number or a destination.</summary>
    Movement,
}
