using Mizan.Text;

namespace Mizan.Numbers;

/// <summary>How a number expression bounds the quantity.</summary>
public enum NumberKind : byte
{
    /// <summary>A definite number: 20, عشرون, جنديين.</summary>
    Exact,

    /// <summary>A lower bound: ما لا يقل عن 10, أكثر من ثلاثين (High is null).</summary>
    AtLeast,

    /// <summary>An upper bound: أقل من 10 (Low is 0 or the context's floor).</summary>
    AtMost,

    /// <summary>An approximation: نحو، حوالي، قرابة.</summary>
    Approximate,

    /// <summary>A vague amount given as a range: عدة، بضعة، عشرات، مئات، عدد من.</summary>
    Vague,
}

/// <summary>
/// A quantity in the text: its span, its bounds, how it bounds, and the unit word that
/// follows when it is a measure rather than a count (كيلومتر، ساعة، يوم...).
/// </summary>
/// <param name="Span">Original span of the whole expression, modifiers included.</param>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound; null when open-ended.</param>
/// <param name="Kind">How the expression bounds the quantity.</param>
/// <param name="FirstToken">Index of the first token of the expression.</param>
/// <param name="EndToken">Index after the last token of the expression.</param>
/// <param name="Unit">Unit of measure (for example <c>km</c>, <c>hour</c>), null for a count.</param>
public sealed record NumberMention(
    TextSpan Span,
    long Low,
    long? High,
    NumberKind Kind,
    int FirstToken,
    int EndToken,
    string? Unit = null);
