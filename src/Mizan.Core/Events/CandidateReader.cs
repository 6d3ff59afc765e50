using Mizan.Attribution;
using Mizan.Entities;
using Mizan.Events.Reading;
using Mizan.Pipeline;

namespace Mizan.Events;

/// <summary>
/// Reads event candidates from the sentences of a document. For each sentence a trigger detector
/// (<see cref="ITriggerDetector"/>) finds the trigger hits; the hits are grouped by type,
/// attribution scope and status group, each group is a candidate, and the argument readers
/// (<see cref="IArgumentReader"/>) read its actors, place, date, casualty figures and crowd.
/// </summary>
internal sealed class CandidateReader
{
    private readonly EventTypeInfo _attack;

    private readonly CasualtyLexicon _casualties;
    private readonly ITriggerDetector _detector;
    private readonly IArgumentReader[] _arguments;
    private readonly IArgumentReader _figures;
    private readonly Lexicons.PhraseIndex<EventCue>? _sportWords;
    private readonly EventReaderWords? _readerWords;

    public CandidateReader(EventLexicon lexicon, CasualtyLexicon casualties)
        : this(lexicon, casualties, new LexiconTriggerDetector(lexicon ?? throw new ArgumentNullException(nameof(lexicon))))
    {
    }

    /// <summary>A reader with another trigger detector and the default argument readers.</summary>
    internal CandidateReader(EventLexicon lexicon, CasualtyLexicon casualties, ITriggerDetector detector)
        : this(casualties, detector, new FigureReader(lexicon ?? throw new ArgumentNullException(nameof(lexicon))), lexicon)
    {
        _sportWords = lexicon.SportWords;
        _readerWords = lexicon.ReaderWords;
    }

    private CandidateReader(CasualtyLexicon casualties, ITriggerDetector detector, FigureReader figures, EventLexicon lexicon)
        : this(casualties, detector, figures, [new ActorRoleReader(lexicon.Prepositions, lexicon.ReaderWords), new PlaceReader(lexicon.ReaderWords), new DateReader(), figures, new AggregateTollReader(lexicon.ReaderWords), new CrowdReader()], lexicon.Types.Attack)
    {
    }

    /// <summary>
    /// A reader of its parts: the trigger detector, the argument readers in the order they run,
    /// and the reader of figures alone (for a source's figures with no trigger of their own, read as
    /// reports of the <paramref name="attack"/> type).
    /// </summary>
    internal CandidateReader(CasualtyLexicon casualties, ITriggerDetector detector, IArgumentReader figures, IReadOnlyList<IArgumentReader> arguments, EventTypeInfo attack)
    {
        _attack = attack ?? throw new ArgumentNullException(nameof(attack));
        _casualties = casualties ?? throw new ArgumentNullException(nameof(casualties));
        _detector = detector ?? throw new ArgumentNullException(nameof(detector));
        _figures = figures ?? throw new ArgumentNullException(nameof(figures));
        _arguments = [.. arguments ?? throw new ArgumentNullException(nameof(arguments))];
    }

    /// <summary>Every candidate of the document, in text order.</summary>
    public List<EventCandidate> Read(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new List<EventCandidate>();
        (SentenceContext[] sentences, TriggerDetection[] detections, DocumentRegister register) = Detect(document, cancellationToken);
        for (int s = 0; s < sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<TriggerHit> hits = Kept(register, detections[s].Hits);
            sentences[s].UseHits(hits);
            int first = result.Count;
            Read(sentences[s], hits, detections[s].Rejected, result);
            GoOnFromTheSentenceBefore(sentences[s], result, first);
        }

        return result;
    }

