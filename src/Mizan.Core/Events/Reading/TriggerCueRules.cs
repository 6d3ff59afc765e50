using Mizan.Lexicons;

namespace Mizan.Events.Reading;

/// <summary>
/// What the cues of a sentence (<see cref="SentenceCues"/>) say about one reading of a trigger:
/// whether one makes it no event, the status the strongest status cue gives, and the marks for
/// firing, subordinate clauses, light verbs and recalled events.
/// </summary>
/// <param name="Rejection">The kind of the first cue that makes the trigger no event; null when none does.</param>
/// <param name="RejectionToken">The first token of that cue; -1 when none.</param>
/// <param name="Status">The status the cues give.</param>
/// <param name="StatusRank">Its rank (0 for none; denied 6, hypothetical 5, threatened 4, planned 3, failed 2, ongoing 1).</param>
/// <param name="Acted">A word of firing, falling or going off is near.</param>
/// <param name="FiredByVerb">A verb of firing in the past stands before a weapon word.</param>
/// <param name="Subordinate">A time, cause or relative clause cue stands before it.</param>
/// <param name="Supported">A light verb asserts it (شن هجوما), or an ongoing cue stands right before it.</param>
/// <param name="Background">A cue says it is recalled from the past.</param>
internal readonly record struct CueVerdict(
    CueKind? Rejection,
    int RejectionToken,
    EventStatus Status,
    int StatusRank,
    bool Acted,
    bool FiredByVerb,
    bool Subordinate,
    bool Supported,
    bool Background);

