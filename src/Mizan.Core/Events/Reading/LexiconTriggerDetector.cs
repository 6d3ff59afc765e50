using System.Collections.Immutable;
using Mizan.Attribution;
using Mizan.Entities;
using Mizan.Lexicons;
using Mizan.Tokenization;

namespace Mizan.Events.Reading;

/// <summary>
/// The trigger detector of the lexicons: finds the trigger words of <c>data/ar/triggers.tsv</c>,
/// chooses the verb or noun reading of each, drops those a cue makes no event, and sets status,
/// anaphora, clause and assertion from the cues and the words around them.
/// </summary>
internal sealed class LexiconTriggerDetector : ITriggerDetector
{
    private readonly EventLexicon _lexicon;

    public LexiconTriggerDetector(EventLexicon lexicon)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    /// <inheritdoc />
    public TriggerDetection Detect(SentenceContext sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ImmutableArray<PhraseMatch<TriggerEntry>> triggers = _lexicon.Triggers.FindAll(sentence.Document.Normalized, sentence.Tokens, sentence.FirstToken, sentence.EndToken);
        if (triggers.Length == 0)
        {
            return new TriggerDetection([], []);
        }

        return new Pass(_lexicon, sentence, SentenceCues.Read(_lexicon.Cues, sentence)).Run(triggers);
    }

    /// <summary>One sentence's detection: the readings look at the last noun read before them.</summary>
    private sealed class Pass(EventLexicon lexicon, SentenceContext s, SentenceCues cues)
    {
        private int _lastNounEnd = -1;

        private EventReaderWords Words => lexicon.ReaderWords;

        public TriggerDetection Run(ImmutableArray<PhraseMatch<TriggerEntry>> triggers)
        {
            var hits = new List<TriggerHit>();
            List<RejectedTrigger>? rejected = null;
            foreach (PhraseMatch<TriggerEntry> match in triggers)
            {
                if (cues.Blocks(match.FirstToken, match.EndToken))
                {
                    (rejected ??= []).Add(new RejectedTrigger(match, null, TriggerRejection.BlockedPhrase));
                    continue;
                }

                if (s.InsideNamedActor(match.FirstToken))
                {
                    (rejected ??= []).Add(new RejectedTrigger(match, null, TriggerRejection.InsideNamedActor));
                    continue;
                }

                foreach (TriggerEntry entry in ReadingsOf(match))
                {
                    if (!entry.IsVerb || IsMasdarUse(match))
                    {
                        _lastNounEnd = match.EndToken;
                    }

                    if (entry.PlaceObjectLemma && !GroundFollows(match, entry.AdvanceLemma))
                    {
                        (rejected ??= []).Add(new RejectedTrigger(match, entry, TriggerRejection.NoGround));
                        continue;
                    }

                    CueVerdict verdict = TriggerCueRules.Judge(cues.Cues, match, entry, s);
                    if (verdict.Rejection is { } kind)
                    {
                        (rejected ??= []).Add(new RejectedTrigger(match, entry, TriggerRejection.ContextCue, kind, verdict.RejectionToken));
                        continue;
                    }

                    hits.Add(InRelativeClauseOf(hits, Analyse(match, entry, verdict)));
                }
            }

            return new TriggerDetection(hits, rejected ?? (IReadOnlyList<RejectedTrigger>)[]);
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

            ReadOnlySpan<char> prefix = s.KeyOf(match.FirstToken)[..match.Reading.PrefixLength];
            bool preposition = HasPreposition(prefix) || match.Reading.StripsArticle || match.Reading.RestoresAlef;

            // قتل وذبح وخطف: a word joined by و to a noun just read is a noun too.
            if (HasAnd(prefix) && _lastNounEnd == match.FirstToken)
            {
                return noun;
            }
            bool afterKindNoun = match.FirstToken > s.FirstToken && Words.Is(ReaderWordRole.NounBefore, s.KeyOf(match.FirstToken - 1));
            return preposition || afterKindNoun ? noun : verb;
        }

        /// <summary>
        /// A verb right after a subordinate indefinite noun describes that noun (بعد هجوم انتحاري قتل
        /// فيه 58 شخصا، إثر ضربات جوية شنها الحلف): it is part of the clause, not a report of its own.
        /// </summary>
        private static TriggerHit InRelativeClauseOf(List<TriggerHit> earlier, TriggerHit hit)
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

