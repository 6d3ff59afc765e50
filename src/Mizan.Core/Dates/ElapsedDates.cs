using System.Collections.Immutable;
using Mizan.Numbers;
using Mizan.Pipeline;
using Mizan.Text;

namespace Mizan.Dates;

/// <summary>
/// Days counted from a day the text names: "وصرح في 9 أبريل ... وبعده بعشرة أيام لقي مصرعه" is
/// 19 April. A duration after بعد/بعده/بعدها is resolved against the last day named before it in
/// the same or the previous sentence; with no such day it stays a plain duration. The words for
/// "after it" are the <c>elapsed_after</c> rows of <c>date-words.tsv</c>.
/// </summary>
public sealed class ElapsedDates
{
    private readonly DateLexicon _lexicon;

    /// <summary>Elapsed days read with the words of <paramref name="lexicon"/>.</summary>
    public ElapsedDates(DateLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>The dates of <paramref name="document"/> with the elapsed days it names added, in text order.</summary>
    public ImmutableArray<DateMention> Add(Document document, ImmutableArray<DateMention> dates)
    {
        ArgumentNullException.ThrowIfNull(document);
        List<DateMention>? added = null;
        foreach (NumberMention number in document.Numbers)
        {
            if (number.Unit is not ("day" or "week") || number.High != number.Low || number.FirstToken == 0)
            {
                continue;
            }

            int after = number.FirstToken - 1;
            if (!_lexicon.IsElapsedAfter(document.KeyOf(document.Tokens[after])) || Overlaps(dates, after, number.EndToken))
            {
                continue;
            }

            DateMention? anchor = LastDayBefore(document, dates, after);
            if (anchor?.Start is not { } start)
            {
                continue;
            }

            int days = (int)number.Low * (number.Unit == "week" ? 7 : 1);
            DateOnly day = start.AddDays(days);
            // The conjunction on بعد is left out of the span, as proclitics are everywhere (وبعده).
            int spanStart = document.Tokens[after].Span.Start;
            if (document.Language.Morphology.IsConjunction(document.Text[spanStart]))
            {
                spanStart++;
            }

            var span = new TextSpan(spanStart, number.Span.End);
            (added ??= []).Add(new DateMention(span, after, number.EndToken, day, day, Events.DatePrecision.Day, IsRelative: true));
        }

        if (added is null)
        {
            return dates;
        }

        return [.. dates.Concat(added).OrderBy(d => d.FirstToken)];
    }

    private static bool Overlaps(ImmutableArray<DateMention> dates, int first, int end)
    {
        foreach (DateMention d in dates)
        {
            if (d.FirstToken < end && first < d.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last day named before <paramref name="token"/>, in its sentence or the one before.</summary>
    private static DateMention? LastDayBefore(Document document, ImmutableArray<DateMention> dates, int token)
    {
        int sentence = -1;
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            if (token >= document.Sentences[s].FirstToken && token < document.Sentences[s].EndToken)
            {
                sentence = s;
                break;
            }
        }

        int from = sentence > 0 ? document.Sentences[sentence - 1].FirstToken : 0;
        DateMention? last = null;
        foreach (DateMention d in dates)
        {
            if (d.EndToken <= token && d.FirstToken >= from && d.Precision == Events.DatePrecision.Day && d.Start is not null && d.Start == d.End)
            {
                last = d;
            }
        }

        return last;
    }
}
