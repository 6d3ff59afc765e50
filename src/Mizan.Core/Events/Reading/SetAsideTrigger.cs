using Mizan.Text;

namespace Mizan.Events.Reading;

/// <summary>A trigger word the rules set aside before reading candidates, with the reason in words.</summary>
/// <param name="Sentence">Index of its sentence.</param>
/// <param name="Span">The trigger words.</param>
/// <param name="Type">The event type it would start.</param>
/// <param name="Reason">Why it was set aside.</param>
/// <param name="CueToken">The first token of the cue phrase that rejected it; -1 when no cue did.</param>
internal sealed record SetAsideTrigger(int Sentence, TextSpan Span, string Type, string Reason, int CueToken);
