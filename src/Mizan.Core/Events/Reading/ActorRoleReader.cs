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
        foreach (ActorMention a in sentence.Actors)
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
            (ActorMention? a1, ActorMention? a2) = Roles(sentence, t, c.Actor1 is null && c.Actor2 is null ? pool : Free(pool, c), c);
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
            string[] words = _prepositions.Words(slot);
            int reach = _prepositions.Reach(slot);
            for (int k = from; k < Math.Min(c.RangeEnd, from + reach); k++)
            {
                ReadOnlySpan<char> key = s.KeyOf(k);
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
                        ActorMention? subject = After(t.EndToken, 2);
                        if (subject is not null && t.Frame is TriggerFrame.Kill or TriggerFrame.Injure && IsVictim(subject))
                        {
                            // قتل 5 مدنيين: unvocalised, the passive reads like the active.
                            return (null, subject);
                        }

                        subject ??= Before(t.FirstToken, ActorReach + 2);
                        ActorMention? target = After(subject is not null && subject.FirstToken > t.FirstToken ? subject.EndToken : t.EndToken, 4)
                            ?? AfterWord(t.EndToken, ArgumentSlot.VerbTarget);
                        return (subject, target != subject ? target : null);
                    }

                    // A noun: هجوم X على Y، قصف X لـ Y، هجوما تكتيكيا لمقاتلي التحالف.
                    ActorMention? agent = After(t.EndToken, 2) ?? AfterWord(t.EndToken, ArgumentSlot.NounAgent);

                    // A weapon fired: who fired it stands before it (أطلقت الطائرات خمسة صواريخ).
                    if (agent is null && t.Entry.NeedsAction && Before(t.FirstToken, ActorReach) is { } shooter && !IsVictim(shooter))
                    {
                        agent = shooter;
                    }

                    ActorMention? victim = AfterWord(t.EndToken, ArgumentSlot.NounVictim);
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

            if (s.Mentions.InDate(t))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
