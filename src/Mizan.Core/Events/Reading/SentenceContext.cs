using System.Collections.Immutable;
using Mizan.Attribution;
using Mizan.Entities;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Events.Reading;

/// <summary>
/// One sentence of a document as the parts of the candidate reader see it: its tokens, the
/// attributions and actors that start in it, the document's mention index, its casualty words
/// (looked up when first asked for) and, once detection is done, its trigger hits. One is made per
/// sentence and shared by the trigger detector and the argument readers.
/// </summary>
internal sealed class SentenceContext
{
    private readonly CasualtyLexicon _casualties;
    private List<TriggerHit>? _hits;
    private ImmutableArray<PhraseMatch<CasualtyRole>> _casualtyWords; // default until asked for

    public SentenceContext(Document document, DocumentMentions mentions, int index, CasualtyLexicon casualties)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        Document = document;
        Mentions = mentions;
        Index = index;
        Sentence = document.Sentences[index];
        Tokens = document.Tokens;
        _casualties = casualties ?? throw new ArgumentNullException(nameof(casualties));
        Attributions = InSentence(document.Attributions, mentions.Attributions, static a => a.CueToken);
        Actors = InSentence(document.Actors, mentions.Actors, static a => a.FirstToken);
    }

    public Document Document { get; }

    public DocumentMentions Mentions { get; }

    /// <summary>Index of the sentence in the document.</summary>
    public int Index { get; }

    public Sentence Sentence { get; }

    /// <summary>The tokens of the whole document (token indexes are the document's).</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>First token of the sentence.</summary>
    public int FirstToken => Sentence.FirstToken;

    /// <summary>Token after the sentence.</summary>
    public int EndToken => Sentence.EndToken;

    /// <summary>The attributions whose cue is in the sentence, in document order.</summary>
    public List<SourceAttribution> Attributions { get; }

    /// <summary>The actors that start in the sentence, in document order.</summary>
    public List<ActorMention> Actors { get; }

    /// <summary>The trigger hits of the sentence, in token order; empty until <see cref="UseHits"/>.</summary>
    public IReadOnlyList<TriggerHit> Hits => _hits ?? [];

    /// <summary>The casualty words of the sentence (looked up when a candidate needs them).</summary>
    public ImmutableArray<PhraseMatch<CasualtyRole>> CasualtyWords =>
        _casualtyWords.IsDefault
            ? _casualtyWords = _casualties.Words.FindAll(Document.Normalized, Tokens, Sentence.FirstToken, Sentence.EndToken)
            : _casualtyWords;

    /// <summary>Keeps the hits the detector found: places and dates go with the trigger nearest to them.</summary>
    public void UseHits(List<TriggerHit> hits) => _hits = hits ?? throw new ArgumentNullException(nameof(hits));

    /// <summary>The matching key of a token of the document.</summary>
    public ReadOnlySpan<char> KeyOf(int token)
    {
        TextSpan key = Tokens[token].Key;
        return Document.Normalized.Key.AsSpan(key.Start, key.Length);
    }

    /// <summary>Whether no clause break (comma, semicolon, colon) stands between the two tokens within the sentence.</summary>
    public bool SameClause(int from, int to)
    {
        for (int t = Math.Max(from, Sentence.FirstToken); t < Math.Min(to, Sentence.EndToken); t++)
        {
            if (Tokens[t].Kind == TokenKind.Punctuation && Document.Language.Words.Is(Languages.WordRole.ClauseMark, KeyOf(t)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the token is in the scope of a denial of the sentence.</summary>
    public bool UnderDenial(int token)
    {
        foreach (SourceAttribution a in Attributions)
        {
            if (a.IsDenial && token >= a.ScopeStart && token < a.ScopeEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token is inside the name of a named actor, an institution or an official.</summary>
    public bool InsideNamedActor(int token)
    {
        foreach (ActorMention a in Actors)
        {
            if (token >= a.FirstToken && token < a.EndToken && a.MentionKind is ActorMentionKind.Named or ActorMentionKind.Institution or ActorMentionKind.Official)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token is inside any actor that is not a generic noun.</summary>
    public bool InsideAnyActor(int token)
    {
        foreach (ActorMention a in Actors)
        {
            if (token >= a.FirstToken && token < a.EndToken && a.MentionKind is not ActorMentionKind.Generic)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first actor of the sentence whose words hold the token.</summary>
    public ActorMention? ActorCovering(int token)
    {
        foreach (ActorMention a in Actors)
        {
            if (a.FirstToken <= token && a.EndToken > token)
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>The first actor of the sentence that starts at the token.</summary>
    public ActorMention? ActorStartingAt(int token) => ActorStartingBetween(token, token);

    /// <summary>The first actor of the sentence that starts between the two tokens (both included).</summary>
    public ActorMention? ActorStartingBetween(int first, int last)
    {
        foreach (ActorMention a in Actors)
        {
            if (a.FirstToken >= first && a.FirstToken <= last)
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>The hit of the sentence nearest to the tokens [<paramref name="first"/>, <paramref name="end"/>), the first of equals; null when none.</summary>
    public TriggerHit? NearestHit(int first, int end)
    {
        TriggerHit? nearest = null;
        if (_hits is null)
        {
            return nearest;
        }

        int best = int.MaxValue;
        foreach (TriggerHit t in _hits)
        {
            int distance = t.FirstToken >= end ? t.FirstToken - end : first >= t.EndToken ? first - t.EndToken : 0;
            if (distance < best)
            {
                best = distance;
                nearest = t;
            }
        }

        return nearest;
    }

    /// <summary>
    /// Whether a date or place at these tokens belongs to the candidate: the trigger nearest to it,
    /// among all the sentence's triggers, is one of the candidate's own and not a clause about
    /// another time (في أعقاب الحصار والقتال ... العام الفائت belongs to القتال).
    /// </summary>
    public bool Owns(EventCandidate c, int first, int end)
    {
        TriggerHit? nearest = NearestHit(first, end);
        return nearest is null || c.Triggers.Contains(nearest) || c.Triggers.Count == 0;
    }

    /// <summary>The mentions of a layer that start in the sentence, in document order.</summary>
    private List<T> InSentence<T>(ImmutableArray<T> layer, DocumentMentions.FirstTokenIndex index, Func<T, int> firstToken)
    {
        (int start, int end) = index.Starting(Sentence.FirstToken, Sentence.EndToken);
        var found = new List<T>(end - start);
        for (int i = start; i < end; i++)
        {
            int first = firstToken(layer[i]);
            if (first >= Sentence.FirstToken && first < Sentence.EndToken)
            {
                found.Add(layer[i]);
            }
        }

        return found;
    }
}
