namespace Mizan.Dates;

/// <summary>Whether a date expression marks the start or the end of a stretch of time.</summary>
public enum DateBoundary : byte
{
    /// <summary>A plain date: the event is on it or within it.</summary>
    None,

    /// <summary>منذ: from this date until the reference date.</summary>
    Since,

    /// <summary>حتى، لغاية: up to this date.</summary>
    Until,
}
