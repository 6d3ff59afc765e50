using Mizan.Events;
using Mizan.Text;

namespace Mizan.Dates;

/// <summary>
/// A date expression in the text and, when a reference date is known, the days it
/// denotes. Without a reference date relative expressions stay unresolved.
/// </summary>
/// <param name="Span">Original span of the expression.</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="EndToken">Index after the last token.</param>
/// <param name="Start">First day, when resolved.</param>
/// <param name="End">Last day (inclusive), when resolved.</param>
/// <param name="Precision">Precision of the resolution; null when unresolved.</param>
/// <param name="IsRelative">Whether the expression needs a reference date (أمس، الخميس الماضي).</param>
public sealed record DateMention(
    TextSpan Span,
    int FirstToken,
    int EndToken,
    DateOnly? Start,
    DateOnly? End,
    DatePrecision? Precision,
    bool IsRelative)
{
    public bool IsResolved => Start is not null;
}
