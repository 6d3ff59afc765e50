namespace Mizan.Dates;

/// <summary>What <see cref="DateRecognitionStage"/> does with a publication date later than today.</summary>
public enum FutureReferencePolicy
{
    /// <summary>Throw <see cref="FutureReferenceDateException"/>: the date is most likely misread upstream.</summary>
    Reject,

    /// <summary>Treat the reference as unknown: relative expressions stay unresolved, absolute ones are resolved.</summary>
    LeaveRelativeUnresolved,
}
