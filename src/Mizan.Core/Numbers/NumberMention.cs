using Mizan.Text;

namespace Mizan.Numbers;

/// <summary>How a number expression bounds the quantity.</summary>
public enum NumberKind : byte
{
    /// <summary>A definite number: 20, عشرون, جنديين.</summary>
    Exact,

    /// <summary>A lower bound: ما لا يقل عن 10, أكثر من ثلاثين (High is null).</summary>
    AtLeast,

    /// <summary>An upper bound: أقل من 10 (Low is 0).</summary>
    AtMost,

    /// <summary>An approximation: نحو، حوالي، قرابة (Low and High are the number given).</summary>
    Approximate,

    /// <summary>A vague amount given as a range: عدة، بضعة، عشرات، مئات، عدد من.</summary>
    Vague,

    /// <summary>An explicit range: بين 10 و15.</summary>
    Range,
}

/// <summary>
/// A quantity in the text: its span, its bounds, how it bounds, the unit word that
/// follows when it is a measure rather than a count (كيلومتر، ساعة، يوم...), and the
/// counted noun when one follows (20 متمردا، ألف من التوارق).
/// </summary>
/// <param name="Span">
/// Original span of the whole expression: modifiers (أكثر من، على الأقل), the number and its unit
/// words; the counted noun only when a trailing modifier follows it (ثمانية إرهابيين على الأقل).
/// Proclitics peeled from the first word (و، ب، ل) are left out.
/// </param>
/// <param name="Low">Lower bound (rounded down when the number has a fraction).</param>
/// <param name="High">Upper bound (rounded up when the number has a fraction); null when open-ended.</param>
/// <param name="Kind">How the expression bounds the quantity.</param>
/// <param name="FirstToken">Index of the first token of the expression.</param>
/// <param name="EndToken">Index after the last token of the expression; no two mentions share a token.</param>
/// <param name="Unit">
/// Unit of measure, null for a count: <c>km</c>, <c>m</c>, <c>kg</c>, <c>tonne</c>, <c>minute</c>,
/// <c>hour</c>, <c>day</c>, <c>week</c>, <c>month</c>, <c>year</c> (a duration), <c>age</c>,
/// <c>percent</c>, <c>currency</c>.
/// </param>
/// <param name="CountedToken">
/// Index of the token of the counted noun (متمردا in 20 متمردا، التوارق in ألف من التوارق, the dual
/// noun itself in جنديين), or of the unit word for a measure; null when none follows.
/// </param>
/// <param name="Fraction">The value as written when it is not a whole number (3.5 كيلومتر), otherwise null.</param>
public sealed record NumberMention(
    TextSpan Span,
    long Low,
    long? High,
    NumberKind Kind,
    int FirstToken,
    int EndToken,
    string? Unit = null,
    int? CountedToken = null,
    decimal? Fraction = null)
{
    /// <summary>Whether the mention counts something (it has no unit of measure).</summary>
    public bool IsCount => Unit is null;
}
