using System.Collections.Immutable;
using Mizan.Attribution;
using Mizan.Dates;
using Mizan.Entities;
using Mizan.Events.Reading;
using Mizan.Geocoding;
using Mizan.Lexicons;
using Mizan.Numbers;
using Mizan.Pipeline;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Events;

/// <summary>
/// Reads event candidates from the sentences of a document: finds triggers, drops those whose
/// context makes them no event (metaphor, film, court, accident, sport...), sets their status
/// from the cues before them, groups them by type and attribution scope, and reads each
/// group's actors, place, date and casualty figures.
/// </summary>
public sealed class CandidateReader
{
    private const int ActorReach = 4;

    private readonly EventLexicon _lexicon;
    private readonly CasualtyLexicon _casualties;
    private readonly ITriggerDetector _detector;

    public CandidateReader(EventLexicon lexicon, CasualtyLexicon casualties)
        : this(lexicon, casualties, new LexiconTriggerDetector(lexicon ?? throw new ArgumentNullException(nameof(lexicon))))
    {
    }

    internal CandidateReader(EventLexicon lexicon, CasualtyLexicon casualties, ITriggerDetector detector)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _casualties = casualties ?? throw new ArgumentNullException(nameof(casualties));
        _detector = detector ?? throw new ArgumentNullException(nameof(detector));
    }

    /// <summary>Every candidate of the document, in text order.</summary>
    public List<EventCandidate> Read(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new List<EventCandidate>();
        var mentions = new DocumentMentions(document);
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = new SentenceContext(document, mentions, s, _casualties);
            TriggerDetection detection = _detector.Detect(sentence);
            sentence.UseHits(detection.Hits);
            result.AddRange(new SentenceScan(this, sentence).Run(detection.Hits));
        }

        return result;
    }

    private sealed class SentenceScan
    {
        private readonly CandidateReader _owner;
        private readonly SentenceContext _ctx;
        private readonly Document _doc;
        private readonly DocumentMentions _mentions;
        private readonly Sentence _sentence;
        private readonly int _index;
        private readonly ImmutableArray<Token> _tokens;
        private readonly List<SourceAttribution> _attributions;
        private readonly List<ActorMention> _actors;

        public SentenceScan(CandidateReader owner, SentenceContext sentence)
        {
            _owner = owner;
            _ctx = sentence;
            _doc = sentence.Document;
            _mentions = sentence.Mentions;
            _index = sentence.Index;
            _sentence = sentence.Sentence;
            _tokens = sentence.Tokens;
            _attributions = sentence.Attributions;
            _actors = sentence.Actors;
        }

        /// <summary>The casualty words of the sentence (looked up when a candidate needs them).</summary>
        private ImmutableArray<PhraseMatch<CasualtyRole>> CasualtyWords => _ctx.CasualtyWords;

        private EventLexicon Lexicon => _owner._lexicon;

        public IEnumerable<EventCandidate> Run(List<TriggerHit> hits)
        {
            var candidates = new List<EventCandidate>();
            foreach (HitGroup group in GroupsOf(hits))
            {
                (int start, int end, SourceAttribution? attribution) = RangeOf(group.Scope, group.Hits[0].FirstToken);
                var candidate = new EventCandidate(group.Type, _index, start, end, attribution);
                candidate.Triggers.AddRange(group.Hits);
                TriggerHit main = candidate.Main!;
                candidate.Status = main.Status;
                candidate.Background = group.Hits.Exists(static h => h.Background);
                candidate.Acled = main.Entry.Acled;
                ReadActors(candidate);
                ReadPlace(candidate);
                ReadDate(candidate);
                ReadFigures(candidate);
                ReadCrowd(candidate);
                if (IsVerbalAttack(candidate))
                {
                    continue;
                }

                if (candidate.Type == "DISPLACE"
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
            foreach (SourceAttribution attribution in _attributions)
            {
                if (HasCandidateFor(candidates, attribution))
                {
                    continue;
                }

                var fragment = new EventCandidate("ASSAULT", _index, attribution.ScopeStart, attribution.ScopeEnd, attribution) { ClaimOnly = true };
                ReadFigures(fragment);
                if (fragment.Claim is { } claim && (claim.HasFigures || claim.Denial))
                {
                    candidates.Add(fragment);
                }
            }

            return candidates;
        }

        private static bool HasCandidateFor(List<EventCandidate> candidates, SourceAttribution attribution)
        {
            foreach (EventCandidate c in candidates)
            {
                if (c.Attribution == attribution)
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
        private List<HitGroup> GroupsOf(List<TriggerHit> hits)
        {
            var groups = new List<HitGroup>();
            foreach (TriggerHit h in hits)
            {
                string type = h.Entry.Type;
                int scope = ScopeOf(h.FirstToken);
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
            if (c.Type != "ASSAULT" || c.Claim?.HasFigures == true
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

        /// <summary>Statuses that can share one candidate: what happened, what is planned, threatened or supposed.</summary>
        private static int StatusGroup(EventStatus status) => status switch
        {
            EventStatus.Planned => 1,
            EventStatus.Threatened => 2,
            EventStatus.Hypothetical => 3,
            _ => 0,
        };

        /// <summary>Index of the attribution whose scope holds the token, or -1 - (gap index) for unattributed stretches.</summary>
        private int ScopeOf(int token)
        {
            for (int k = _attributions.Count - 1; k >= 0; k--)
            {
                SourceAttribution a = _attributions[k];
                if (token >= a.ScopeStart && token < a.ScopeEnd)
                {
                    return k;
                }
            }

            return -1;
        }

        private (int Start, int End, SourceAttribution? Attribution) RangeOf(int scope, int token)
        {
            if (scope >= 0)
            {
                SourceAttribution a = _attributions[scope];
                return (a.ScopeStart, a.ScopeEnd, a);
            }

            // The unattributed stretch around the token: between the scopes that precede and follow it.
            int start = _sentence.FirstToken, end = _sentence.EndToken;
            foreach (SourceAttribution a in _attributions)
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

        private void ReadActors(EventCandidate c)
        {
            ActorMention? source = c.Attribution?.Source;

            // The words that name the source (أفاد ضابط في الشرطة بأن) are not the incident's actors.
            (int sourceFrom, int sourceTo) = SourceWords(c.Attribution);
            var pool = new List<ActorMention>();
            foreach (ActorMention a in _actors)
            {
                if (a.FirstToken >= c.RangeStart && a.FirstToken < c.RangeEnd
                    && !(source is not null && a.FirstToken < source.EndToken && source.FirstToken < a.EndToken)
                    && !(a.FirstToken >= sourceFrom && a.EndToken <= sourceTo))
                {
                    pool.Add(a);
                }
            }

            foreach (TriggerHit t in VerbsFirst(c.Triggers))
            {
                (ActorMention? a1, ActorMention? a2) = Roles(t, c.Actor1 is null && c.Actor2 is null ? pool : Free(pool, c), c);
                c.Actor1 ??= a1 is not null && a1 != c.Actor2 ? a1 : null;
                c.Actor2 ??= a2 is not null && a2 != c.Actor1 ? a2 : null;
                if (c.Actor1 is not null && c.Actor2 is not null)
                {
                    break;
                }
            }

            // A state or armed group reporting deaths among its enemies with no agent named is the agent:
            // أعلن الجيش مقتل ثمانية إرهابيين، أفادت الوزارة أن قواتها قضت على 20 مسلحا.
            // Unnamed sources (مصادر عسكرية) speak about the incident; they did not fight it.
            if (c.Type == "ASSAULT" && c.Actor1 is null && source is { MentionKind: ActorMentionKind.Named or ActorMentionKind.Institution } && c.Actor2 is not null
                && ActorCamps.Opposed(source.Participant.Kind, c.Actor2.Participant.Kind))
            {
                c.Actor1 = source;
            }
        }

        /// <summary>The triggers, verbs first, each kind in token order.</summary>
        private static IEnumerable<TriggerHit> VerbsFirst(List<TriggerHit> triggers) =>
            triggers.Count == 1 ? triggers : triggers.OrderByDescending(static t => t.Entry.IsVerb).ThenBy(static t => t.FirstToken);

        /// <summary>The actors of the pool that are not yet the candidate's.</summary>
        private static List<ActorMention> Free(List<ActorMention> pool, EventCandidate c)
        {
            var free = new List<ActorMention>(pool.Count);
            foreach (ActorMention a in pool)
            {
                if (a != c.Actor1 && a != c.Actor2)
                {
                    free.Add(a);
                }
            }

            return free;
        }

        /// <summary>
        /// The tokens that name who speaks: from an attribution cue to the complementiser that opens
        /// what is said (قالت [مصادر عسكرية] إن، أفاد [ضابط في الشرطة] بأن), else to the end of the
        /// source named right after the cue (أفادت [مصادر ميدانية] بسقوط); (-1, -1) when neither.
        /// </summary>
        private (int From, int To) SourceWords(SourceAttribution? attribution)
        {
            if (attribution is null)
            {
                return (-1, -1);
            }

            int cue = attribution.CueToken;
            for (int k = cue + 1; k < Math.Min(attribution.ScopeEnd, cue + 8); k++)
            {
                if (_doc.KeyOf(_tokens[k]) is "ان" or "بان")
                {
                    return (cue, k);
                }
            }

            return attribution.Source is { } source && source.FirstToken > cue && source.FirstToken <= cue + 2
                ? (cue, source.EndToken)
                : (-1, -1);
        }

        private (ActorMention? Actor1, ActorMention? Actor2) Roles(TriggerHit t, List<ActorMention> pool, EventCandidate c)
        {
            ActorMention? After(int from, int reach)
            {
                foreach (ActorMention a in pool)
                {
                    if (a.FirstToken >= from && a.FirstToken < from + reach && OnlyGlue(from, a.FirstToken))
                    {
                        return a;
                    }
                }

                return null;
            }

            ActorMention? Before(int to, int reach)
            {
                for (int i = pool.Count - 1; i >= 0; i--)
                {
                    ActorMention a = pool[i];
                    if (a.EndToken <= to && a.EndToken > to - reach && _ctx.SameClause(a.EndToken, to))
                    {
                        return a;
                    }
                }

                return null;
            }

            ActorMention? AfterWord(int from, ReadOnlySpan<string> words, int reach)
            {
                for (int k = from; k < Math.Min(c.RangeEnd, from + reach); k++)
                {
                    ReadOnlySpan<char> key = _doc.KeyOf(_tokens[k]);
                    foreach (string w in words)
                    {
                        if (key.SequenceEqual(w) && After(k + 1, 2) is { } x)
                        {
                            return x;
                        }

                        // A proclitic preposition on the actor itself: لمقاتلي التحالف، بالجيش.
                        if (w.Length == 1 && key.Length > 2 && key[0] == w[0])
                        {
                            foreach (ActorMention attached in pool)
                            {
                                if (attached.FirstToken == k)
                                {
                                    return attached;
                                }
                            }
                        }
                    }
                }

                return null;
            }

            bool IsVictim(ActorMention? a) => a is not null && ActorCamps.Of(a.Participant.Kind) == ActorCamp.Civilian;

            switch (t.Frame)
            {
                case TriggerFrame.Clash:
                    {
                        // اشتباكات بين X و Y; X مع Y.
                        ActorMention? x = AfterWord(t.EndToken, ["بين"], 3);
                        if (x is not null)
                        {
                            ActorMention? y = pool.Find(a => a.FirstToken >= x.EndToken && a.FirstToken <= x.EndToken + 2);
                            return (x, y);
                        }

                        ActorMention? subject = After(t.EndToken, 2) ?? Before(t.FirstToken, ActorReach);
                        ActorMention? other = AfterWord(t.EndToken, ["مع", "ضد"], 6);
                        return (subject, other != subject ? other : null);
                    }

                case TriggerFrame.Die:
                case TriggerFrame.Wounded:
                    {
                        ActorMention? victims = After(t.EndToken, 3) ?? (t.Entry.IsVerb ? Before(t.FirstToken, ActorReach) : null);
                        ActorMention? agent = AfterWord(t.EndToken, ["يد", "بنيران", "برصاص", "قبل", "ل"], 8);
                        return (agent != victims ? agent : null, victims);
                    }

                case TriggerFrame.Protest:
                case TriggerFrame.Displace:
                    {
                        ActorMention? subject = After(t.EndToken, 3) ?? Before(t.FirstToken, ActorReach);
                        ActorMention? target = AfterWord(t.EndToken, ["ضد", "امام", "مع"], 6);
                        return (subject, target != subject ? target : null);
                    }

                case TriggerFrame.Meet:
                case TriggerFrame.Visit:
                case TriggerFrame.Mediate:
                case TriggerFrame.Accuse:
                case TriggerFrame.Request:
                case TriggerFrame.Threaten:
                    {
                        ActorMention? subject = t.Entry.IsVerb ? After(t.EndToken, 2) ?? Before(t.FirstToken, ActorReach) : Before(t.FirstToken, ActorReach) ?? After(t.EndToken, 2);
                        ActorMention? other = AfterWord(t.EndToken, ["مع", "ب", "من", "بين", "عن"], 6) ?? After((subject?.EndToken ?? t.EndToken), 3);
                        return (subject, other != subject ? other : null);
                    }

                default:
                    {
                        if (t.Entry.IsVerb)
                        {
                            ActorMention? subject = After(t.EndToken, 2);
                            if (subject is not null && t.Frame is TriggerFrame.Kill or TriggerFrame.Injure && IsVictim(subject))
                            {
                                // قتل 5 مدنيين: unvocalised, the passive reads like the active.
                                return (null, subject);
                            }

                            subject ??= Before(t.FirstToken, ActorReach + 2);
                            ActorMention? target = After(subject is not null && subject.FirstToken > t.FirstToken ? subject.EndToken : t.EndToken, 4)
                                ?? AfterWord(t.EndToken, ["علي", "ضد", "ل"], 6);
                            return (subject, target != subject ? target : null);
                        }

                        // A noun: هجوم X على Y، قصف X لـ Y، هجوما تكتيكيا لمقاتلي التحالف.
                        ActorMention? agent = After(t.EndToken, 2) ?? AfterWord(t.EndToken, ["ل", "قبل", "يد", "بنيران", "نفذه", "تبناه"], 5);

                        // A weapon fired: who fired it stands before it (أطلقت الطائرات خمسة صواريخ).
                        if (agent is null && t.Entry.NeedsAction && Before(t.FirstToken, ActorReach) is { } shooter && !IsVictim(shooter))
                        {
                            agent = shooter;
                        }

                        ActorMention? victim = AfterWord(t.EndToken, ["علي", "ضد", "استهدف", "استهدفت", "طال", "طالت"], 8);
                        if (IsVictim(agent) && victim is null)
                        {
                            return (null, agent);
                        }

                        return (agent, victim != agent ? victim : null);
                    }
            }
        }

        private void ReadPlace(EventCandidate c)
        {
            List<PlaceMention> places = OwnedPlaces(c, c.RangeStart, c.RangeEnd);
            if (places.Count == 0)
            {
                places = OwnedPlaces(c, _sentence.FirstToken, _sentence.EndToken);
            }

            if (places.Count == 0)
            {
                return;
            }

            int anchor = c.Main?.FirstToken ?? c.RangeStart;

            // The places the event is in or aimed at: after a locative word, or right after the trigger
            // (استهدفت دوما، قصف الغوطة). Among them the most precise, then the nearest.
            // A place after another trigger that follows the main one belongs to that one's clause
            // (استهدفت ثكنات في مديرية السوادية، وسط استمرار المعارك في منطقة قانية).
            int nextTrigger = int.MaxValue;
            if (c.Main is { } main)
            {
                foreach (TriggerHit t in c.Triggers)
                {
                    if (t.FirstToken > main.EndToken && t.FirstToken < nextTrigger)
                    {
                        nextTrigger = t.FirstToken;
                    }
                }
            }

            int targetEnd = (c.Main?.EndToken ?? anchor) + 1;
            PlaceMention best = places[0];
            (int Clause, int Aim, int Specificity, int Distance) bestRank = (int.MaxValue, 0, 0, 0);
            foreach (PlaceMention p in places)
            {
                bool target = p.FirstToken >= anchor && p.FirstToken <= targetEnd;
                (int Clause, int Aim, int Specificity, int Distance) rank = (p.FirstToken > nextTrigger ? 1 : 0, p.Locative || target ? 0 : 1, Specificity(p), Math.Abs(p.FirstToken - anchor) + (p.FirstToken < anchor ? 2 : 0));
                if (rank.CompareTo(bestRank) < 0)
                {
                    best = p;
                    bestRank = rank;
                }
            }

            // "مخيم لنازحي تاورغاء بالعاصمة طرابلس": a town followed by a locative city word names the city it is in.
            PlaceMention? container = places.Find(p => p.FirstToken > best.EndToken && p.FirstToken <= best.EndToken + 3 && p.Locative && p.Relation is null
                && Specificity(p) == Specificity(best) && AfterCityWord(p));
            c.Place = container ?? best;

            // Strikes on two named towns are two events: استهدفت دوما وزملكا.
            c.Conjoined = places.Find(p => p.FirstToken == c.Place.EndToken + 1 && _ctx.IsWord(c.Place.EndToken, "و") && Specificity(p) == Specificity(c.Place) && Specificity(p) <= 1)
                ?? places.Find(p => p.FirstToken == c.Place.EndToken && _doc.KeyOf(_tokens[p.FirstToken]).StartsWith("و", StringComparison.Ordinal) && Specificity(p) == Specificity(c.Place) && Specificity(p) <= 1);
        }

        /// <summary>The places that start in [<paramref name="from"/>, <paramref name="to"/>), outside any actor's name, that belong to the candidate.</summary>
        private List<PlaceMention> OwnedPlaces(EventCandidate c, int from, int to)
        {
            var owned = new List<PlaceMention>();
            ImmutableArray<PlaceMention> all = _doc.Places;
            (int start, int end) = _mentions.Places.Starting(from, to);
            for (int i = start; i < end; i++)
            {
                PlaceMention p = all[i];
                if (p.FirstToken >= from && p.FirstToken < to && !_ctx.InsideAnyActor(p.FirstToken) && _ctx.Owns(c, p.FirstToken, p.EndToken))
                {
                    owned.Add(p);
                }
            }

            return owned;
        }

        /// <summary>Whether the trigger nearest to these tokens sits in a clause about another time (في أعقاب الحصار ... العام الفائت).</summary>
        private bool NearestIsSubordinate(int first, int end) => _ctx.NearestHit(first, end)?.Subordinate == true;

        /// <summary>
        /// 0 for a site or town, 1 for a district, 2 for a region, 3 for a country (from the best
        /// candidate). After a region word (بمحافظة صعدة) the name is the region, not its town.
        /// </summary>
        private int Specificity(PlaceMention p)
        {
            bool region = p.Administrative;
            int best = 3;
            foreach (Place place in p.Candidates)
            {
                int s = place.Precision switch
                {
                    LocationPrecision.Site or LocationPrecision.Town or LocationPrecision.NearTown => region ? 3 : 0,
                    LocationPrecision.District => 1,
                    LocationPrecision.Region => 2,
                    _ => 3,
                };
                best = Math.Min(best, s);
            }

            return best;
        }

        /// <summary>City words before the place: العاصمة، مدينة (بالعاصمة الليبية طرابلس).</summary>
        private bool AfterCityWord(PlaceMention p)
        {
            for (int t = Math.Max(_sentence.FirstToken, p.FirstToken - 3); t < p.FirstToken; t++)
            {
                ReadOnlySpan<char> key = _doc.KeyOf(_tokens[t]);
                if (key.EndsWith("عاصمه", StringComparison.Ordinal) || key.EndsWith("مدينه", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private void ReadDate(EventCandidate c)
        {
            int anchor = c.Main?.FirstToken ?? c.RangeStart;
            c.Date = null;
            (int InRange, int Distance) bestRank = (int.MaxValue, 0);
            ImmutableArray<DateMention> dates = _doc.Dates;
            (int start, int end) = _mentions.Dates.Starting(_sentence.FirstToken, _sentence.EndToken);
            for (int i = start; i < end; i++)
            {
                DateMention d = dates[i];
                if (d.FirstToken >= _sentence.FirstToken && d.FirstToken < _sentence.EndToken && _ctx.Owns(c, d.FirstToken, d.EndToken)
                    && !(d.Precision is DatePrecision.Year or DatePrecision.Month && NearestIsSubordinate(d.FirstToken, d.EndToken)))
                {
                    (int InRange, int Distance) rank = (d.FirstToken >= c.RangeStart && d.FirstToken < c.RangeEnd ? 0 : 1, Math.Abs(d.FirstToken - anchor));
                    if (rank.CompareTo(bestRank) < 0)
                    {
                        c.Date = d;
                        bestRank = rank;
                    }
                }
            }

            if (c.Date is { } date)
            {
                TextSpan key = _doc.Normalized.ToKey(date.Span);
                c.DateKey = _doc.Normalized.Key.Substring(key.Start, key.Length);
            }
        }

        /// <summary>
        /// How many took part, next to a protest word (تجمع نحو 500 متظاهر، نزل آلاف الأشخاص، خرج
        /// مئات الطلاب): reports of a protest give the size of the crowd.
        /// </summary>
        private void ReadCrowd(EventCandidate c)
        {
            if (c.Type != "PROTEST")
            {
                return;
            }

            (int firstNumber, int endNumber) = _mentions.Numbers.Starting(_sentence.FirstToken, _sentence.EndToken);
            foreach (TriggerHit t in c.Triggers)
            {
                for (int n = firstNumber; n < endNumber; n++)
                {
                    NumberMention number = _doc.Numbers[n];
                    // The people word is counted by the number before it (500 متظاهر); after it a
                    // number counts something else (أحرق المتظاهرون 17 سيارة).
                    bool after = !t.Entry.NamesAgents && number.FirstToken > t.FirstToken && number.FirstToken <= t.EndToken + 2;
                    bool before = number.EndToken <= t.FirstToken && number.EndToken >= t.FirstToken - (t.Entry.NamesAgents ? 0 : 1);
                    if (number.Unit is null && (after || before) && _ctx.SameClause(Math.Min(number.FirstToken, t.FirstToken), Math.Max(number.FirstToken, t.FirstToken)))
                    {
                        c.CountsCrowd = true;
                        return;
                    }
                }
            }
        }

        private void ReadFigures(EventCandidate c)
        {
            var claim = new ClaimDraft(c.Attribution, EvidenceSpan(c, c.RangeStart, c.RangeEnd));
            HashSet<int>? used = null;
            int lastFigureToken = -1;
            List<(int First, int End, TriggerFrame Frame)>? casualtyTriggers = null; // looked up when a figure needs them

            ImmutableArray<NumberMention> numbers = _doc.Numbers;
            (int firstNumber, int endNumber) = _mentions.Numbers.Starting(c.RangeStart, c.RangeEnd);
            for (int i = firstNumber; i < endNumber; i++)
            {
                NumberMention number = numbers[i];
                if (number.FirstToken < c.RangeStart || number.FirstToken >= c.RangeEnd || number.Unit is not null || number.Low > 50_000_000)
                {
                    continue;
                }

                // The casualty word this number counts: the nearest one in the same clause.
                (int First, int End, TriggerFrame Frame)? nearest = null;
                int bestDistance = int.MaxValue;
                casualtyTriggers ??= CasualtyTriggers(c);
                int nounEnd = number.EndToken + (number.EndToken < c.RangeEnd && _tokens[number.EndToken].IsWord && !IsCasualtyTrigger(casualtyTriggers, number.EndToken) ? 1 : 0);
                foreach (var trig in casualtyTriggers)
                {
                    if (trig.Frame is not (TriggerFrame.Kill or TriggerFrame.Die or TriggerFrame.Wounded or TriggerFrame.Injure or TriggerFrame.Displace or TriggerFrame.Abduct))
                    {
                        continue;
                    }

                    int distance = trig.First >= nounEnd ? trig.First - nounEnd : trig.End <= number.FirstToken ? number.FirstToken - trig.End : 0;
                    if (distance <= 4 && distance < bestDistance && _ctx.SameClause(Math.Min(trig.First, number.FirstToken), Math.Max(trig.First, number.FirstToken)))
                    {
                        nearest = trig;
                        bestDistance = distance;
                    }
                }

                if (nearest is not { } n)
                {
                    continue;
                }

                string side = SideOf(c, number.EndToken, number.FirstToken);
                var range = new CountRange(number.Low, number.Kind == NumberKind.AtLeast ? null : number.High ?? number.Low);
                Dictionary<string, CountRange> target = n.Frame switch
                {
                    TriggerFrame.Kill or TriggerFrame.Die => claim.Killed,
                    TriggerFrame.Wounded or TriggerFrame.Injure => claim.Injured,
                    TriggerFrame.Displace => claim.Displaced,
                    _ => claim.Captured,
                };
                if (n.Frame == TriggerFrame.Displace)
                {
                    side = "total";
                }

                Add(target, side, range);
                (used ??= []).Add(number.FirstToken);
                lastFigureToken = Math.Max(lastFigureToken, Math.Max(number.EndToken, n.End) - 1);
            }

            // One person named by a singular noun right after a casualty word: إصابة شخص، مقتل جندي.
            foreach (PhraseMatch<CasualtyRole> word in CasualtyWords)
            {
                if (word.FirstToken < c.RangeStart || word.FirstToken >= c.RangeEnd)
                {
                    continue;
                }

                CasualtyRole role = word.Values[0];
                if (role == CasualtyRole.Person)
                {
                    var trig = CasualtyTriggerEndingAt(casualtyTriggers ??= CasualtyTriggers(c), word.FirstToken);
                    if (trig.End == word.FirstToken && trig.End > 0 && trig.Frame is TriggerFrame.Kill or TriggerFrame.Die or TriggerFrame.Wounded or TriggerFrame.Injure or TriggerFrame.Abduct
                        && word.Reading.SuffixLength == 0 && used?.Contains(word.FirstToken) != true)
                    {
                        string side = SideOf(c, word.EndToken, word.FirstToken, word.FirstToken);
                        Dictionary<string, CountRange> target = trig.Frame is TriggerFrame.Kill or TriggerFrame.Die ? claim.Killed
                            : trig.Frame == TriggerFrame.Abduct ? claim.Captured : claim.Injured;
                        Add(target, side, CountRange.Exactly(1));
                        lastFigureToken = Math.Max(lastFigureToken, word.EndToken - 1);
                    }
                }
                else if (role is CasualtyRole.ZeroKilled or CasualtyRole.ZeroInjured or CasualtyRole.ZeroAny)
                {
                    string side = SideOf(c, word.EndToken, word.FirstToken);
                    if (role != CasualtyRole.ZeroInjured && !claim.Killed.ContainsKey(side))
                    {
                        claim.Killed[side] = CountRange.Exactly(0);
                    }

                    if (role == CasualtyRole.ZeroInjured && !claim.Injured.ContainsKey(side))
                    {
                        claim.Injured[side] = CountRange.Exactly(0);
                    }

                    lastFigureToken = Math.Max(lastFigureToken, word.EndToken - 1);
                }
                else if (role == CasualtyRole.Losses && c.Attribution?.IsDenial == true)
                {
                    // نفى وقوع أية خسائر في صفوف المتمردين: a claim of zero, marked as a denial.
                    string side = SideOf(c, word.EndToken, word.FirstToken);
                    claim.Killed[side] = CountRange.Exactly(0);
                    claim.Denial = true;
                    lastFigureToken = Math.Max(lastFigureToken, word.EndToken - 1);
                }
            }

            if (lastFigureToken >= 0)
            {
                int end = lastFigureToken + 1;
                // Keep the side phrase after the figures in the quote: في صفوف المتمردين التوارق.
                foreach (ActorMention a in _actors)
                {
                    if (a.FirstToken >= end && a.FirstToken <= end + 2 && a.EndToken <= c.RangeEnd)
                    {
                        end = a.EndToken;
                        break;
                    }
                }

                claim.Evidence = EvidenceSpan(c, c.RangeStart, end);
            }

            c.Claim = claim;
        }

        /// <summary>The triggers whose casualty words the figures of a candidate may count: its own, or for figures alone every trigger of their stretch.</summary>
        private List<(int First, int End, TriggerFrame Frame)> CasualtyTriggers(EventCandidate c)
        {
            var triggers = new List<(int First, int End, TriggerFrame Frame)>();
            if (c.ClaimOnly)
            {
                foreach (PhraseMatch<TriggerEntry> m in Lexicon.Triggers.FindAll(_doc.Normalized, _tokens, c.RangeStart, c.RangeEnd))
                {
                    triggers.Add((m.FirstToken, m.EndToken, m.Values[0].Frame));
                }
            }
            else
            {
                foreach (TriggerHit t in c.Triggers)
                {
                    triggers.Add((t.FirstToken, t.EndToken, t.Frame));
                }
            }

            return triggers;
        }

        /// <summary>The first trigger that ends at the token and is not of displacement; default when none.</summary>
        private static (int First, int End, TriggerFrame Frame) CasualtyTriggerEndingAt(List<(int First, int End, TriggerFrame Frame)> triggers, int token)
        {
            foreach (var t in triggers)
            {
                if (t.End == token && !t.Frame.Equals(TriggerFrame.Displace))
                {
                    return t;
                }
            }

            return default;
        }

        private static bool IsCasualtyTrigger(List<(int First, int End, TriggerFrame Frame)> triggers, int token)
        {
            foreach (var t in triggers)
            {
                if (token >= t.First && token < t.End)
                {
                    return true;
                }
            }

            return false;
        }

        private static void Add(Dictionary<string, CountRange> target, string side, CountRange range)
        {
            if (target.TryGetValue(side, out CountRange existing))
            {
                // Two figures for one side in one claim: the more specific (larger lower bound) stands.
                if (range.Low > existing.Low)
                {
                    target[side] = range;
                }
            }
            else
            {
                target[side] = range;
            }
        }

        /// <summary>Whose losses a figure counts: the noun it counts, a side phrase after it, or a لدى phrase before it.</summary>
        private string SideOf(EventCandidate c, int afterFigure, int figureStart, int? nounToken = null)
        {
            ActorMention? counted = _ctx.ActorCovering(nounToken ?? afterFigure) ?? _ctx.ActorStartingAt(afterFigure);
            foreach (PhraseMatch<CasualtyRole> side in CasualtyWords)
            {
                if (side.Values[0] != CasualtyRole.Side)
                {
                    continue;
                }

                bool follows = side.FirstToken >= afterFigure && side.FirstToken <= afterFigure + 4;
                bool precedes = side.EndToken <= figureStart && side.EndToken >= figureStart - 6 && _ctx.SameClause(side.EndToken, figureStart);
                if ((follows || precedes) && _ctx.ActorStartingBetween(side.EndToken, side.EndToken + 1) is { } owner)
                {
                    counted = owner;
                    break;
                }
            }

            if (counted is null)
            {
                return "total";
            }

            Actor who = counted.Participant;
            if (c.Actor1 is not null && Same(c.Actor1.Participant, who))
            {
                return "actor1";
            }

            if (c.Actor2 is not null && Same(c.Actor2.Participant, who))
            {
                return "actor2";
            }

            ActorCamp camp = ActorCamps.Of(who.Kind);
            if (camp == ActorCamp.Civilian)
            {
                return who.Name == "People" ? "total" : "civilians";
            }

            if (camp != ActorCamp.None)
            {
                if (c.Actor1 is not null && ActorCamps.Of(c.Actor1.Participant.Kind) == camp && (c.Actor2 is null || ActorCamps.Of(c.Actor2.Participant.Kind) != camp))
                {
                    return "actor1";
                }

                if (c.Actor2 is not null && ActorCamps.Of(c.Actor2.Participant.Kind) == camp && (c.Actor1 is null || ActorCamps.Of(c.Actor1.Participant.Kind) != camp))
                {
                    return "actor2";
                }
            }

            return "total";
        }

        private static bool Same(Actor a, Actor b) =>
            a.Id == b.Id || (a.Kind == b.Kind && a.Country == b.Country && a.Country is not null && ActorCamps.Of(a.Kind) == ActorCamp.State);

        private TextSpan EvidenceSpan(EventCandidate c, int from, int to)
        {
            int start = from;
            if (c.Attribution is { } a)
            {
                int sourceStart = Math.Min(a.CueToken, a.Source?.FirstToken ?? a.CueToken);
                if (sourceStart >= _sentence.FirstToken && sourceStart < start)
                {
                    start = sourceStart;
                }
            }

            while (start < to - 1 && _tokens[start].Kind is TokenKind.Punctuation)
            {
                start++;
            }

            int last = Math.Max(start, to - 1);
            while (last > start && _tokens[last].Kind is TokenKind.Punctuation)
            {
                last--;
            }

            return new TextSpan(_tokens[start].Span.Start, _tokens[last].Span.End);
        }

        private bool OnlyGlue(int from, int to)
        {
            for (int t = from; t < to; t++)
            {
                Token token = _tokens[t];
                if (token.Kind is TokenKind.Quote)
                {
                    continue;
                }

                ReadOnlySpan<char> key = _doc.KeyOf(token);
                if (key is "قد" or "امس" or "اليوم" or "ايضا" or "مجددا")
                {
                    continue;
                }

                if (_mentions.InDate(t))
                {
                    continue;
                }

                return false;
            }

            return true;
        }

    }
}