        /// <summary>The hit of a reading no cue rejected: its status, anaphora and assertion.</summary>
        private TriggerHit Analyse(PhraseMatch<TriggerEntry> match, TriggerEntry entry, CueVerdict verdict)
        {
            bool violent = entry.TypeInfo.Violent;
            EventStatus status = verdict.Status;
            int statusRank = verdict.StatusRank;

            // Diplomacy in the imperfect goes on: تسعى الجزائر إلى هدنة.
            if (!violent && entry.IsVerb && entry.Tense == VerbTense.Present && statusRank == 0)
            {
                Rank(EventStatus.Ongoing, 1);
            }

            // A verb with the future prefix س: سيزور، ستشن.
            if (entry.IsVerb && match.Reading.PrefixLength > 0 && HasFuture(s.KeyOf(match.FirstToken)[..match.Reading.PrefixLength]))
            {
                Rank(EventStatus.Planned, 3);
            }

            // Under a denial: نفى الجيش قصف المدنيين.
            if (s.UnderDenial(match.FirstToken))
            {
                Rank(EventStatus.Denied, 6);
            }

            bool supported = verdict.Supported;
            bool acted = verdict.Acted;
            bool subordinate = verdict.Subordinate;
            bool anaphoric = IsAnaphoric(match, entry) && !(supported && status == EventStatus.Ongoing);
            bool asserted = !subordinate && (verdict.FiredByVerb || Asserts(match, entry, supported, status))
                && (!IsChantByKnownProtesters(match, entry) || ProtestNamedBefore(match));
            bool another = !entry.IsVerb && match.EndToken < s.EndToken && Words.Is(ReaderWordRole.Another, s.KeyOf(match.EndToken));
            return new TriggerHit(match, entry, anaphoric && !another, status, verdict.Background, entry.NeedsAction && !acted, subordinate, asserted, entry.NeedsAction && acted, another);

            void Rank(EventStatus rankedStatus, int rank)
            {
                if (rank > statusRank)
                {
                    status = rankedStatus;
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
            if (!entry.IsVerb || !Words.Is(ReaderWordRole.ChantLemma, entry.Lemma) || match.EndToken >= s.EndToken)
            {
                return false;
            }

            ReadOnlySpan<char> next = s.KeyOf(match.EndToken);
            return Morphology.IsDefinite(next)
                && lexicon.Triggers.TryMatchAt(s.Document.Normalized, s.Tokens, match.EndToken, s.EndToken, out PhraseMatch<TriggerEntry> who)
                && IsAgentNoun(who.Values[0]);
        }

        /// <summary>
        /// A protest word earlier in the sentence (توافد المئات ... وهتف المتظاهرون): the chant then
        /// tells that this protest took place.
        /// </summary>
        private bool ProtestNamedBefore(PhraseMatch<TriggerEntry> match)
        {
            foreach (PhraseMatch<TriggerEntry> other in lexicon.Triggers.FindAll(s.Document.Normalized, s.Tokens, s.FirstToken, match.FirstToken))
            {
                if (other.Values[0].TypeInfo.IsCrowd && !other.Values[0].NamesAgents)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A noun for the people who do the event (المتظاهرون): a trigger by who they are.</summary>
        private static bool IsAgentNoun(TriggerEntry entry) => entry.NamesAgents;

        /// <summary>How many words after a gain verb the place name it takes may stand (حررت قوات الجيش بلدة الدنين).</summary>
        private const int GroundReach = 6;

        /// <summary>
        /// How many words after a gain verb a noun of ground may stand: a long subject may come between
        /// (واستعادت القوات الحكومية السورية مؤخرا، وبدعم حاسم من روسيا، مناطق كبيرة).
        /// </summary>
        private const int GroundNounReach = 10;

        /// <summary>
        /// Whether ground follows a gain (حررت القوات قرية الدنين، طهروا مواقع): a place name within
        /// <see cref="GroundReach"/> words or a noun of ground within <see cref="GroundNounReach"/> (beyond
        /// the first, not after a locative word), not right after a locative word (في: where the act took
        /// place, not what it took), except for an <paramref name="advance"/>, which gains the ground it moves
        /// in (تقدمت القوات في منطقة حوش الضواهرة).
        /// </summary>
        private bool GroundFollows(PhraseMatch<TriggerEntry> match, bool advance)
        {
            Languages.IMorphology morphology = s.Document.Language.Morphology;
            int end = Math.Min(s.EndToken, match.EndToken + GroundNounReach);
            bool afterLocative = false;
            for (int k = match.EndToken; k < end; k++)
            {
                bool near = k < match.EndToken + GroundReach;
                if (!advance && k > match.EndToken && Words.Is(ReaderWordRole.Locative, s.KeyOf(k - 1)) && !Words.Is(ReaderWordRole.ShareNoun, s.KeyOf(k)))
                {
                    afterLocative = true;
                    continue;
                }

                if (!near && afterLocative)
                {
                    break; // واستعاد المريض وعيه بعد ساعات في مستشفى المدينة: past a place where, nothing taken
                }

                (int first, int last) = s.Mentions.Places.Starting(k, k + 1);
                bool name = near && last > first && s.Document.Places[first].FirstToken == k;
                // بلدة is read whole before its bare noun, which takes its ة for a suffix (بلد).
                if (name || Words.Is(ReaderWordRole.GroundNoun, s.KeyOf(k)) || Words.Is(ReaderWordRole.GroundNoun, morphology.BareNoun(s.KeyOf(k))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A verb form with a preposition on it is read as its verbal noun: لشن هجوم، بقتل.</summary>
        private bool IsMasdarUse(PhraseMatch<TriggerEntry> match)
        {
            ReadOnlySpan<char> prefix = s.KeyOf(match.FirstToken)[..match.Reading.PrefixLength];
            return HasPreposition(prefix);
        }

        /// <summary>Whether the trigger states the event (see <see cref="TriggerHit.Asserted"/>).</summary>
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

            ReadOnlySpan<char> word = s.KeyOf(match.FirstToken);
            if (entry.TypeInfo.IsCrowd && Words.Is(ReaderWordRole.InProtest, word))
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
            ReadOnlySpan<char> prefix = s.KeyOf(match.FirstToken)[..match.Reading.PrefixLength];
            if (HasPreposition(prefix))
            {
                return false;
            }

            int previous = match.FirstToken - 1;
            while (previous >= s.FirstToken && s.Tokens[previous].Kind is TokenKind.Quote or TokenKind.Bracket)
            {
                previous--;
            }

            if (previous < s.FirstToken)
            {
                return true; // the noun opens the sentence: مقتل 4 أشخاص في...، انفجار سيارة مفخخة...
            }

            Token before = s.Tokens[previous];
            ReadOnlySpan<char> key = s.KeyOf(previous);
            if (before.Kind == TokenKind.Punctuation && s.Document.Language.Words.Is(Languages.WordRole.TriggerClauseMark, key))
            {
                return true; // it opens a clause
            }

            if (Words.Is(ReaderWordRole.ClauseOpener, key))
            {
                return true;
            }

            // What a source announces: أعلنت الشرطة مقتل سبعة، أكد مصدر عسكري مقتل.
            foreach (SourceAttribution a in s.Attributions)
            {
                int end = Math.Max(a.Cue.End, a.Source?.Span.End ?? 0);
                if (a.Kind is AttributionKind.Say or AttributionKind.Statement
                    && match.FirstToken >= a.CueToken && s.Tokens[match.FirstToken].Span.Start >= end
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
                foreach (ActorMention actor in s.Actors)
                {
                    if (actor.FirstToken == k)
                    {
                        next = Math.Max(next, actor.EndToken);
                    }
                }

                (int firstDate, int endDate) = s.Mentions.Dates.Starting(k, k + 1);
                for (int d = firstDate; d < endDate; d++)
                {
                    if (s.Document.Dates[d].FirstToken == k)
                    {
                        next = Math.Max(next, s.Document.Dates[d].EndToken);
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
            (int firstNumber, int endNumber) = s.Mentions.Numbers.Starting(s.FirstToken, match.FirstToken);
            for (int n = firstNumber; n < endNumber; n++)
            {
                if (s.Document.Numbers[n].EndToken == match.FirstToken)
                {
                    return false;
                }
            }

            ReadOnlySpan<char> stem = s.KeyOf(match.FirstToken)[match.Reading.PrefixLength..];
            bool definite = Morphology.IsDefinite(stem) || match.Reading.RestoresAlef || match.Reading.StripsArticle;
            if (match.FirstToken > s.FirstToken)
            {
                ReadOnlySpan<char> previous = s.KeyOf(match.FirstToken - 1);
                if (Words.Is(ReaderWordRole.Demonstrative, previous))
                {
                    return true;
                }
            }

            return definite;
        }

        private Languages.IMorphology Morphology => s.Document.Language.Morphology;

        /// <summary>Whether the proclitics of a reading hold a preposition (Arabic ب، ل، ك).</summary>
        private bool HasPreposition(ReadOnlySpan<char> prefix)
        {
            foreach (char c in prefix)
            {
                if (Morphology.IsPreposition(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the proclitics of a reading hold "and" (Arabic و).</summary>
        private bool HasAnd(ReadOnlySpan<char> prefix)
        {
            foreach (char c in prefix)
            {
                if (Morphology.IsAnd(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the proclitics of a reading hold the future prefix (Arabic س).</summary>
        private bool HasFuture(ReadOnlySpan<char> prefix)
        {
            foreach (char c in prefix)
            {
                if (Morphology.IsFuture(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
