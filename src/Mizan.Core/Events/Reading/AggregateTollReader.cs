using Mizan.Dates;
using Mizan.Numbers;

namespace Mizan.Events.Reading;

/// <summary>
/// Marks a toll that is a total, not one incident, as background (past context): a toll whose
/// clause, or a span that opens its sentence, says over what span it was counted, a span word
/// before a duration of a week or more or before a date a week or more before the article (قتل 900
/// شخص خلال ستة أشهر، قتل 60 ألفا منذ آذار 2015، ومنذ 5 آذار، ... ما أسفر عن مقتل 300), or of
/// hundreds, a span word that opens no short span (قتل 300 منذ أن بدأت الغارات; not خلال ساعات); a
/// toll of thousands told with a war or a long conflict in the clause of the trigger (أسفر النزاع
/// عن مقتل 60 ألف شخص); a toll of thousands told vaguely (قتل الآلاف، آلاف
/// المدنيين قتلوا); a toll of thousands in a sentence that tells a long stretch of time or a
/// campaign anywhere (ومنذ انتخابه قتل 4 آلاف، في معركة عام 1918 قتل ألفا جندي); a toll of thousands
/// counted by the UN, a monitor or a medical body, or told by a government or its forces (a tally);
/// or a toll of tens
/// of thousands (<see cref="IncidentCeiling"/>, also asked of a whole event by
/// <see cref="Implausible"/>). The words are data (<c>span</c>, <c>short_span</c> and <c>conflict</c> in
/// <c>data/ar/event-reader-words.tsv</c>). Runs after the figures.
/// </summary>
internal sealed class AggregateTollReader : IArgumentReader
{
    /// <summary>The smallest toll a war or a conflict named beside it makes the conflict's total: thousands.</summary>
    internal const long ConflictTotal = 1000;

    /// <summary>
    /// The smallest toll a span that opens no short one makes a campaign's total: hundreds killed
    /// since something began (قتل 300 شخص منذ أن بدأت الغارات، خلال الأسابيع الأخيرة), not in hours.
    /// </summary>
    internal const long CampaignTotal = 100;

    /// <summary>
    /// A toll no report of one incident gives: tens of thousands killed are a war's or a
    /// campaign's total (قتل نحو 10 آلاف شخص في اليمن), whatever the sentence says of its span.
    /// </summary>
    internal const long IncidentCeiling = 10_000;

    /// <summary>How many tokens after a span word its duration or date may start (خلال أكثر من ستة أشهر).</summary>
    private const int SpanReach = 2;

    /// <summary>How long before the article a date after a span word must start for the span to be long: a month.</summary>
    private const int LongSpanDays = 30;

    /// <summary>
    /// How many days a span of a toll must cover for the toll to be a total of many days, not one
    /// incident's: a week (قتل 300 مدني منذ 5 آذار in an article of the 20th; خلال عشرة أيام).
    /// </summary>
    private const int ManyDays = 7;

    /// <summary>How many tokens may stand before a span word that opens its sentence (وعلى مدى، ومنذ).</summary>
    private const int SentenceHeadReach = 1;

    private readonly EventReaderWords _words;

    /// <summary>
    /// Whether an event's reconciled toll is one no single incident has: its most conservative
    /// figure reaches <see cref="IncidentCeiling"/>. The figures of an event come from all its
    /// reports, so a total told in another sentence (ربما قتل نحو 500 ألف مدني خلال عشر سنوات)
    /// can reach an event whose own sentence has none; such an event is background too.
    /// </summary>
    public static bool Implausible(FatalityEstimate? fatalities) => fatalities is { Low: >= IncidentCeiling };

    /// <summary>
    /// Whether a whole event is a total: its reconciled toll is <see cref="Implausible"/>, or one of
    /// its claims gives thousands killed on the word of the UN, a monitor or a medical body, named in
    /// the sentence or nearby (وقتل 2295 مدرسا، وفق اليونيسف): such bodies count the dead of a war or
    /// a campaign, so their thousands are tallies, or an incident of long ago recalled.
    /// </summary>
    public static bool IsTotal(FatalityEstimate? fatalities, IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Implausible(fatalities)
            || claims.Any(static c => IsMonitor(c.Source.Kind) && c.Killed.Values.Any(static r => r.Low >= ConflictTotal));
    }

    public AggregateTollReader(EventReaderWords words)
    {
        _words = words ?? throw new ArgumentNullException(nameof(words));
    }

    /// <inheritdoc />
    public void Read(EventCandidate candidate, SentenceContext sentence)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(sentence);
        if (candidate.Background || candidate.Claim is not { Killed.Count: > 0 } claim)
        {
            return;
        }

        if (VagueThousands(sentence, candidate, claim))
        {
            candidate.Background = true;
            return;
        }

        if (claim.Killed.Count == 0)
        {
            return;
        }

        long largest = claim.Killed.Values.Max(static r => r.Low);
        if (largest >= IncidentCeiling || (largest >= ConflictTotal && (TellsLongTime(sentence) || CountedByMonitor(candidate) || CountedByState(candidate))))
        {
            candidate.Background = true;
            return;
        }

