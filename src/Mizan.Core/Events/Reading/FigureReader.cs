using System.Collections.Immutable;
using Mizan.Entities;
using Mizan.Lexicons;
using Mizan.Numbers;

namespace Mizan.Events.Reading;

/// <summary>
/// Reads the casualty figures of a candidate into its claim: each number of its stretch goes to
/// the casualty word it counts (killed, injured, captured, displaced) on the side
/// <see cref="CasualtySides"/> gives; a singular person noun after a casualty word is one; a "no
/// losses" phrase is zero, and a denied loss a denial.
/// </summary>
internal sealed class FigureReader : IArgumentReader
{
    /// <summary>How far before a phrase of no losses the side phrase it closes may stand.</summary>
    private const int ZeroSideReach = 12;

    private readonly EventLexicon _lexicon;

    public FigureReader(EventLexicon lexicon)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    /// <inheritdoc />
    public void Read(EventCandidate candidate, SentenceContext sentence)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(sentence);
        EventCandidate c = candidate;
        SentenceContext s = sentence;
        var claim = new ClaimDraft(c.Attribution, EvidenceSpans.Of(s, c, c.RangeStart, c.RangeEnd));
        HashSet<int>? used = null;
        int lastFigureToken = -1;
        List<(int First, int End, TriggerFrame Frame)>? casualtyTriggers = null; // looked up when a figure needs them

