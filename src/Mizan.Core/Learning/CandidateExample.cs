using Mizan.Events;
using Mizan.Text;

namespace Mizan.Learning;

/// <summary>
/// One candidate of the rules as the learned scorer sees it, for training and inspection: where
/// it is, what the rules decided and its features.
/// </summary>
/// <param name="Type">The event type (ASSAULT, PROTEST, DISPLACE ...).</param>
/// <param name="Sentence">The index of its sentence in the document.</param>
/// <param name="Span">The characters of the stretch it was read from.</param>
/// <param name="Status">The status the rules gave it.</param>
/// <param name="RuleStarts">Whether the rules alone let it start an event.</param>
/// <param name="Features">Its features in the hashed space.</param>
public sealed record CandidateExample(string Type, int Sentence, TextSpan Span, EventStatus Status, bool RuleStarts, SparseVector Features);
