using System.Collections.Immutable;
using Mizan.Attribution;
using Mizan.Dates;
using Mizan.Entities;
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

    public CandidateReader(EventLexicon lexicon, CasualtyLexicon casualties)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _casualties = casualties ?? throw new ArgumentNullException(nameof(casualties));
    }

    /// <summary>Every candidate of the document, in text order.</summary>
    public List<EventCandidate> Read(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new List<EventCandidate>();
        var mentions = new DocumentMentions(document);
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            result.AddRange(new SentenceScan(this, document, mentions, s).Run());
        }

        return result;
    }

    private sealed class SentenceScan
    {
        private readonly CandidateReader _owner;
        private readonly Document _doc;
        private readonly DocumentMentions _mentions;
        private readonly Sentence _sentence;
        private readonly int _index;
        private readonly ImmutableArray<Token> _tokens;
        private readonly List<PhraseMatch<EventCue>> _cues = [];
        private bool[]? _blocked;
        private readonly List<SourceAttribution> _attributions;
        private readonly List<ActorMention> _actors;
        private ImmutableArray<PhraseMatch<CasualtyRole>> _casualtyWords; // default until asked for
        private readonly List<TriggerHit> _allHits = [];
        private int _lastNounEnd = -1;

        public SentenceScan(CandidateReader owner, Document doc, DocumentMentions mentions, int index)
        {
            _owner = owner;
            _doc = doc;
            _mentions = mentions;
            _index = index;
            _sentence = doc.Sentences[index];
            _tokens = doc.Tokens;
            _attributions = InSentence(doc.Attributions, mentions.Attributions, static a => a.CueToken);
            _actors = InSentence(doc.Actors, mentions.Actors, static a => a.FirstToken);
        }

        /// <summary>The casualty words of the sentence (looked up when a candidate needs them).</summary>
        private ImmutableArray<PhraseMatch<CasualtyRole>> CasualtyWords =>
            _casualtyWords.IsDefault
                ? _casualtyWords = _owner._casualties.Words.FindAll(_doc.Normalized, _tokens, _sentence.FirstToken, _sentence.EndToken)
                : _casualtyWords;

        /// <summary>
        /// Reads the cues of the sentence: those that block a trigger mark their words, the others
        /// are kept for <see cref="Analyse"/>. Only a sentence with a trigger needs them.
        /// </summary>
        private void ReadCues()
        {
            foreach (PhraseMatch<EventCue> cue in _owner._lexicon.Cues.FindAll(_doc.Normalized, _tokens, _sentence.FirstToken, _sentence.EndToken))
            {
                if (IsBlocking(cue))
                {
                    _blocked ??= new bool[_sentence.TokenCount];
                    for (int t = cue.FirstToken; t < cue.EndToken; t++)
                    {
                        _blocked[t - _sentence.FirstToken] = true;
                    }
                }
                else
                {
                    _cues.Add(cue);
                }
            }
        }

        private static bool IsBlocking(PhraseMatch<EventCue> cue)
        {
            foreach (EventCue value in cue.Values)
            {
                if (value.Kind == CueKind.Blocked)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The mentions of a layer that start in the sentence, in document order.</summary>
        private List<T> InSentence<T>(ImmutableArray<T> layer, DocumentMentions.FirstTokenIndex index, Func<T, int> firstToken)
        {
            (int start, int end) = index.Starting(_sentence.FirstToken, _sentence.EndToken);
            var found = new List<T>(end - start);
            for (int i = start; i < end; i++)
            {
                int first = firstToken(layer[i]);
                if (first >= _sentence.FirstToken && first < _sentence.EndToken)
                {
                    found.Add(layer[i]);
                }
            }

            return found;
        }

        private EventLexicon Lexicon => _owner._lexicon;

        /// <summary>
        /// A verb right after a subordinate indefinite noun describes that noun (بعد هجوم انتحاري قتل
        /// فيه 58 شخصا، إثر ضربات جوية شنها الحلف): it is part of the clause, not a report of its own.
        /// </summary>
        private TriggerHit InRelativeClauseOf(List<TriggerHit> earlier, TriggerHit hit)
        {
            if (!hit.Entry.IsVerb || hit.Subordinate || earlier.Count == 0)
            {
                return hit;
            }

            TriggerHit previous = earlier[^1];
            bool describes = previous.Subordinate && !previous.Entry.IsVerb && !previous.Anaphoric
                && previous.Entry.Type == hit.Entry.Type && hit.FirstToken - previous.EndToken is >= 0 and <= 1;
            return describes ? hit with { Subordinate = true, Asserted = false } : hit;
        }

        public IEnumerable<EventCandidate> Run()
        {
            var hits = new List<TriggerHit>();
            ImmutableArray<PhraseMatch<TriggerEntry>> triggers = Lexicon.Triggers.FindAll(_doc.Normalized, _tokens, _sentence.FirstToken, _sentence.EndToken);
            if (triggers.Length > 0)
            {
                ReadCues();
            }

            foreach (PhraseMatch<TriggerEntry> match in triggers)
            {
                if (IsBlocked(match.FirstToken, match.EndToken) || InsideNamedActor(match.FirstToken))
                {
                    continue;
                }

                foreach (TriggerEntry entry in ReadingsOf(match))
                {
                    if (!entry.IsVerb || IsMasdarUse(match))
                    {
                        _lastNounEnd = match.EndToken;
                    }

                    TriggerHit? hit = Analyse(match, entry);
                    if (hit is not null)
                    {
                        hits.Add(InRelativeClauseOf(hits, hit));
                    }
                }
            }

            _allHits.AddRange(hits);
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

        /// <summary>
        /// The readings of a trigger match: one per type of its entries, in the order the types first
        /// appear. Each is read when asked for, after the one before was used: <see cref="Reading"/>
        /// looks at the last noun read.
        /// </summary>
        private IEnumerable<TriggerEntry> ReadingsOf(PhraseMatch<TriggerEntry> match)
        {
            ImmutableArray<TriggerEntry> values = match.Values;
            if (values.Length == 1)
            {
                yield return values[0];
                yield break;
            }

            for (int i = 0; i < values.Length; i++)
            {
                string type = values[i].Type;
                bool seen = false;
                for (int j = 0; j < i && !seen; j++)
                {
                    seen = values[j].Type == type;
                }

                if (seen)
                {
                    continue;
                }

                var sameType = new List<TriggerEntry>();
                for (int j = i; j < values.Length; j++)
                {
                    if (values[j].Type == type)
                    {
                        sameType.Add(values[j]);
                    }
                }

                yield return Reading(match, sameType);
            }
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
        /// Unvocalised, قتل is both "he killed" and "killing": a preposition on the word (بقتل، لقتل)
        /// or a noun of kind before it (أعمال قتل، عمليات خطف، جريمة اغتيال) makes it the noun.
        /// </summary>
        private TriggerEntry Reading(PhraseMatch<TriggerEntry> match, List<TriggerEntry> entries)
        {
            if (entries.Count == 1)
            {
                return entries[0];
            }

            TriggerEntry? verb = entries.Find(e => e.IsVerb);
            TriggerEntry? noun = entries.Find(e => !e.IsVerb);
            if (verb is null || noun is null)
            {
                return entries[0];
            }

            ReadOnlySpan<char> prefix = _doc.KeyOf(_tokens[match.FirstToken])[..match.Reading.PrefixLength];
            bool preposition = prefix.Contains('ب') || prefix.Contains('ل') || prefix.Contains('ك') || match.Reading.StripsArticle || match.Reading.RestoresAlef;

            // قتل وذبح وخطف: a word joined by و to a noun just read is a noun too.
            if (prefix.Contains('و') && _lastNounEnd == match.FirstToken)
            {
                return noun;
            }
            bool afterKindNoun = match.FirstToken > _sentence.FirstToken
                && _doc.KeyOf(_tokens[match.FirstToken - 1]) is "اعمال" or "عمليات" or "عمليه" or "جرائم" or "جريمه" or "حوادث" or "حادث" or "محاوله" or "محاولات" or "مسلسل" or "سلسله" or "من" or "عن" or "في" or "علي" or "الي";
            return preposition || afterKindNoun ? noun : verb;
        }

        private TriggerHit? Analyse(PhraseMatch<TriggerEntry> match, TriggerEntry entry)
        {
            bool violent = entry.Type is "ASSAULT" or "PROTEST" or "DISPLACE";
            bool background = false;
            bool acted = false;
            bool firedByVerb = false;
            bool subordinate = false;
            bool supported = false;
            EventStatus status = EventStatus.Occurred;
            int statusRank = 0;
            foreach (PhraseMatch<EventCue> cue in _cues)
            {
                int before = match.FirstToken - cue.EndToken; // tokens between cue end and trigger (>= 0 when before)
                int after = cue.FirstToken - match.EndToken; // >= 0 when the cue follows
                foreach (EventCue value in cue.Values)
                {
                    bool near = (before >= 0 && before <= value.Window) || (after >= 0 && after <= Math.Max(2, value.Window / 2));
                    bool precedes = before >= 0 && before <= value.Window && SameClause(cue.EndToken, match.FirstToken);
                    switch (value.Kind)
                    {
                        case CueKind.Metaphor when entry.Type == "ASSAULT" && entry.Frame is TriggerFrame.Attack or TriggerFrame.Launch && near:
                        case CueKind.Fiction when near:
                        case CueKind.Court when entry.Type == "ASSAULT" && near:
                        case CueKind.Sport when entry.Type == "ASSAULT" && near:
                        case CueKind.Exercise when entry.Type == "ASSAULT" && near && entry.Frame is TriggerFrame.Attack or TriggerFrame.Projectile or TriggerFrame.Launch:
                        case CueKind.Cyber when entry.Type == "ASSAULT" && near:
                        case CueKind.Health when entry.Type == "ASSAULT" && near && entry.Frame is TriggerFrame.Attack:
                        case CueKind.Accident when entry.Type == "ASSAULT" && near && entry.Frame is TriggerFrame.Die or TriggerFrame.Wounded or TriggerFrame.Explode or TriggerFrame.Kill:
                            return null;
                        case CueKind.Negated when precedes && before <= 1:
                        case CueKind.Reaction when violent && precedes:
                        case CueKind.Inquiry when violent && (precedes || (after >= 0 && after <= 2)):
                        case CueKind.Purpose when precedes && before <= 2:
                        case CueKind.Modal when precedes:
                            return null;
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
                        case CueKind.Planned when precedes || (!entry.IsVerb && after >= 0 && after <= 1):
                            // زيارة يرتقب أن يقوم بها، لقاءا سوف يجمع: the cue may follow a noun.
                            Rank(EventStatus.Planned, 3);
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

            // Diplomacy in the imperfect goes on: تسعى الجزائر إلى هدنة.
            if (!violent && entry.IsVerb && entry.Tense == VerbTense.Present && statusRank == 0)
            {
                Rank(EventStatus.Ongoing, 1);
            }

            // A verb with the future prefix س: سيزور، ستشن.
            if (entry.IsVerb && match.Reading.PrefixLength > 0 && _doc.KeyOf(_tokens[match.FirstToken])[..match.Reading.PrefixLength].Contains('س'))
            {
                Rank(EventStatus.Planned, 3);
            }

            // Under a denial: نفى الجيش قصف المدنيين.
            if (UnderDenial(match.FirstToken))
            {
                Rank(EventStatus.Denied, 6);
            }

            bool anaphoric = IsAnaphoric(match, entry) && !(supported && status == EventStatus.Ongoing);
            bool asserted = !subordinate && (firedByVerb || Asserts(match, entry, supported, status))
                && (!IsChantByKnownProtesters(match, entry) || ProtestNamedBefore(match));
            return new TriggerHit(match, entry, anaphoric, status, background, entry.NeedsAction && !acted, subordinate, asserted, entry.NeedsAction && acted);

            void Rank(EventStatus s, int rank)
            {
                if (rank > statusRank)
                {
                    status = s;
                    statusRank = rank;
                }
            }
        }

        /// <summary>
        /// Chanting or raising banners by "the protesters" (وهتف المتظاهرون، ورفع المحتجون لافتات)
        /// tells what a protest already reported did; with new, counted people (هتف نحو ألف شخص)
        /// it reports one.
        /// </summary>
        private bool IsChantByKnownProtesters(PhraseMatch<TriggerEntry> match, TriggerEntry entry)
        {
            if (!entry.IsVerb || entry.Lemma != "هتف" || match.EndToken >= _sentence.EndToken)
            {
                return false;
            }

            ReadOnlySpan<char> next = _doc.KeyOf(_tokens[match.EndToken]);
            return next.StartsWith("ال", StringComparison.Ordinal)
                && Lexicon.Triggers.TryMatchAt(_doc.Normalized, _tokens, match.EndToken, _sentence.EndToken, out PhraseMatch<TriggerEntry> who)
                && IsAgentNoun(who.Values[0]);
        }

        /// <summary>
        /// A protest word earlier in the sentence (توافد المئات ... وهتف المتظاهرون): the chant then
        /// tells that this protest took place.
        /// </summary>
        private bool ProtestNamedBefore(PhraseMatch<TriggerEntry> match)
        {
            foreach (PhraseMatch<TriggerEntry> other in Lexicon.Triggers.FindAll(_doc.Normalized, _tokens, _sentence.FirstToken, match.FirstToken))
            {
                if (other.Values[0].Type == "PROTEST" && !other.Values[0].NamesAgents)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the token is in the scope of a denial of the sentence.</summary>
        private bool UnderDenial(int token)
        {
            foreach (SourceAttribution a in _attributions)
            {
                if (a.IsDenial && token >= a.ScopeStart && token < a.ScopeEnd)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A noun for the people who do the event (المتظاهرون): a trigger by who they are.</summary>
        private static bool IsAgentNoun(TriggerEntry entry) => entry.NamesAgents;

        /// <summary>Whether the trigger states the event (see <see cref="TriggerHit.Asserted"/>).</summary>
        /// <summary>A verb form with a preposition on it is read as its verbal noun: لشن هجوم، بقتل.</summary>
        private bool IsMasdarUse(PhraseMatch<TriggerEntry> match)
        {
            ReadOnlySpan<char> prefix = _doc.KeyOf(_tokens[match.FirstToken])[..match.Reading.PrefixLength];
            return prefix.Contains('ب') || prefix.Contains('ل') || prefix.Contains('ك');
        }

        private bool Asserts(PhraseMatch<TriggerEntry> match, TriggerEntry entry, bool supported, EventStatus status)
        {
            if (entry.IsVerb && IsMasdarUse(match))
            {
                return false;
            }

            if (entry.IsVerb)
            {
                // A phrase (لقوا حتفهم، أسفر عن مقتل) or a finite verb; the imperfect only for what goes
                // on or is planned, threatened or supposed (سيزور، تتواصل), not for habits.
                return entry.Tense != VerbTense.Present || status != EventStatus.Occurred;
            }

            if (supported)
            {
                return true;
            }

            ReadOnlySpan<char> word = _doc.KeyOf(_tokens[match.FirstToken]);
            if (entry.Type == "PROTEST" && word.EndsWith("جا", StringComparison.Ordinal) && word.StartsWith("احتجا", StringComparison.Ordinal))
            {
                return true; // احتجاجا على: the act before it was done in protest
            }

            if (IsAgentNoun(entry))
            {
                // المتظاهرون alone tells of a protest already under way (وهتف المتظاهرون...): it
                // joins a protest that another word reports; it does not report one by itself.
                return false;
            }

            // A preposition on the noun or just before it makes it a reference: حول مقتل، بالهجوم، في التفجير.
            ReadOnlySpan<char> prefix = _doc.KeyOf(_tokens[match.FirstToken])[..match.Reading.PrefixLength];
            if (prefix.Contains('ب') || prefix.Contains('ل') || prefix.Contains('ك'))
            {
                return false;
            }

            int previous = match.FirstToken - 1;
            while (previous >= _sentence.FirstToken && _tokens[previous].Kind is TokenKind.Quote or TokenKind.Bracket)
            {
                previous--;
            }

            if (previous < _sentence.FirstToken)
            {
                return true; // the noun opens the sentence: مقتل 4 أشخاص في...، انفجار سيارة مفخخة...
            }

            Token before = _tokens[previous];
            ReadOnlySpan<char> key = _doc.KeyOf(before);
            if (before.Kind == TokenKind.Punctuation && key is "،" or "," or ":" or "؛" or ";" or "-" or "–" or "*")
            {
                return true; // it opens a clause
            }

            if (key is "و" or "ف")
            {
                return true;
            }

            // What a source announces: أعلنت الشرطة مقتل سبعة، أكد مصدر عسكري مقتل.
            foreach (SourceAttribution a in _attributions)
            {
                int end = Math.Max(a.Cue.End, a.Source?.Span.End ?? 0);
                if (a.Kind is AttributionKind.Say or AttributionKind.Statement
                    && match.FirstToken >= a.CueToken && _tokens[match.FirstToken].Span.Start >= end
                    && (match.FirstToken <= (a.Source?.EndToken ?? a.CueToken + 1) + 1
                        || OnlyNamesAndDaysBetween(a.Source?.EndToken ?? a.CueToken + 1, match.FirstToken)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether only other sources and days stand between a source and what it announces
        /// (أعلنت الوزارة [وقوات الحلف] مقتل، أعلنت الشرطة [اليوم الأحد] مقتل).
        /// </summary>
        private bool OnlyNamesAndDaysBetween(int from, int to)
        {
            if (to - from > 8)
            {
                return false;
            }

            int k = from;
            while (k < to)
            {
                int next = k;
                foreach (ActorMention actor in _actors)
                {
                    if (actor.FirstToken == k)
                    {
                        next = Math.Max(next, actor.EndToken);
                    }
                }

                (int firstDate, int endDate) = _mentions.Dates.Starting(k, k + 1);
                for (int d = firstDate; d < endDate; d++)
                {
                    if (_doc.Dates[d].FirstToken == k)
                    {
                        next = Math.Max(next, _doc.Dates[d].EndToken);
                    }
                }

                if (next == k)
                {
                    return false;
                }

                k = next;
            }

            return k == to;
        }

        private bool IsAnaphoric(PhraseMatch<TriggerEntry> match, TriggerEntry entry)
        {
            if (IsChantByKnownProtesters(match, entry))
            {
                return true;
            }

            if (entry.IsVerb || IsAgentNoun(entry))
            {
                return false; // المتظاهرون names the people of the protest, not a protest told before
            }

            // A counted definite noun is new, not a reference back: عشرات الصواريخ، مئات القذائف.
            (int firstNumber, int endNumber) = _mentions.Numbers.Starting(_sentence.FirstToken, match.FirstToken);
            for (int n = firstNumber; n < endNumber; n++)
            {
                if (_doc.Numbers[n].EndToken == match.FirstToken)
                {
                    return false;
                }
            }

            ReadOnlySpan<char> stem = _doc.KeyOf(_tokens[match.FirstToken])[match.Reading.PrefixLength..];
            bool definite = stem.StartsWith("ال", StringComparison.Ordinal) || match.Reading.RestoresAlef || match.Reading.StripsArticle;
            if (match.FirstToken > _sentence.FirstToken)
            {
                ReadOnlySpan<char> previous = _doc.KeyOf(_tokens[match.FirstToken - 1]);
                if (previous is "هذا" or "هذه" or "ذلك" or "تلك" or "هذين" or "هاتين")
                {
                    return true;
                }
            }

            return definite;
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
                    if (a.EndToken <= to && a.EndToken > to - reach && SameClause(a.EndToken, to))
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
            c.Conjoined = places.Find(p => p.FirstToken == c.Place.EndToken + 1 && IsWord(c.Place.EndToken, "و") && Specificity(p) == Specificity(c.Place) && Specificity(p) <= 1)
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
                if (p.FirstToken >= from && p.FirstToken < to && !InsideAnyActor(p.FirstToken) && Owns(c, p.FirstToken, p.EndToken))
                {
                    owned.Add(p);
                }
            }

            return owned;
        }

        /// <summary>Whether the trigger nearest to these tokens sits in a clause about another time (في أعقاب الحصار ... العام الفائت).</summary>
        private bool NearestIsSubordinate(int first, int end)
        {
            TriggerHit? nearest = null;
            int best = int.MaxValue;
            foreach (TriggerHit t in _allHits)
            {
                int distance = t.FirstToken >= end ? t.FirstToken - end : first >= t.EndToken ? first - t.EndToken : 0;
                if (distance < best)
                {
                    best = distance;
                    nearest = t;
                }
            }

            return nearest?.Subordinate == true;
        }

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

        private bool IsWord(int token, string key) => token < _tokens.Length && _doc.KeyOf(_tokens[token]).SequenceEqual(key);

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
                if (d.FirstToken >= _sentence.FirstToken && d.FirstToken < _sentence.EndToken && Owns(c, d.FirstToken, d.EndToken)
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
        /// Whether a date or place at these tokens belongs to the candidate: the trigger nearest to it,
        /// among all the sentence's triggers, is one of the candidate's own and not a clause about
        /// another time (في أعقاب الحصار والقتال ... العام الفائت belongs to القتال).
        /// </summary>
        private bool Owns(EventCandidate c, int first, int end)
        {
            TriggerHit? nearest = null;
            int best = int.MaxValue;
            foreach (TriggerHit t in _allHits)
            {
                int distance = t.FirstToken >= end ? t.FirstToken - end : first >= t.EndToken ? first - t.EndToken : 0;
                if (distance < best)
                {
                    best = distance;
                    nearest = t;
                }
            }

            return nearest is null || c.Triggers.Contains(nearest) || c.Triggers.Count == 0;
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
                    if (number.Unit is null && (after || before) && SameClause(Math.Min(number.FirstToken, t.FirstToken), Math.Max(number.FirstToken, t.FirstToken)))
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
                    if (distance <= 4 && distance < bestDistance && SameClause(Math.Min(trig.First, number.FirstToken), Math.Max(trig.First, number.FirstToken)))
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
            ActorMention? counted = ActorCovering(nounToken ?? afterFigure) ?? ActorStartingAt(afterFigure);
            foreach (PhraseMatch<CasualtyRole> side in CasualtyWords)
            {
                if (side.Values[0] != CasualtyRole.Side)
                {
                    continue;
                }

                bool follows = side.FirstToken >= afterFigure && side.FirstToken <= afterFigure + 4;
                bool precedes = side.EndToken <= figureStart && side.EndToken >= figureStart - 6 && SameClause(side.EndToken, figureStart);
                if ((follows || precedes) && ActorStartingBetween(side.EndToken, side.EndToken + 1) is { } owner)
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

        /// <summary>The first actor of the sentence whose words hold the token.</summary>
        private ActorMention? ActorCovering(int token)
        {
            foreach (ActorMention a in _actors)
            {
                if (a.FirstToken <= token && a.EndToken > token)
                {
                    return a;
                }
            }

            return null;
        }

        /// <summary>The first actor of the sentence that starts at the token.</summary>
        private ActorMention? ActorStartingAt(int token) => ActorStartingBetween(token, token);

        /// <summary>The first actor of the sentence that starts between the two tokens (both included).</summary>
        private ActorMention? ActorStartingBetween(int first, int last)
        {
            foreach (ActorMention a in _actors)
            {
                if (a.FirstToken >= first && a.FirstToken <= last)
                {
                    return a;
                }
            }

            return null;
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

        private bool SameClause(int from, int to)
        {
            for (int t = Math.Max(from, _sentence.FirstToken); t < Math.Min(to, _sentence.EndToken); t++)
            {
                if (_tokens[t].Kind == TokenKind.Punctuation && _doc.KeyOf(_tokens[t]) is "،" or "," or "؛" or ";" or ":")
                {
                    return false;
                }
            }

            return true;
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

        private bool IsBlocked(int first, int end)
        {
            if (_blocked is null)
            {
                return false;
            }

            for (int t = first; t < end; t++)
            {
                if (_blocked[t - _sentence.FirstToken])
                {
                    return true;
                }
            }

            return false;
        }

        private bool InsideNamedActor(int token)
        {
            foreach (ActorMention a in _actors)
            {
                if (token >= a.FirstToken && token < a.EndToken && a.MentionKind is ActorMentionKind.Named or ActorMentionKind.Institution or ActorMentionKind.Official)
                {
                    return true;
                }
            }

            return false;
        }

        private bool InsideAnyActor(int token)
        {
            foreach (ActorMention a in _actors)
            {
                if (token >= a.FirstToken && token < a.EndToken && a.MentionKind is not ActorMentionKind.Generic)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
