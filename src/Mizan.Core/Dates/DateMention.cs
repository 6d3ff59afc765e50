using Mizan.Events;
using Mizan.Text;

namespace Mizan.Dates;

/// <summary>
/// A date expression in the text and, when it can be resolved, the days it denotes.
/// Relative expressions (أمس، الخميس الماضي، الشهر الجاري) are resolved against the
/// reference date (the publication date); without one they stay unresolved: Start, End
/// and Precision are null and nothing is guessed.
/// </summary>
/// <param name="Span">Original span of the whole expression: يوم, the time of day, modifiers,
/// منذ/حتى and the era mark included; a preposition such as في and a peeled proclitic (و، ب، ل) excluded.</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="EndToken">Index after the last token.</param>
/// <param name="Start">First day, when resolved.</param>
/// <param name="End">Last day (inclusive), when resolved.</param>
/// <param name="Precision">Precision of the resolution; null when unresolved.</param>
/// <param name="IsRelative">Whether the expression needs a reference date (أمس، الخميس الماضي).</param>
/// <param name="Boundary">
/// Whether the expression opens or closes a stretch of time: for <see cref="DateBoundary.Since"/>
/// (منذ الاثنين الماضي) Start..End is the anchor day or period, and the stretch runs from it to
/// the reference date.
/// </param>
/// <param name="YearOmitted">
/// Whether the expression names a day of a month and no year (23 آذار/مارس), so that its year was
/// taken from the reference date: a day after the reference may be of the year before.
/// </param>
public sealed record DateMention(
    TextSpan Span,
    int FirstToken,
    int EndToken,
    DateOnly? Start,
    DateOnly? End,
    DatePrecision? Precision,
    bool IsRelative,
    DateBoundary Boundary = DateBoundary.None,
    bool YearOmitted = false)
{
    public bool IsResolved => Start is not null;
}
