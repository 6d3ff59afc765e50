using System.Collections.Immutable;
using Mizan.Dates;
using Mizan.Pipeline;

namespace Mizan.Events;

/// <summary>
/// The mentions of one document (actors, attributions, places, dates, numbers) indexed by their
/// first token, built once per document for the candidate reader: each sentence and each stretch
/// of it asks for the mentions that start in a token range, which a scan of every mention for
/// every sentence and every candidate made quadratic in the length of the article.
/// </summary>
/// <remarks>
/// A range query gives the indexes, in document order, of a run of mentions that holds every
/// mention starting in the range (exactly those when the layer is in token order, as the
/// recognisers write it; the whole layer otherwise): callers still test each mention, so the
/// answers are the same as a scan of the whole layer.
/// </remarks>
internal sealed class DocumentMentions
{
    private readonly bool[] _inDate;
    private readonly bool[] _inNumber;

    public DocumentMentions(Document document)
    {
        Actors = FirstTokenIndex.Of(document.Actors, static a => a.FirstToken);
        Attributions = FirstTokenIndex.Of(document.Attributions, static a => a.CueToken);
        Places = FirstTokenIndex.Of(document.Places, static p => p.FirstToken);
        Dates = FirstTokenIndex.Of(document.Dates, static d => d.FirstToken);
        Numbers = FirstTokenIndex.Of(document.Numbers, static n => n.FirstToken);

        _inDate = new bool[document.Tokens.Length];
        foreach (DateMention date in document.Dates)
        {
            for (int t = Math.Max(0, date.FirstToken); t < Math.Min(date.EndToken, _inDate.Length); t++)
            {
                _inDate[t] = true;
            }
        }

        _inNumber = new bool[document.Tokens.Length];
        foreach (Numbers.NumberMention number in document.Numbers)
        {
            for (int t = Math.Max(0, number.FirstToken); t < Math.Min(number.EndToken, _inNumber.Length); t++)
            {
                _inNumber[t] = number.Unit is null;
            }
        }
    }

    /// <summary>Actors by first token.</summary>
    public FirstTokenIndex Actors { get; }

    /// <summary>Attributions by cue token.</summary>
    public FirstTokenIndex Attributions { get; }

    /// <summary>Places by first token.</summary>
    public FirstTokenIndex Places { get; }

    /// <summary>Dates by first token.</summary>
    public FirstTokenIndex Dates { get; }

    /// <summary>Numbers by first token.</summary>
    public FirstTokenIndex Numbers { get; }

    /// <summary>Whether token <paramref name="token"/> is part of a date expression.</summary>
    public bool InDate(int token) => token >= 0 && token < _inDate.Length && _inDate[token];

    /// <summary>Whether token <paramref name="token"/> is part of a count of people or things (a number with no unit of measure).</summary>
    public bool InNumber(int token) => token >= 0 && token < _inNumber.Length && _inNumber[token];

    /// <summary>The first tokens of one layer of mentions, in document order.</summary>
    internal sealed class FirstTokenIndex
    {
        private readonly int[] _firstTokens;
        private readonly bool _sorted;

        private FirstTokenIndex(int[] firstTokens)
        {
            _firstTokens = firstTokens;
            _sorted = true;
            for (int i = 1; i < firstTokens.Length; i++)
            {
                if (firstTokens[i] < firstTokens[i - 1])
                {
                    _sorted = false;
                    break;
                }
            }
        }

        /// <summary>The index of <paramref name="mentions"/>, whose first tokens <paramref name="firstToken"/> gives.</summary>
        public static FirstTokenIndex Of<T>(ImmutableArray<T> mentions, Func<T, int> firstToken)
        {
            var firstTokens = new int[mentions.Length];
            for (int i = 0; i < firstTokens.Length; i++)
            {
                firstTokens[i] = firstToken(mentions[i]);
            }

            return new FirstTokenIndex(firstTokens);
        }

        /// <summary>
        /// The run of indexes [Start, End) that holds every mention whose first token is in
        /// [<paramref name="from"/>, <paramref name="to"/>), in document order.
        /// </summary>
        public (int Start, int End) Starting(int from, int to)
        {
            if (!_sorted)
            {
                return (0, _firstTokens.Length);
            }

            int start = LowerBound(from);
            int end = to <= from ? start : LowerBound(to);
            return (start, Math.Max(start, end));
        }

        /// <summary>The first index whose first token is at least <paramref name="token"/>.</summary>
        private int LowerBound(int token)
        {
            int lo = 0, hi = _firstTokens.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_firstTokens[mid] < token)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
