namespace Mizan.Attribution;

/// <summary>How an attribution word introduces its source.</summary>
public enum AttributionKind : byte
{
    /// <summary>A speech verb whose subject is the source: قال الجيش إن...</summary>
    Say,

    /// <summary>A speech verb that denies: نفى.</summary>
    Deny,

    /// <summary>A speech verb that accuses: اتهم.</summary>
    Accuse,

    /// <summary>Goes on with the last source: وأضاف، مضيفا، حسب قوله.</summary>
    Continue,

    /// <summary>A preposition whose object is the source: بحسب، نقلا عن.</summary>
    According,

    /// <summary>A statement noun whose genitive is the source: بيان وزارة الدفاع.</summary>
    Statement,
}

/// <summary>An attribution word or phrase.</summary>
public sealed record AttributionCue(string Lemma, AttributionKind Kind);
