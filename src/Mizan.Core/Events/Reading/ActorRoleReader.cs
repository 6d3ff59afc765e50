using Mizan.Lexicons;
using Mizan.Attribution;
using Mizan.Entities;
using Mizan.Tokenization;

namespace Mizan.Events.Reading;

/// <summary>
/// Reads the actors of a candidate in their roles by the frame of each trigger: agent and target,
/// victims and who hit them, the two sides of a clash, who meets or accuses whom. The words that
/// name the source of an attribution are not the incident's actors.
/// </summary>
internal sealed class ActorRoleReader : IArgumentReader
{
    private const int ActorReach = 4;

    /// <summary>How far after a trigger the owner of what it hits may stand (استهدف الاثنين بعثة تموينية للجيش).</summary>
    private const int OwnerReach = 6;

    /// <summary>How many words may stand between a thing held and its owner (قافلة تموين تابعة للجيش).</summary>
    private const int HoldingReach = 3;

    private readonly FramePrepositions _prepositions;
    private readonly EventReaderWords _words;

    public ActorRoleReader(FramePrepositions prepositions, EventReaderWords words)
    {
        _prepositions = prepositions ?? throw new ArgumentNullException(nameof(prepositions));
        _words = words ?? throw new ArgumentNullException(nameof(words));
    }

    /// <inheritdoc />
    public void Read(EventCandidate candidate, SentenceContext sentence)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(sentence);
        EventCandidate c = candidate;
        ActorMention? source = c.Attribution?.Source;

        // The words that name the source (أفاد ضابط في الشرطة بأن) are not the incident's actors.
        (int sourceFrom, int sourceTo) = SourceWords(sentence, c.Attribution);
        var pool = new List<ActorMention>();
        // What has no kind of party neither fights nor protests: a statement or a title (بيان) is no
        // party at all; an organisation (the UN, a news agency) may be hit, never the one who hits.
        bool partiesOnly = c.TypeInfo.Kind is EventTypeKind.Attack or EventTypeKind.Crowd;
        foreach (ActorMention a in sentence.Actors)
        {
            if (partiesOnly && a.Participant.Kind is null && a.MentionKind is not (ActorMentionKind.Named or ActorMentionKind.Institution))
            {
                continue;
            }

            if (a.FirstToken >= c.RangeStart && a.FirstToken < c.RangeEnd
                && !(source is not null && a.FirstToken < source.EndToken && source.FirstToken < a.EndToken)
                && !(a.FirstToken >= sourceFrom && a.EndToken <= sourceTo))
            {
                pool.Add(a);
            }
        }

        foreach (TriggerHit t in VerbsFirst(c.Triggers))
        {
            (ActorMention? a1, ActorMention? a2) = Roles(sentence, t, c.Actor1 is null && c.Actor2 is null ? pool : Free(pool, c), c);
            c.Actor1 ??= a1 is not null && a1 != c.Actor2 && !(partiesOnly && a1.Participant.Kind is null) ? a1 : null;
            c.Actor2 ??= a2 is not null && a2 != c.Actor1 ? a2 : null;
            if (c.Actor1 is not null && c.Actor2 is not null)
            {
                break;
            }
        }