        ImmutableArray<NumberMention> numbers = s.Document.Numbers;
        (int firstNumber, int endNumber) = s.Mentions.Numbers.Starting(c.RangeStart, c.RangeEnd);
        for (int i = firstNumber; i < endNumber; i++)
        {
            NumberMention number = numbers[i];
            if (number.FirstToken < c.RangeStart || number.FirstToken >= c.RangeEnd || number.Unit is not null || number.Low > 50_000_000)
            {
                continue;
            }

            // A number of a date counts no one (أوقع في 2004 628 قتيلا، منذ صيف 2014 خلفت قتيلين), and a
            // number nearer to another event's trigger is that event's (مقتل 20 ألف شخص وتشريد 2,6 مليون),
            // and a number of animals or things counts no person (نفوق 3 آلاف طير ومقتل 4 مزارعين).
            if (InDate(s, number) || YearAfterPlace(s, number) || !s.Owns(c, number.FirstToken, number.EndToken) || CountsThings(s, number))
            {
                continue;
            }

            // The casualty word this number counts: a word of capture right before it (وأسر ستة
            // آخرين), else the nearest one in the same clause.
            casualtyTriggers ??= CasualtyTriggers(s, c);
            (int First, int End, TriggerFrame Frame)? nearest = CaptureBefore(s, number.FirstToken) ?? NearestCasualtyWord(s, c, number, casualtyTriggers);
            if (nearest is not { } n)
            {
                continue;
            }

            string side = CasualtySides.SideOf(s, c, number.EndToken, number.FirstToken, parties: claim.Parties);
            var range = new CountRange(number.Low, number.Kind == NumberKind.AtLeast ? null : number.High ?? number.Low);
            Dictionary<string, CountRange> target = n.Frame switch
            {
                // Killed and wounded counted together (مئات القتلى والجرحى) is not a death count: injured, as the contract says.
                TriggerFrame.Kill or TriggerFrame.Die when ConjoinedWithWounded(s, casualtyTriggers, n) => claim.Injured,
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
        foreach (PhraseMatch<CasualtyRole> word in s.CasualtyWords)
        {
            if (word.FirstToken < c.RangeStart || word.FirstToken >= c.RangeEnd)
            {
                continue;
            }

            CasualtyRole role = word.Values[0];
            if (role == CasualtyRole.Person)
            {
                var trig = CasualtyTriggerEndingAt(casualtyTriggers ??= CasualtyTriggers(s, c), word.FirstToken);
                if (trig.End == word.FirstToken && trig.End > 0 && trig.Frame is TriggerFrame.Kill or TriggerFrame.Die or TriggerFrame.Wounded or TriggerFrame.Injure or TriggerFrame.Abduct
                    && word.Reading.SuffixLength == 0 && used?.Contains(word.FirstToken) != true)
                {
                    string side = CasualtySides.SideOf(s, c, word.EndToken, word.FirstToken, word.FirstToken, parties: claim.Parties);
                    Dictionary<string, CountRange> target = trig.Frame is TriggerFrame.Kill or TriggerFrame.Die ? claim.Killed
                        : trig.Frame == TriggerFrame.Abduct ? claim.Captured : claim.Injured;
                    Add(target, side, CountRange.Exactly(1));
                    lastFigureToken = Math.Max(lastFigureToken, word.EndToken - 1);
                }
            }
            else if (role is CasualtyRole.ZeroKilled or CasualtyRole.ZeroInjured or CasualtyRole.ZeroAny)
            {
                string side = CasualtySides.SideOf(s, c, word.EndToken, word.FirstToken, reachBefore: ZeroSideReach, parties: claim.Parties);
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
                string side = CasualtySides.SideOf(s, c, word.EndToken, word.FirstToken, parties: claim.Parties);
                claim.Killed[side] = CountRange.Exactly(0);
                claim.Denial = true;
                lastFigureToken = Math.Max(lastFigureToken, word.EndToken - 1);
            }
        }

        if (lastFigureToken >= 0)
        {
            int end = lastFigureToken + 1;
            // Keep the side phrase after the figures in the quote: في صفوف المتمردين التوارق.
            foreach (ActorMention a in s.Actors)
            {
                if (a.FirstToken >= end && a.FirstToken <= end + 2 && a.EndToken <= c.RangeEnd)
                {
                    end = a.EndToken;
                    break;
                }
            }

            claim.Evidence = EvidenceSpans.Of(s, c, c.RangeStart, end);
        }

        c.Claim = claim;
    }

    private bool CountsThings(SentenceContext s, NumberMention number)
    {
        // 5 آلاف "نظام سلاح": the noun inside the quotes is counted.
        int t = number.CountedToken ?? number.EndToken;
        if (t >= s.FirstToken && t + 1 < s.EndToken && s.KeyOf(t) is "\"" or "«" or "“")
        {
            t++;
        }
        else if (number.CountedToken is null || t < s.FirstToken || t >= s.EndToken)
        {
            return false;
        }

        return _lexicon.ReaderWords.Is(ReaderWordRole.Thing, s.Document.Language.Morphology.CountedNoun(s.KeyOf(t)));
    }

    /// <summary>The smallest and largest values read as a calendar year when written as four bare digits.</summary>
    private const long FirstYear = 1900, LastYear = 2100;

    /// <summary>
    /// Whether the number is four bare digits of a calendar year right after a place: the place and
    /// year name an incident of that year (الاغتصاب الذي شهدته بومباي 2012 وقتل فيه), they count no one.
    /// </summary>
    private static bool YearAfterPlace(SentenceContext s, NumberMention number)
    {
        int t = number.FirstToken;
        if (number.Kind != NumberKind.Exact || number.Low is < FirstYear or > LastYear || number.High != number.Low
            || s.Tokens[t].Kind != Tokenization.TokenKind.Number || s.KeyOf(t).Length != 4 || t == s.FirstToken
            || (number.CountedToken is int noun && !OpensClause(s, noun)))
        {
            return false; // a noun after it is counted (في المدينة 1500 شخص)
        }

        (int first, int end) = s.Mentions.Places.Starting(s.FirstToken, t);
        for (int i = first; i < end; i++)
        {
            // The place's own words end right before the year (a place may hold a word of relation after it).
            Geocoding.PlaceMention place = s.Document.Places[i];
            if (place.EndToken == t && s.Document.Text.AsSpan(place.Span.End, number.Span.Start - place.Span.End).IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token is a word that opens a clause with و or ف (وقتلها، فقتل), not a counted noun.</summary>
    private static bool OpensClause(SentenceContext s, int token)
    {
        ReadOnlySpan<char> key = s.KeyOf(token);
        return key.Length > 3 && s.Document.Language.Morphology.WithoutConjunction(key).Length < key.Length;
    }

    private static bool InDate(SentenceContext s, NumberMention number)
    {
        for (int t = number.FirstToken; t < number.EndToken; t++)
        {
            if (s.Mentions.InDate(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The triggers whose casualty words the figures of a candidate may count: its own, or for figures alone every trigger of their stretch.</summary>
    private List<(int First, int End, TriggerFrame Frame)> CasualtyTriggers(SentenceContext s, EventCandidate c)
    {
        var triggers = new List<(int First, int End, TriggerFrame Frame)>();
        if (c.ClaimOnly)
        {
            foreach (PhraseMatch<TriggerEntry> m in _lexicon.Triggers.FindAll(s.Document.Normalized, s.Tokens, c.RangeStart, c.RangeEnd))
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

    /// <summary>
    /// Whether a word for the wounded is joined right to this word for the dead (القتلى والجرحى، قتيل
    /// وجريح), or by a و written apart (بين قتيل و جريح).
    /// </summary>
    private static bool ConjoinedWithWounded(SentenceContext s, List<(int First, int End, TriggerFrame Frame)> triggers, (int First, int End, TriggerFrame Frame) dead)
    {
        foreach (var t in triggers)
        {
            if (t.Frame is TriggerFrame.Wounded or TriggerFrame.Injure
                && (t.First == dead.End || t.End == dead.First || DetachedAnd(s, dead.End, t.First) || DetachedAnd(s, t.End, dead.First))
                && !CountedRightAfter(s, t.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a number starts right at the token: a word for the wounded followed by its own figure
    /// (45 قتيلا وإصابة نحو 150) counts the wounded alone, the dead before it keep theirs.
    /// </summary>
    private static bool CountedRightAfter(SentenceContext s, int token)
    {
        (int first, int end) = s.Mentions.Numbers.Starting(token, token + 1);
        return first < end;
    }

    /// <summary>Whether the one token at <paramref name="between"/> before <paramref name="next"/> is a lone و.</summary>
    private static bool DetachedAnd(SentenceContext s, int between, int next) =>
        next == between + 1 && between >= s.FirstToken && between < s.EndToken && s.Document.Language.Morphology.IsAndWord(s.KeyOf(between));

    /// <summary>
    /// The casualty word of the candidate nearest the number in its clause, at most four words away
    /// (a word before a number that opens with و one further); null when none.
    /// </summary>
    private static (int First, int End, TriggerFrame Frame)? NearestCasualtyWord(
        SentenceContext s, EventCandidate c, NumberMention number, List<(int First, int End, TriggerFrame Frame)> casualtyTriggers)
    {
        (int First, int End, TriggerFrame Frame)? nearest = null;
        int bestDistance = int.MaxValue;
        int nounEnd = number.EndToken + (number.EndToken < c.RangeEnd && s.Tokens[number.EndToken].IsWord && !IsCasualtyTrigger(casualtyTriggers, number.EndToken) ? 1 : 0);

        // A number whose first word carries و (ونحو 150، وأكثر من 150، وثلاثة) opens a conjunct of its
        // own: the word before it is one further away, as when the و is written apart, so the noun it
        // counts after it wins a tie (45 قتيلا ونحو 150 جريحا: the 150 are wounded).
        int conjoined = OpensClause(s, number.FirstToken) ? 1 : 0;
        foreach (var trig in casualtyTriggers)
        {
            if (trig.Frame is not (TriggerFrame.Kill or TriggerFrame.Die or TriggerFrame.Wounded or TriggerFrame.Injure or TriggerFrame.Displace or TriggerFrame.Abduct))
            {
                continue;
            }

            int distance = trig.First >= nounEnd ? trig.First - nounEnd : trig.End <= number.FirstToken ? number.FirstToken - trig.End + conjoined : 0;
            if (distance <= 4 && distance < bestDistance && s.SameClause(Math.Min(trig.First, number.FirstToken), Math.Max(trig.First, number.FirstToken)))
            {
                nearest = trig;
                bestDistance = distance;
            }
        }

        return nearest;
    }

    /// <summary>A word of taking prisoners that ends right before the token (وأسر ستة، اعتقال 20), as a capture.</summary>
    private static (int First, int End, TriggerFrame Frame)? CaptureBefore(SentenceContext s, int token)
    {
        foreach (PhraseMatch<CasualtyRole> w in s.CasualtyWords)
        {
            if (w.EndToken == token && w.Values[0] == CasualtyRole.Capture)
            {
                return (w.FirstToken, w.EndToken, TriggerFrame.Abduct);
            }
        }

        return null;
    }
}
