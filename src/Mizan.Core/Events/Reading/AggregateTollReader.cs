using Mizan.Dates;
using Mizan.Numbers;

namespace Mizan.Events.Reading;

/// <summary>
/// Marks a toll that is a total, not one incident, as background (past context): a toll whose
/// clause says over what span it was counted, a span word before a duration of weeks, months or
/// years or before a date a month or more before the article (قتل 900 شخص خلال ستة أشهر، قتل 60
/// ألفا منذ آذار 2015); a toll of thousands told with a war or a long conflict in the clause of
/// the trigger (أسفر النزاع عن مقتل 60 ألف شخص); a toll of thousands told vaguely after its
/// trigger (قتل الآلاف); or a toll of tens of thousands (<see cref="IncidentCeiling"/>). The words
/// are data (<c>span</c> and <c>conflict</c> in <c>data/ar/event-reader-words.tsv</c>). Runs after
/// the figures.
/// </summary>
internal sealed class AggregateTollReader : IArgumentReader
{
    /// <summary>The smallest toll a war or a conflict named beside it makes the conflict's total: thousands.</summary>
    internal const long ConflictTotal = 1000;

    /// <summary>
    /// A toll no report of one incident gives: tens of thousands killed are a war's or a
    /// campaign's total (قتل نحو 10 آلاف شخص في اليمن), whatever the sentence says of its span.
    /// </summary>
    internal const long IncidentCeiling = 10_000;

    /// <summary>How many tokens after a span word its duration or date may start (خلال أكثر من ستة أشهر).</summary>
    private const int SpanReach = 2;

    /// <summary>How long before the article a date after a span word must start for the span to be long: a month.</summary>
    private const int LongSpanDays = 30;

    private readonly EventReaderWords _words;

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

        long largest = claim.Killed.Values.Max(static r => r.Low);
        if (largest >= IncidentCeiling || VagueThousands(sentence, candidate, claim))
        {
            candidate.Background = true;
            return;
        }

        int trigger = candidate.Main?.FirstToken ?? candidate.RangeStart;
        for (int t = candidate.RangeStart; t < candidate.RangeEnd; t++)
        {
            // In the trigger's clause: a running total told after a comma (مقتل 8 أشخاص، ما يرفع حصيلة
            // الاحتجاجات المستمرة منذ شهرين إلى 178) leaves the new toll news.
            if (!sentence.SameClause(Math.Min(t, trigger), Math.Max(t, trigger)))
            {
                continue;
            }

            if ((_words.Is(ReaderWordRole.Span, Conjunction(sentence.KeyOf(t))) && OpensLongSpan(sentence, t))
                || (largest >= ConflictTotal && _words.Is(ReaderWordRole.Conflict, Noun(sentence.KeyOf(t)))))
            {
                candidate.Background = true;
                return;
            }
        }
    }

    /// <summary>
    /// Whether a killed figure is a vague amount of thousands or more told after a trigger (قتل
    /// الآلاف، مقتل عشرات الآلاف من المدنيين): an incident's dead are counted, thousands told
    /// vaguely are a total. Before the trigger the amount may count someone else (وشيع عدة آلاف القتيلين: mourners).
    /// </summary>
    private static bool VagueThousands(SentenceContext s, EventCandidate c, ClaimDraft claim)
    {
        (int first, int end) = s.Mentions.Numbers.Starting(c.RangeStart, c.RangeEnd);
        for (int i = first; i < end; i++)
        {
            NumberMention n = s.Document.Numbers[i];
            if (n.Kind == NumberKind.Vague && n.Low >= ConflictTotal && n.FirstToken >= c.RangeStart && n.FirstToken < c.RangeEnd
                && claim.Killed.Values.Any(r => r.Low == n.Low) && c.Triggers.Exists(t => t.EndToken <= n.FirstToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a duration of weeks or more, or a date a month or more before the article, follows the span word at <paramref name="t"/>.</summary>
    private static bool OpensLongSpan(SentenceContext s, int t)
    {
        int last = Math.Min(t + 1 + SpanReach, s.EndToken);
        (int first, int end) = s.Mentions.Numbers.Starting(t + 1, last);
        for (int i = first; i < end; i++)
        {
            NumberMention n = s.Document.Numbers[i];
            if (n.FirstToken > t && n.FirstToken < last && n.Unit is "week" or "month" or "year")
            {
                return true;
            }
        }

        if (s.Document.Article.Published is not { } published)
        {
            return false;
        }

        (first, end) = s.Mentions.Dates.Starting(t + 1, last);
        for (int i = first; i < end; i++)
        {
            DateMention d = s.Document.Dates[i];
            if (d.FirstToken > t && d.FirstToken < last && d.Start is { } start && start.AddDays(LongSpanDays) <= published)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The key without a leading و or ف (ومنذ).</summary>
    private static ReadOnlySpan<char> Conjunction(ReadOnlySpan<char> key) =>
        key.Length > 3 && key[0] is 'و' or 'ف' ? key[1..] : key;

    /// <summary>The key without its conjunction, preposition and article (والحرب، بالنزاع، للصراع).</summary>
    private static ReadOnlySpan<char> Noun(ReadOnlySpan<char> key)
    {
        key = Conjunction(key);
        if (key.Length > 3 && key[0] is 'ب' or 'ل' or 'ك')
        {
            key = key[1..];
        }

        if (key.Length > 4 && key.StartsWith("ال", StringComparison.Ordinal))
        {
            key = key[2..];
        }
        else if (key.Length > 3 && key[0] == 'ل')
        {
            key = key[1..]; // للحرب after ل: the article's alif goes
        }

        return key;
    }
}