        int trigger = candidate.Main?.FirstToken ?? candidate.RangeStart;
        for (int t = candidate.RangeStart; t < candidate.RangeEnd; t++)
        {
            // In the trigger's clause: a running total told after a comma (مقتل 8 أشخاص، ما يرفع حصيلة
            // الاحتجاجات المستمرة منذ شهرين إلى 178) leaves the new toll news.
            // A span that opens the sentence before its trigger governs the whole sentence, its comma
            // notwithstanding (وعلى مدى 30 عاما من القتال، قتل المتمردون نحو 600 شخص).
            bool opensSentence = t < trigger && t - sentence.FirstToken <= SentenceHeadReach;
            if (!opensSentence && !sentence.SameClause(Math.Min(t, trigger), Math.Max(t, trigger)))
            {
                continue;
            }

            bool span = _words.Is(ReaderWordRole.Span, Conjunction(sentence, t));
            if ((span && OpensLongSpan(sentence, t))
                || (span && largest >= CampaignTotal && !OpensShortSpan(sentence, t))
                || (!opensSentence && largest >= ConflictTotal && _words.Is(ReaderWordRole.Conflict, Noun(sentence, t))))
            {
                candidate.Background = true;
                return;
            }
        }
    }

    /// <summary>
    /// Reads a killed figure that is a vague amount of thousands or more: told after its trigger
    /// (قتل الآلاف، مقتل عشرات الآلاف من المدنيين), before it as its counted noun (عشرات آلاف القتلى)
    /// or as the subject right before it, only its counted noun between (آلاف المدنيين قتلوا), it is
    /// a total, so the candidate is background (true); told further before the trigger, or before a
    /// dual (عدة آلاف القتيلين), it counts people who did something else (آلاف الأهالي يشيعون رجلا
    /// قتل: mourners), so the incident stays news and its toll is the dual's two, or none.
    /// An incident's dead are counted; thousands told vaguely are no incident's toll either way.
    /// </summary>
    private static bool VagueThousands(SentenceContext s, EventCandidate c, ClaimDraft claim)
    {
        (int first, int end) = s.Mentions.Numbers.Starting(c.RangeStart, c.RangeEnd);
        for (int i = first; i < end; i++)
        {
            NumberMention n = s.Document.Numbers[i];
            if (n.Kind != NumberKind.Vague || n.Low < ConflictTotal || n.FirstToken < c.RangeStart || n.FirstToken >= c.RangeEnd
                || !claim.Killed.Values.Any(r => r.Low == n.Low))
            {
                continue;
            }

            int noun = n.CountedToken is int t0 && t0 >= n.EndToken && t0 < s.EndToken ? t0 : -1;
            bool countsTrigger = noun >= 0 && c.Triggers.Exists(t => t.FirstToken <= noun && t.EndToken > noun);
            if (c.Triggers.Exists(t => t.EndToken <= n.FirstToken)
                || (countsTrigger && !IsDual(s, noun))
                || (noun >= 0 && !countsTrigger && c.Triggers.Exists(t => t.FirstToken == noun + 1)))
            {
                return true;
            }

            // The thousands are not the toll: the dual they stand before is (two), or nothing the sentence says.
            foreach (string side in claim.Killed.Where(k => k.Value.Low == n.Low).Select(k => k.Key).ToList())
            {
                if (countsTrigger)
                {
                    claim.Killed[side] = new CountRange(2, 2);
                }
                else
                {
                    claim.Killed.Remove(side);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the toll is told by a body that counts the dead over time: the United Nations, a
    /// monitor or rights group, or a medical body (وقالت منظمة إغاثة إن أكثر من 3 آلاف قتلوا، وفق
    /// اليونيسف). Their thousands are tallies of a war or a campaign, not one incident's dead.
    /// </summary>
    private static bool CountedByMonitor(EventCandidate c) =>
        c.Attribution?.Source?.Actor.SourceKind is { } kind && IsMonitor(kind);

    private static bool IsMonitor(SourceKind kind) => kind is SourceKind.Un or SourceKind.Ngo or SourceKind.Medical;

    /// <summary>
    /// Whether the toll is told by a government or its forces (وتقول الشرطة إنها قتلت أكثر من 4100،
    /// يقول الجيش إن قواته قتلت أكثر من 2000 من المسلحين): a state's thousands are the tally of its
    /// campaign, not the dead of one incident. Only this report is background: the incident it is
    /// told beside (a soldier's death the same day) stays news.
    /// </summary>
    private static bool CountedByState(EventCandidate c) =>
        c.Attribution?.Source?.Actor.SourceKind is SourceKind.Government or SourceKind.Military;

    /// <summary>
    /// Whether the noun is a dual (القتيلين، الجريحان): a number mention of two, or the dual endings
    /// -ين and -ان, which the plurals of the dead (القتلى، الضحايا) do not have.
    /// </summary>
    private static bool IsDual(SentenceContext s, int token)
    {
        (int first, int end) = s.Mentions.Numbers.Starting(token, token + 1);
        ReadOnlySpan<char> key = s.KeyOf(token);
        return first < end || s.Document.Language.Morphology.EndsAsDual(key);
    }

    /// <summary>
    /// Whether the sentence tells a long stretch of time or a war anywhere: a span word that opens no
    /// short span (منذ انتخابه، خلال هذه الفترة), a duration of weeks, months or years (ثلاثة أسابيع من
    /// القصف، قبل ثلاث سنوات، بعد أسابيع), a date a month or more before the article (في صيف عام 1918), a
    /// war, campaign or plural of acts (الانتفاضة، العمليات العسكرية، الغارات), or a count that runs (وصل
    /// عدد القتلى إلى، حتى الآن). Asked only of a toll of thousands, which no single
    /// incident told with a span reaches: the toll is a total, or an incident of long ago recalled.
    /// </summary>
    private bool TellsLongTime(SentenceContext s)
    {
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if ((_words.Is(ReaderWordRole.Span, Conjunction(s, t)) && !OpensShortSpan(s, t))
                || _words.Is(ReaderWordRole.Conflict, Noun(s, t))
                || _words.Is(ReaderWordRole.Running, Conjunction(s, t)) || _words.Is(ReaderWordRole.Running, Noun(s, t)))
            {
                return true;
            }
        }

        (int first, int end) = s.Mentions.Numbers.Starting(s.FirstToken, s.EndToken);
        for (int i = first; i < end; i++)
        {
            if (s.Document.Numbers[i].Unit is "week" or "month" or "year" or "decade")
            {
                return true;
            }
        }

        if (s.Document.Article.Published is not { } published)
        {
            return false;
        }

        (first, end) = s.Mentions.Dates.Starting(s.FirstToken, s.EndToken);
        for (int i = first; i < end; i++)
        {
            if (s.Document.Dates[i] is { Start: { } start } && start.AddDays(LongSpanDays) <= published)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the span word at <paramref name="t"/> opens a short span or none: hours or days (منذ
    /// يومين، خلال ساعات), a date within the month before the article (منذ صباح اليوم), or an event (خلال
    /// الهجوم: during it, not over a stretch of time).
    /// </summary>
    private bool OpensShortSpan(SentenceContext s, int t)
    {
        int last = Math.Min(t + 1 + SpanReach, s.EndToken);
        if (t + 1 < s.EndToken && (s.Hits.Any(h => h.FirstToken == t + 1) || _words.Is(ReaderWordRole.ShortSpan, Noun(s, t + 1))))
        {
            return true;
        }

        (int first, int end) = s.Mentions.Numbers.Starting(t + 1, last);
        for (int i = first; i < end; i++)
        {
            NumberMention n = s.Document.Numbers[i];
            if (n.FirstToken > t && n.FirstToken < last && n.Unit is "minute" or "hour" or "day")
            {
                return true;
            }
        }

        DateOnly? published = s.Document.Article.Published;
        (first, end) = s.Mentions.Dates.Starting(t + 1, last);
        for (int i = first; i < end; i++)
        {
            DateMention d = s.Document.Dates[i];
            if (d.FirstToken > t && d.FirstToken < last && (published is null || d.Start is not { } start || start.AddDays(LongSpanDays) > published))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a duration of a week or more, or a date a week or more before the article, follows the span word at <paramref name="t"/>.</summary>
    private static bool OpensLongSpan(SentenceContext s, int t)
    {
        int last = Math.Min(t + 1 + SpanReach, s.EndToken);
        (int first, int end) = s.Mentions.Numbers.Starting(t + 1, last);
        for (int i = first; i < end; i++)
        {
            NumberMention n = s.Document.Numbers[i];
            if (n.FirstToken > t && n.FirstToken < last && (n.Unit is "week" or "month" or "year" or "decade" || (n.Unit == "day" && n.Low >= ManyDays)))
            {
                return true;
            }
        }

        if (s.Document.Article.Published is not { } published)
        {
            return false;
        }

        // The date may hold the span word itself (منذ 5 آذار: a date from then on).
        (first, end) = s.Mentions.Dates.Starting(t, last);
        for (int i = first; i < end; i++)
        {
            DateMention d = s.Document.Dates[i];
            if (d.FirstToken >= t && d.FirstToken < last && d.Start is { } start && start.AddDays(ManyDays) <= published)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The key of token <paramref name="t"/> without a leading conjunction (ومنذ).</summary>
    private static ReadOnlySpan<char> Conjunction(SentenceContext s, int t) =>
        s.Document.Language.Morphology.WithoutConjunction(s.KeyOf(t));

    /// <summary>The key of token <paramref name="t"/> without its conjunction, preposition and article (والحرب، بالنزاع، للصراع).</summary>
    private static ReadOnlySpan<char> Noun(SentenceContext s, int t) =>
        s.Document.Language.Morphology.BareNoun(s.KeyOf(t));
}