        // A state or armed group reporting deaths among its enemies with no agent named is the agent:
        // أعلن الجيش مقتل ثمانية إرهابيين، أفادت الوزارة أن قواتها قضت على 20 مسلحا.
        // Unnamed sources (مصادر عسكرية) speak about the incident; they did not fight it.
        if (c.TypeInfo.IsAttack && c.Actor1 is null && source is { MentionKind: ActorMentionKind.Named or ActorMentionKind.Institution } && c.Actor2 is not null
            && ActorCamps.Opposed(source.Participant.Kind, c.Actor2.Participant.Kind))
        {
            c.Actor1 = source;
        }
    }

    /// <summary>
    /// The tokens that name who speaks: from an attribution cue to the complementiser that opens
    /// what is said (قالت [مصادر عسكرية] إن، أفاد [ضابط في الشرطة] بأن), else to the end of the
    /// source named right after the cue (أفادت [مصادر ميدانية] بسقوط); (-1, -1) when neither.
    /// </summary>
    internal (int From, int To) SourceWords(SentenceContext s, SourceAttribution? attribution)
    {
        if (attribution is null)
        {
            return (-1, -1);
        }

        int cue = attribution.CueToken;
        for (int k = cue + 1; k < Math.Min(attribution.ScopeEnd, cue + 8); k++)
        {
            if (_words.Is(ReaderWordRole.Complementiser, s.KeyOf(k)))
            {
                return (cue, k);
            }
        }

        return attribution.Source is { } source && source.FirstToken > cue && source.FirstToken <= cue + 2
            ? (cue, source.EndToken)
            : (-1, -1);
    }

    /// <summary>
    /// The triggers: acts before deaths and wounds (the roles of هاجموا قافلة للجيش decide whose
    /// dead لقي 20 متمردا حتفهم counts), verbs first, each kind in token order.
    /// </summary>
    private static IEnumerable<TriggerHit> VerbsFirst(List<TriggerHit> triggers) =>
        triggers.Count == 1 ? triggers : triggers
            .OrderBy(static t => t.Frame is TriggerFrame.Die or TriggerFrame.Wounded ? 1 : 0)
            .ThenByDescending(static t => t.Entry.IsVerb)
            .ThenBy(static t => t.FirstToken);

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

    /// <summary>The two actors one trigger gives, by its frame, from the actors of the pool.</summary>
    internal (ActorMention? Actor1, ActorMention? Actor2) Roles(SentenceContext s, TriggerHit t, List<ActorMention> pool, EventCandidate c)
    {
        ActorMention? After(int from, int reach)
        {
            foreach (ActorMention a in pool)
            {
                if (a.FirstToken >= from && a.FirstToken < from + reach && OnlyGlue(s, from, a.FirstToken))
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
                if (a.EndToken <= to && a.EndToken > to - reach && s.SameClause(a.EndToken, to))
                {
                    return a;
                }
            }

            return null;
        }

        ActorMention? AfterWord(int from, ArgumentSlot slot)
        {
            bool agentSlot = slot is ArgumentSlot.VictimsAgent or ArgumentSlot.NounAgent;
            string[] words = _prepositions.Words(slot);
            int reach = _prepositions.Reach(slot);
            for (int k = from; k < Math.Min(c.RangeEnd, from + reach); k++)
            {
                ReadOnlySpan<char> key = s.KeyOf(k);
                foreach (string w in words)
                {
                    if (key.SequenceEqual(w) && After(k + 1, 2) is { } x && !(agentSlot && Owns(s, x)))
                    {
                        return x;
                    }

                    // A proclitic preposition on the actor itself: لمقاتلي التحالف، بالجيش.
                    if (w.Length == 1 && key.Length > 2 && key[0] == w[0])
                    {
                        foreach (ActorMention attached in pool)
                        {
                            if (attached.FirstToken == k && !(agentSlot && Owns(s, attached)))
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

        // The owner of a thing hit right after the trigger: استهدفت بعثة تموينية للجيش.
        ActorMention? OwnerAfter(int from)
        {
            foreach (ActorMention a in pool)
            {
                if (a.FirstToken >= from && a.FirstToken < Math.Min(c.RangeEnd, from + OwnerReach) && s.SameClause(from, a.FirstToken) && Owns(s, a))
                {
                    return a;
                }
            }

            return null;
        }

        switch (t.Frame)
        {
            case TriggerFrame.Clash:
                {
                    // اشتباكات بين X و Y; X مع Y.
                    ActorMention? x = AfterWord(t.EndToken, ArgumentSlot.ClashPair);
                    if (x is not null)
                    {
                        ActorMention? y = pool.Find(a => a.FirstToken >= x.EndToken && a.FirstToken <= x.EndToken + 2);
                        return (x, y);
                    }

                    ActorMention? subject = After(t.EndToken, 2) ?? Before(t.FirstToken, ActorReach);
                    ActorMention? other = AfterWord(t.EndToken, ArgumentSlot.ClashOther);
                    return (subject, other != subject ? other : null);
                }

            case TriggerFrame.Die:
            case TriggerFrame.Wounded:
                {
                    ActorMention? victims = After(t.EndToken, 3) ?? (t.Entry.IsVerb ? Before(t.FirstToken, ActorReach) : null);
                    ActorMention? agent = AfterWord(t.EndToken, ArgumentSlot.VictimsAgent);
                    return (agent != victims ? agent : null, victims);
                }

            case TriggerFrame.Protest:
            case TriggerFrame.Displace:
                {
                    ActorMention? subject = After(t.EndToken, 3) ?? Before(t.FirstToken, ActorReach);
                    ActorMention? target = AfterWord(t.EndToken, ArgumentSlot.ProtestTarget);
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
                    ActorMention? other = AfterWord(t.EndToken, ArgumentSlot.ExchangeOther) ?? After((subject?.EndToken ?? t.EndToken), 3);
                    return (subject, other != subject ? other : null);
                }

            default:
                {
                    if (t.Entry.IsVerb)
                    {
                        if (AfterAuxiliary(s, t, pool))
                        {
                            // قوات الجيش أصبحت تحاصر الميليشيات: the doer is the auxiliary's subject, named before
                            // it; the party after the act is what it is done to.
                            ActorMention? auxSubject = Before(t.FirstToken, ActorReach + 2);
                            ActorMention? done = After(t.EndToken, 4) ?? AfterWord(t.EndToken, ArgumentSlot.VerbTarget) ?? OwnerAfter(t.EndToken);
                            return (auxSubject is not null && !IsVictim(auxSubject) ? auxSubject : null, done != auxSubject ? done : null);
                        }

                        ActorMention? subject = After(t.EndToken, 2) ?? CountedAfterPartitive(s, t, pool);
                        if (subject is not null && Owns(s, subject))
                        {
                            // استهدفوا مواقع الجيش: the owner of what is hit is the target.
                            ActorMention? hitter = Before(t.FirstToken, ActorReach + 2);
                            return (hitter != subject ? hitter : null, subject);
                        }

                        if (subject is not null && t.Frame is TriggerFrame.Kill or TriggerFrame.Injure
                            && (IsVictim(subject) || Counted(s, t.EndToken, subject) || OnePerson(s, subject)))
                        {
                            // قتل 5 مدنيين، قتل 20 مسلحا، قتل عنصر مسلح: unvocalised, the passive reads like the active;
                            // who is counted was killed. The agent may follow: برصاص القوات.
                            ActorMention? by = AfterWord(subject.EndToken, ArgumentSlot.VictimsAgent);
                            return (by != subject ? by : null, subject);
                        }

                        if (subject is null && Before(t.FirstToken, ActorReach + 2) is { } before && t.Frame is TriggerFrame.Kill or TriggerFrame.Injure
                            && (IsVictim(before) || (before.FirstToken > 0 && s.Mentions.InNumber(before.FirstToken - 1))))
                        {
                            // إن 3 مدنيين قتلوا، 20 جنديا جرحوا: the counted or the civilians before the verb were hurt.
                            ActorMention? by = AfterWord(t.EndToken, ArgumentSlot.VictimsAgent);
                            return (by != before ? by : null, before);
                        }

                        if (subject is null && Before(t.FirstToken, ActorReach + 2) is { } hurt && t.Frame is TriggerFrame.Kill or TriggerFrame.Injure
                            && AfterWord(t.EndToken, ArgumentSlot.VictimsAgent) is { } killer && killer != hurt)
                        {
                            // مسلحو الميليشيات قتلوا جراء غارات التحالف: with who or whose attack did it named after
                            // the verb, the party before it was hurt.
                            return (killer, hurt);
                        }

                        subject ??= Before(t.FirstToken, ActorReach + 2);
                        ActorMention? target = After(subject is not null && subject.FirstToken > t.FirstToken ? subject.EndToken : t.EndToken, 4)
                            ?? AfterWord(t.EndToken, ArgumentSlot.VerbTarget)
                            ?? OwnerAfter(t.EndToken);
                        return (subject, target != subject ? target : null);
                    }

                    // A noun: هجوم X على Y، قصف X لـ Y، هجوما تكتيكيا لمقاتلي التحالف.
                    ActorMention? agent = After(t.EndToken, 2) ?? AfterWord(t.EndToken, ArgumentSlot.NounAgent);

                    // A weapon fired: who fired it stands before it (أطلقت الطائرات خمسة صواريخ).
                    if (agent is null && t.Entry.NeedsAction && Before(t.FirstToken, ActorReach) is { } shooter && !IsVictim(shooter) && !Hurt(s, shooter))
                    {
                        agent = shooter;
                    }

                    // The subject of a support verb right before the noun does it: شنت مقاتلات التحالف غارات.
                    if (agent is null && Before(t.FirstToken, 2) is { } doer && !IsVictim(doer) && !Owns(s, doer) && !Hurt(s, doer) && OnlyGlue(s, doer.EndToken, t.FirstToken)
                        && doer.FirstToken > s.FirstToken && s.Tokens[doer.FirstToken - 1].IsWord && !s.InsideAnyActor(doer.FirstToken - 1) && IsSupportVerb(s, doer.FirstToken - 1))
                    {
                        agent = doer;
                    }

                    if (agent is not null && Owns(s, agent))
                    {
                        // هجوم على قافلة للجيش، قصف مواقع الحوثيين: the owner of what is hit is the target.
                        return (AfterWord(agent.EndToken, ArgumentSlot.NounAgent), agent);
                    }

                    ActorMention? victim = AfterWord(t.EndToken, ArgumentSlot.NounVictim) ?? OwnerAfter(t.EndToken);
                    if (IsVictim(agent) && victim is null)
                    {
                        return (null, agent);
                    }

                    return (agent, victim != agent ? victim : null);
                }
        }
    }

    /// <summary>Whether only quotes, date words and small adverbs (قد، أمس، اليوم، أيضا، مجددا) stand between the tokens.</summary>
    private bool OnlyGlue(SentenceContext s, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            Token token = s.Tokens[t];
            if (token.Kind is TokenKind.Quote)
            {
                continue;
            }

            ReadOnlySpan<char> key = s.KeyOf(t);
            if (_words.Is(ReaderWordRole.Glue, key))
            {
                continue;
            }

            if (s.Mentions.InDate(t) || s.Mentions.InNumber(t) || IsPersonWord(s, t))
            {
                // A count does not hide the group it counts: مقتل 20 مسلحا، مقتل عنصر مسلح.
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether the actor owns a thing named just before it: a genitive or a لـ phrase after a noun
    /// of holding, with at most a few words between (مواقع الحوثيين، قافلة تموين تابعة للجيش).
    /// </summary>
    internal bool Owns(SentenceContext s, ActorMention a)
    {
        for (int k = a.FirstToken - 1; k >= Math.Max(s.FirstToken, a.FirstToken - HoldingReach); k--)
        {
            if (!s.Tokens[k].IsWord || s.InsideAnyActor(k) || s.Mentions.InNumber(k))
            {
                return false;
            }

            if (IsHolding(s.Document.Language.Morphology, s.KeyOf(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A noun of holding, with its conjunction, preposition and article taken off (وتجمعات، بالمواقع).</summary>
    private bool IsHolding(Languages.IMorphology morphology, ReadOnlySpan<char> key) =>
        _words.Is(ReaderWordRole.Holding, morphology.BareNoun(key));

    /// <summary>
    /// For a verb of killing or wounding, the party counted right after it by a number and a partitive word
    /// (قتل 5 من مسلحي الحوثي، أصيب ثلاثة من عناصر الشرطة); null when none.
    /// </summary>
    private ActorMention? CountedAfterPartitive(SentenceContext s, TriggerHit t, List<ActorMention> pool)
    {
        if (t.Frame is not (TriggerFrame.Kill or TriggerFrame.Injure))
        {
            return null;
        }

        foreach (ActorMention a in pool)
        {
            if (a.FirstToken <= t.EndToken + 1 || a.FirstToken > t.EndToken + PartitiveReach)
            {
                continue;
            }

            // قتل 12 من عناصر حركة الشباب: a word for its members may stand between the partitive word and the party.
            bool partitive = _words.Is(ReaderWordRole.Partitive, s.KeyOf(a.FirstToken - 1))
                || (a.FirstToken - 2 > t.EndToken && s.Tokens[a.FirstToken - 1].IsWord && _words.Is(ReaderWordRole.Partitive, s.KeyOf(a.FirstToken - 2)));
            if (partitive && Counted(s, t.EndToken, a) && s.SameClause(t.EndToken, a.FirstToken))
            {
                return a;
            }
        }

        return null;
    }

    // قتل 5 من مسلحي الحوثي، قتل ما لا يقل عن 12 من عناصر الجيش: the words between the verb and the party counted.
    private const int PartitiveReach = 7;

    /// <summary>Whether a count stands between the trigger and the actor: قتل 20 مسلحا counts the dead.</summary>
    private static bool Counted(SentenceContext s, int from, ActorMention a)
    {
        for (int t = from; t < a.FirstToken; t++)
        {
            if (s.Mentions.InNumber(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a verb of being or becoming stands right before the trigger verb, or before the actor
    /// right before it (أصبحت تحاصر، كانت القوات تقصف), glue words aside.
    /// </summary>
    private bool AfterAuxiliary(SentenceContext s, TriggerHit t, List<ActorMention> pool)
    {
        int k = t.FirstToken - 1;
        foreach (ActorMention a in pool)
        {
            if (a.EndToken == t.FirstToken)
            {
                k = a.FirstToken - 1;
                break;
            }
        }

        while (k >= s.FirstToken && _words.Is(ReaderWordRole.Glue, s.KeyOf(k)))
        {
            k--;
        }

        if (k < s.FirstToken || !s.Tokens[k].IsWord)
        {
            return false;
        }

        return _words.Is(ReaderWordRole.Auxiliary, s.Document.Language.Morphology.WithoutConjunction(s.KeyOf(k)));
    }

    /// <summary>Whether the token is a verb that carries an act named by a noun (شن، نفذ، أطلق، وجه).</summary>
    private bool IsSupportVerb(SentenceContext s, int token)
    {
        return _words.StartsWithAny(ReaderWordRole.SupportVerb, s.Document.Language.Morphology.WithoutConjunction(s.KeyOf(token)));
    }

    /// <summary>Whether the actor is who a death or wound of the sentence befell (أصيب عون أمن، لقي ثلاثة جنود حتفهم).</summary>
    private static bool Hurt(SentenceContext s, ActorMention a)
    {
        foreach (TriggerHit t in s.Hits)
        {
            if (t.Frame is TriggerFrame.Die or TriggerFrame.Wounded
                && ((t.EndToken <= a.FirstToken && a.FirstToken - t.EndToken <= 2) || (a.EndToken <= t.FirstToken && t.FirstToken - a.EndToken <= 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the actor opens with a singular noun for one person (عنصر، جندي): قتل عنصر مسلح counts one dead.</summary>
    private static bool OnePerson(SentenceContext s, ActorMention a) => IsPersonWord(s, a.FirstToken) || IsPersonWord(s, a.FirstToken - 1);

    /// <summary>Whether the token is a singular noun for one person, with no pronoun on it (عنصر، جندي، شخص).</summary>
    private static bool IsPersonWord(SentenceContext s, int token)
    {
        foreach (PhraseMatch<CasualtyRole> w in s.CasualtyWords)
        {
            if (w.Values[0] == CasualtyRole.Person && w.FirstToken == token && w.Reading.SuffixLength == 0)
            {
                return true;
            }
        }

        return false;
    }
}