/// <summary>The rules by which the kinds of event cue act on a trigger; the cue words themselves are data (<c>data/ar/event-cues.tsv</c>).</summary>
internal static class TriggerCueRules
{
    /// <summary>What the cues say about <paramref name="entry"/>, the reading of <paramref name="match"/>.</summary>
    public static CueVerdict Judge(List<PhraseMatch<EventCue>> cues, PhraseMatch<TriggerEntry> match, TriggerEntry entry, SentenceContext sentence)
    {
        bool violent = entry.TypeInfo.Violent;
        bool background = false;
        bool acted = false;
        bool firedByVerb = false;
        bool subordinate = false;
        bool supported = false;
        EventStatus status = EventStatus.Occurred;
        int statusRank = 0;
        int plannedAt = -1;
        bool sportSentence = cues.Exists(static c => c.Values.Any(static v => v.Kind == CueKind.Sport));
        foreach (PhraseMatch<EventCue> cue in cues)
        {
            int before = match.FirstToken - cue.EndToken; // tokens between cue end and trigger (>= 0 when before)
            int after = cue.FirstToken - match.EndToken; // >= 0 when the cue follows
            foreach (EventCue value in cue.Values)
            {
                bool near = (before >= 0 && before <= value.Window) || (after >= 0 && after <= Math.Max(2, value.Window / 2));
                bool precedes = before >= 0 && before <= value.Window && sentence.SameClause(cue.EndToken, match.FirstToken);
                switch (value.Kind)
                {
                    case CueKind.Metaphor when entry.TypeInfo.RejectedBy(CueKind.Metaphor) && entry.Frame is TriggerFrame.Attack or TriggerFrame.Launch && near:
                    case CueKind.Fiction when near:
                    case CueKind.Court when entry.TypeInfo.RejectedBy(CueKind.Court) && near:
                    case CueKind.Sport when entry.TypeInfo.RejectedBy(CueKind.Sport) && near && !Death(entry):
                    case CueKind.SportWord when entry.TypeInfo.RejectedBy(CueKind.Sport) && near && sportSentence && !Death(entry):
                    case CueKind.Exercise when entry.TypeInfo.RejectedBy(CueKind.Exercise) && near && entry.Frame is TriggerFrame.Attack or TriggerFrame.Projectile or TriggerFrame.Launch:
                    case CueKind.Cyber when entry.TypeInfo.RejectedBy(CueKind.Cyber) && near:
                    case CueKind.Health when entry.TypeInfo.RejectedBy(CueKind.Health) && near && entry.Frame is TriggerFrame.Attack or TriggerFrame.Wounded or TriggerFrame.Injure:
                    case CueKind.Accident when entry.TypeInfo.RejectedBy(CueKind.Accident) && near && entry.Frame is TriggerFrame.Die or TriggerFrame.Wounded or TriggerFrame.Injure or TriggerFrame.Explode or TriggerFrame.Kill:
                    case CueKind.Negated when precedes && before <= 1:
                    case CueKind.Reaction when violent && precedes:
                    case CueKind.Inquiry when violent && (precedes || (after >= 0 && after <= 2)):
                    case CueKind.Purpose when precedes && before <= 2:
                    case CueKind.Modal when precedes:
                        return new CueVerdict(value.Kind == CueKind.SportWord ? CueKind.Sport : value.Kind, cue.FirstToken, status, statusRank, acted, firedByVerb, subordinate, supported, background);
                    case CueKind.Action when near:
                        acted = true;
                        break;
                    case CueKind.Fired when near:
                        acted = true;
                        firedByVerb |= precedes && entry.NeedsAction;
                        break;
                    case CueKind.Subordinate when before >= 0 && before <= value.Window:
                        subordinate = true;
                        break;
                    case CueKind.Support when before >= 0 && before <= value.Window:
                        supported = true;
                        break;
                    case CueKind.Past when near:
                        background = true;
                        break;
                    case CueKind.Denied when precedes:
                        Rank(EventStatus.Denied, 6);
                        break;
                    case CueKind.Hypothetical when precedes:
                        Rank(EventStatus.Hypothetical, 5);
                        break;
                    case CueKind.Threatened when precedes:
                        Rank(EventStatus.Threatened, 4);
                        break;
                    case CueKind.Planned when precedes || (!entry.IsVerb && after >= 0 && after <= 1 && !SubordinateBetween(cues, match.EndToken, cue.FirstToken)):
                        // زيارة يرتقب أن يقوم بها، لقاءا سوف يجمع: the cue may follow a noun; not across a relative
                        // pronoun, whose clause plans something of its own (حركة الاحتجاج التي من المقرر أن تستمر 6 أسابيع).
                        Rank(EventStatus.Planned, 3);
                        plannedAt = plannedAt < 0 ? cue.FirstToken : Math.Min(plannedAt, cue.FirstToken);
                        break;
                    case CueKind.Failed when precedes || (after >= 0 && after <= 3):
                        Rank(EventStatus.Failed, 2);
                        break;
                    case CueKind.Ongoing when precedes || (after >= 0 && after <= 1):
                        Rank(EventStatus.Ongoing, 1);
                        if (before is >= 0 and <= 2)
                        {
                            supported = true; // لا تزال الاشتباكات، تتواصل الاحتجاجات: the noun is what goes on
                        }

                        break;
                }
            }
        }

        // كان هؤلاء الذين قتلوا يخططون لعمليات: the plan is told in the past.
        background |= status == EventStatus.Planned && plannedAt >= 0 && PastAuxiliaryBefore(cues, plannedAt, sentence);
        return new CueVerdict(null, -1, status, statusRank, acted, firedByVerb, subordinate, supported, background);

        static bool PastAuxiliaryBefore(List<PhraseMatch<EventCue>> cues, int planned, SentenceContext sentence) =>
            cues.Exists(c => c.EndToken <= planned && c.Values.Any(v => v.Kind == CueKind.PastAuxiliary && planned - c.EndToken <= v.Window)
                && sentence.SameClause(c.EndToken, planned));

        // A death is never play (مقتل 5 من مشجعي كرة القدم).
        static bool Death(TriggerEntry entry) => entry.Frame is TriggerFrame.Kill or TriggerFrame.Die;

        static bool SubordinateBetween(List<PhraseMatch<EventCue>> cues, int from, int to) =>
            cues.Exists(c => c.FirstToken >= from && c.FirstToken < to && c.Values.Any(v => v.Kind == CueKind.Subordinate));

        void Rank(EventStatus s, int rank)
        {
            if (rank > statusRank)
            {
                status = s;
                statusRank = rank;
            }
        }
    }
}
