using System.Collections.Immutable;
using Mizan.Dates;
using Mizan.Text;

namespace Mizan.Events.Reading;

/// <summary>
/// Reads the date of a candidate: the date of the sentence that belongs to it, in its stretch
/// first, then the nearest to its main trigger; a year or month in a clause about another time
/// is not the event's.
/// </summary>
internal sealed class DateReader : IArgumentReader
{
    /// <inheritdoc />
    public void Read(EventCandidate candidate, SentenceContext sentence)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(sentence);
        EventCandidate c = candidate;
        SentenceContext s = sentence;
        int anchor = c.Main?.FirstToken ?? c.RangeStart;
        c.Date = null;
        (int InRange, int Distance) bestRank = (int.MaxValue, 0);
        ImmutableArray<DateMention> dates = s.Document.Dates;
        (int start, int end) = s.Mentions.Dates.Starting(s.FirstToken, s.EndToken);
        for (int i = start; i < end; i++)
        {
            DateMention d = dates[i];
            if (d.FirstToken >= s.FirstToken && d.FirstToken < s.EndToken && s.Owns(c, d.FirstToken, d.EndToken)
                && !(d.Precision is DatePrecision.Year or DatePrecision.Month && NearestIsSubordinate(s, d.FirstToken, d.EndToken)))
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
            TextSpan key = s.Document.Normalized.ToKey(date.Span);
            c.DateKey = s.Document.Normalized.Key.Substring(key.Start, key.Length);
            System.Collections.Frozen.FrozenSet<string> weekdays = s.Document.Language.Words.Weekdays;
            string[] words = c.DateKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            c.DateNamesWeekday = words.Any(weekdays.Contains);
            c.DateDayWords = [.. words.Where(w => weekdays.Contains(w) || w.All(char.IsAsciiDigit))];
        }
    }

    /// <summary>Whether the trigger nearest to these tokens sits in a clause about another time (في أعقاب الحصار ... العام الفائت).</summary>
    private static bool NearestIsSubordinate(SentenceContext s, int first, int end) => s.NearestHit(first, end)?.Subordinate == true;
}
