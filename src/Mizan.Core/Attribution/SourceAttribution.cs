using Mizan.Entities;
using Mizan.Text;

namespace Mizan.Attribution;

/// <summary>
/// Who says what: an attribution cue, its source (null when the text names none), and the
/// tokens of the sentence it governs.
/// </summary>
/// <param name="Cue">Original span of the cue word or phrase.</param>
/// <param name="CueToken">First token of the cue.</param>
/// <param name="Kind">How the cue introduces its source.</param>
/// <param name="Source">The actor named as the source, when there is one.</param>
/// <param name="ScopeStart">First token governed.</param>
/// <param name="ScopeEnd">Token after the last governed.</param>
/// <param name="Span">Original span from the start of the cue or source to the end of the scope.</param>
public sealed record SourceAttribution(
    TextSpan Cue,
    int CueToken,
    AttributionKind Kind,
    ActorMention? Source,
    int ScopeStart,
    int ScopeEnd,
    TextSpan Span)
{
    /// <summary>Whether the attribution denies what it governs.</summary>
    public bool IsDenial => Kind == AttributionKind.Deny;
}
