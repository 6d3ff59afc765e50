using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Events.Reading;

/// <summary>The words a claim quotes as its evidence.</summary>
internal static class EvidenceSpans
{
    /// <summary>
    /// The text of tokens [<paramref name="from"/>, <paramref name="to"/>), widened back to the
    /// source of the candidate's attribution when it is in the sentence, without punctuation at
    /// either end.
    /// </summary>
    public static TextSpan Of(SentenceContext s, EventCandidate c, int from, int to)
    {
        int start = from;
        if (c.Attribution is { } a)
        {
            int sourceStart = Math.Min(a.CueToken, a.Source?.FirstToken ?? a.CueToken);
            if (sourceStart >= s.FirstToken && sourceStart < start)
            {
                start = sourceStart;
            }
        }

        while (start < to - 1 && s.Tokens[start].Kind is TokenKind.Punctuation)
        {
            start++;
        }

        int last = Math.Max(start, to - 1);
        while (last > start && s.Tokens[last].Kind is TokenKind.Punctuation)
        {
            last--;
        }

        return new TextSpan(s.Tokens[start].Span.Start, s.Tokens[last].Span.End);
    }
}