    /// <summary>
    /// The trigger words the rules set aside before reading candidates, in text order, with the reason: what
    /// the detector rejected, in a sport report the attacks and marches it reads as play, in an accident report the toll told again (<c>mizan explain</c>).
    /// </summary>
    internal List<SetAsideTrigger> SetAside(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        (_, TriggerDetection[] detections, DocumentRegister register) = Detect(document, CancellationToken.None);
        var result = new List<SetAsideTrigger>();
        for (int s = 0; s < detections.Length; s++)
        {
            foreach (RejectedTrigger r in detections[s].Rejected)
            {
                result.Add(new SetAsideTrigger(s, r.Match.Span, (r.Entry ?? r.Match.Values[0]).Type, ReasonOf(r), r.CueToken));
            }

            if (register.SportReport || register.AccidentReport)
            {
                List<TriggerHit> kept = Kept(register, detections[s].Hits);
                string reason = register.SportReport ? "play in a sport report" : "the toll of an accident report told again";
                foreach (TriggerHit h in detections[s].Hits.Where(h => !kept.Contains(h)))
                {
                    result.Add(new SetAsideTrigger(s, h.Match.Span, h.Entry.Type, reason, -1));
                }
            }
        }

        result.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>The hits of a sentence the document's register keeps: in a sport report no play, in an accident report no toll told again.</summary>
    private static List<TriggerHit> Kept(DocumentRegister register, List<TriggerHit> hits) =>
        register.SportReport ? DocumentRegister.WithoutPlay(hits)
        : register.AccidentReport ? DocumentRegister.WithoutTheAccidentsToll(hits)
        : hits;

    /// <summary>
    /// The trigger detection of each sentence, and the document's register: a sport report, whose attacks,
    /// injuries and marches are play, or an accident report, whose deaths are the accident's (Reading/DocumentRegister).
    /// </summary>
    private (SentenceContext[] Sentences, TriggerDetection[] Detections, DocumentRegister Register) Detect(Document document, CancellationToken cancellationToken)
    {
        var mentions = new DocumentMentions(document);
        var sentences = new SentenceContext[document.Sentences.Length];
        var detections = new TriggerDetection[sentences.Length];
        for (int s = 0; s < sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sentences[s] = new SentenceContext(document, mentions, s, _casualties);
            detections[s] = _detector.Detect(sentences[s]);
        }

        DocumentRegister register = _sportWords is not null ? DocumentRegister.Read(document, _sportWords, detections) : DocumentRegister.Plain;
        return (sentences, detections, register);
    }

    private static string ReasonOf(RejectedTrigger r) => r.Reason switch
    {
        TriggerRejection.BlockedPhrase => "a phrase that only looks like a trigger",
        TriggerRejection.InsideNamedActor => "a word of a named actor or an office",
        TriggerRejection.NoGround => "a gain with no ground after it",
        _ => $"a cue of kind {r.Cue?.ToString().ToLowerInvariant() ?? "unknown"}",
    };

    /// <summary>The candidates of one sentence from its hits, added to <paramref name="candidates"/>.</summary>
    private void Read(SentenceContext sentence, List<TriggerHit> hits, IReadOnlyList<RejectedTrigger> rejected, List<EventCandidate> candidates)
    {
        int first = candidates.Count;
        foreach (HitGroup group in GroupsOf(sentence, hits))
        {
            (int start, int end, SourceAttribution? attribution) = RangeOf(sentence, group.Scope, group.Hits[0].FirstToken);
            var candidate = new EventCandidate(group.Hits[0].Entry.TypeInfo, sentence.Index, start, end, attribution);
            candidate.Triggers.AddRange(group.Hits);
            TriggerHit main = candidate.Main!;
            candidate.Status = main.Status;
            candidate.Background = group.Hits.Exists(static h => h.Background);
            // The means told beside the toll (قتل سبعة في غارة جوية) type the attack: a strike, a shell or a bomb is remote violence.
            candidate.Acled = group.Hits.Select(static h => h.Entry.Acled).FirstOrDefault(AcledCodebook.IsRemoteViolence) ?? main.Entry.Acled;
            foreach (IArgumentReader reader in _arguments)
            {
                reader.Read(candidate, sentence);
            }

            if (IsVerbalAttack(candidate) || LacksArmedAgent(candidate) || IsArrestRaid(candidate, sentence))
            {
                continue;
            }

            if (candidate.TypeInfo.IsMovement
                && ((candidate.Claim?.Displaced.Count == 0 && candidate.Place is null)
                    || ActorCamps.Of(candidate.Actor1?.Participant.Kind) is ActorCamp.State or ActorCamp.NonStateArmed))
            {
                // Flight with neither a number nor a destination, or fighters falling back (فر المسلحون), is not displacement.
                continue;
            }

            candidates.Add(candidate);
            if (candidate.Conjoined is { } second)
            {
                candidates.Add(candidate.WithPlace(second));
            }
        }

        // Figures with no trigger of their own in a scope (نفى المتحدث وقوع أية خسائر في صفوف المتمردين).
        foreach (SourceAttribution attribution in sentence.Attributions)
        {
            if (HasCandidateFor(candidates, first, attribution) || TellsWhatDidNotHappen(rejected, attribution))
            {
                continue;
            }

            var fragment = new EventCandidate(_attack, sentence.Index, attribution.ScopeStart, attribution.ScopeEnd, attribution) { ClaimOnly = true };
            _figures.Read(fragment, sentence);
            if (fragment.Claim is { } claim && (claim.HasFigures || claim.Denial))
            {
                candidates.Add(fragment);
            }
        }
    }

    /// <summary>
    /// Whether a trigger in the scope was rejected by a cue that says it did not happen: a
    /// possibility (قد يؤدي القتال إلى مقتل ما يصل إلى 250 ألف شخص), an aim, a negation. Its figures
    /// are of that possibility, so the scope gives no figures alone either.
    /// </summary>
    private static bool TellsWhatDidNotHappen(IReadOnlyList<RejectedTrigger> rejected, SourceAttribution attribution)
    {
        foreach (RejectedTrigger r in rejected)
        {
            if (r.Cue is CueKind.Modal or CueKind.Purpose or CueKind.Negated
                && r.Match.FirstToken >= attribution.ScopeStart && r.Match.FirstToken < attribution.ScopeEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence that opens with a word of continuation (كما أصيب أكثر من 1700) goes on with the one
    /// before: a toll of its own with no date of its own (or only the start of a span: منذ مطلع نيسان)
    /// belongs to a total that sentence told over a span, and is background with it.
    /// </summary>
    private void GoOnFromTheSentenceBefore(SentenceContext sentence, List<EventCandidate> candidates, int first)
    {
        if (_readerWords is null || first == candidates.Count || sentence.Index == 0
            || !_readerWords.Is(ReaderWordRole.Continuation, sentence.KeyOf(sentence.FirstToken)))
        {
            return;
        }

        for (int i = first; i < candidates.Count; i++)
        {
            EventCandidate c = candidates[i];
            if (c.Background || c.Date is { Boundary: not Dates.DateBoundary.Since } || c.Another)
            {
                continue;
            }

            for (int j = first - 1; j >= 0 && candidates[j].Sentence == sentence.Index - 1; j--)
            {
                if (candidates[j].Type == c.Type && candidates[j].Background && !candidates[j].ClaimOnly)
                {
                    c.Background = true;
                    break;
                }
            }
        }
    }

    private static bool HasCandidateFor(List<EventCandidate> candidates, int first, SourceAttribution attribution)
    {
        for (int i = first; i < candidates.Count; i++)
        {
            if (candidates[i].Attribution == attribution)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The hits of one type, attribution scope and status group, in token order.</summary>
    private sealed record HitGroup(string Type, int Scope, int Mode, List<TriggerHit> Hits);

    /// <summary>
    /// The hits grouped by type, attribution scope and status group. The hits come in token
    /// order (the trigger matches of a sentence, left to right), so the groups, in the order of
    /// their first hit, are in the order of their first token, each with its hits in token order.
    /// </summary>
    private static List<HitGroup> GroupsOf(SentenceContext sentence, List<TriggerHit> hits)
    {
        var groups = new List<HitGroup>();
        foreach (TriggerHit h in hits)
        {
            string type = h.Entry.Type;
            int scope = ScopeOf(sentence, h.FirstToken);
            int mode = StatusGroup(h.Status);
            HitGroup? group = null;
            foreach (HitGroup g in groups)
            {
                if (g.Type == type && g.Scope == scope && g.Mode == mode)
                {
                    group = g;
                    break;
                }
            }

            if (group is null)
            {
                group = new HitGroup(type, scope, mode, []);
                groups.Add(group);
            }

            group.Hits.Add(h);
        }

        return groups;
    }

    /// <summary>
    /// A politician who "attacks" someone with no weapon, casualty or armed actor in sight is
    /// speaking (شن رئيس الحزب هجوما عنيفا على الحكومة، هاجم المرشح منافسه).
    /// </summary>
    private static bool IsVerbalAttack(EventCandidate c)
    {
        if (!c.TypeInfo.IsAttack || c.Claim?.HasFigures == true
            || !c.Triggers.TrueForAll(t => t.Frame is TriggerFrame.Attack or TriggerFrame.Launch))
        {
            return false;
        }

        ActorMention? agent = c.Actor1;
        if (agent is null || agent.MentionKind is not (ActorMentionKind.Person or ActorMentionKind.Official))
        {
            return false;
        }

        ActorCamp camp = ActorCamps.Of(agent.Participant.Kind);
        ActorCamp target = ActorCamps.Of(c.Actor2?.Participant.Kind);
        return camp is ActorCamp.None or ActorCamp.Civilian || (agent.Participant.Kind == ActorKind.Government && target is not ActorCamp.Civilian);
    }

    /// <summary>
    /// A sweep with no armed party that sweeps (اجتاحت العواصف الولايات، اجتاحت الاحتجاجات المدن):
    /// every trigger of the candidate is a lemma that is an attack only when an armed party does
    /// it, and its agent is none.
    /// </summary>
    private static bool LacksArmedAgent(EventCandidate c) =>
        c.Triggers.Count > 0 && c.Triggers.TrueForAll(static t => t.Entry.ArmedAgentLemma)
        && ActorCamps.Of(c.Actor1?.Participant.Kind) is not (ActorCamp.State or ActorCamp.NonStateArmed);

    /// <summary>
    /// A raid that is police work (داهمت وحدات الحرس الوطني منزلا وحجزت أسلحة، إيقاف 6 أشخاص خلال مداهمة):
    /// every trigger is a raid lemma, no armed group does it, no one is counted hurt, and its sentence
    /// tells an arrest or a seizure. A raid by militants (داهمت مجموعة إرهابية منازل) stays an attack, and so
    /// does a raid on them (اقتحام ومداهمة مواقع تنظيم القاعدة، مداهمة موقع خلية إرهابية): it may be fought.
    /// </summary>
    private bool IsArrestRaid(EventCandidate c, SentenceContext s)
    {
        if (_readerWords is null || c.Triggers.Count == 0 || !c.Triggers.TrueForAll(static t => t.Entry.RaidLemma)
            || c.Claim?.HasFigures == true || ActorCamps.Of(c.Actor1?.Participant.Kind) is ActorCamp.NonStateArmed
            || ActorCamps.Of(c.Actor2?.Participant.Kind) is ActorCamp.NonStateArmed)
        {
            return false;
        }

        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            if (_readerWords.Is(ReaderWordRole.ArrestWord, s.Document.Language.Morphology.WithoutConjunction(s.KeyOf(k))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Statuses that can share one candidate: what happened, what is planned, threatened or supposed.</summary>
    private static int StatusGroup(EventStatus status) => status switch
    {
        EventStatus.Planned => 1,
        EventStatus.Threatened => 2,
        EventStatus.Hypothetical => 3,
        _ => 0,
    };

    /// <summary>Index of the attribution whose scope holds the token, or -1 - (gap index) for unattributed stretches.</summary>
    private static int ScopeOf(SentenceContext sentence, int token)
    {
        List<SourceAttribution> attributions = sentence.Attributions;
        for (int k = attributions.Count - 1; k >= 0; k--)
        {
            SourceAttribution a = attributions[k];
            if (token >= a.ScopeStart && token < a.ScopeEnd)
            {
                return k;
            }
        }

        return -1;
    }

    private static (int Start, int End, SourceAttribution? Attribution) RangeOf(SentenceContext sentence, int scope, int token)
    {
        if (scope >= 0)
        {
            SourceAttribution a = sentence.Attributions[scope];
            return (a.ScopeStart, a.ScopeEnd, a);
        }

        // The unattributed stretch around the token: between the scopes that precede and follow it.
        int start = sentence.FirstToken, end = sentence.EndToken;
        foreach (SourceAttribution a in sentence.Attributions)
        {
            int from = Math.Min(a.CueToken, a.Source?.FirstToken ?? a.CueToken);
            if (a.ScopeEnd <= token && a.ScopeEnd > start)
            {
                start = a.ScopeEnd;
            }

            if (from > token && from < end)
            {
                end = from;
            }
        }

        return (start, end, null);
    }
}
