using System.Collections.Immutable;
using Mizan.Entities;
using Mizan.Languages;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Tokenization;

namespace Mizan.Attribution;

/// <summary>
/// Finds who says what: speech verbs with their subject (before or after the verb),
/// according-to phrases with their object, participles and وأضاف that go on with the last
/// source, and the stretch of the sentence each governs.
/// </summary>
/// <remarks>
/// Scope: from the cue to the next cue of the sentence or its end; when the cue and its source
/// close the sentence (..., وفق ما أفاد به مراسلنا), it governs what comes before instead.
/// A sentence that opens with a continuing cue (وأضاف، مشيرا) takes the source of the last
/// attribution of the previous sentences.
/// </remarks>
public sealed class AttributionRecognizer
{
    private const int SubjectReach = 3;

    private readonly PhraseIndex<AttributionCue> _cues;

    public AttributionRecognizer(PhraseIndex<AttributionCue> cues)
    {
        _cues = cues ?? throw new ArgumentNullException(nameof(cues));
    }

    /// <summary>The attributions of a document, in text order.</summary>
    public ImmutableArray<SourceAttribution> Recognize(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = ImmutableArray.CreateBuilder<SourceAttribution>();
        ActorMention? lastSource = null;
        ImmutableArray<ActorMention> actors = document.Actors;

        // The cues of one sentence and those whose source was carried over from an earlier
        // attribution: emptied for each sentence, made once per document.
        var found = new List<(PhraseMatch<AttributionCue> Cue, ActorMention? Source, int SourceEnd)>();
        var inherited = new HashSet<int>();
        foreach (Sentence sentence in document.Sentences)
        {
            found.Clear();
            inherited.Clear();
            foreach (PhraseMatch<AttributionCue> match in _cues.FindAll(document.Normalized, document.Tokens, sentence.FirstToken, sentence.EndToken))
            {
                AttributionCue cue = match.Values[0];
                if (IsInsideActor(actors, match.FirstToken))
                {
                    continue;
                }

                (ActorMention? source, int sourceEnd) = cue.Kind switch
                {
                    AttributionKind.According => After(document, actors, match.EndToken, sentence.EndToken, 2),
                    AttributionKind.Statement => After(document, actors, match.EndToken, sentence.EndToken, 1),
                    _ => Subject(document, actors, match, sentence),
                };

                if (cue.Kind == AttributionKind.Statement && (source is null || !OpensClause(document, sentence, match.FirstToken)))
                {
                    // A bare "البيان" names nobody; "على عكس تصريحات باهنغا" refers to words, it does not quote them.
                    if (!(match.FirstToken > sentence.FirstToken && found.Count > 0 && found[^1].Cue.EndToken == match.FirstToken))
                    {
                        continue;
                    }
                }

                bool carried = false;

                if (source is null && cue.Kind is AttributionKind.Continue or AttributionKind.Say or AttributionKind.Deny or AttributionKind.According)
                {
                    source = lastSource; // وأضاف، مضيفا، حسب قوله: the speaker goes on
                    carried = true;
                }
                else if (source is not null && lastSource is not null && IsBareDefiniteTitle(document, source))
                {
                    source = lastSource; // نفى المتحدث: "the spokesman" is the one who spoke last
                    carried = true;
                }

                if (carried)
                {
                    inherited.Add(found.Count);
                }

                found.Add((match, source, Math.Max(sourceEnd, match.EndToken)));
                if (source is not null)
                {
                    lastSource = source;
                }
            }

            // A statement noun right after a speech verb is that verb's subject: وأوضح بيان وزارة الدفاع أن...
            for (int k = found.Count - 1; k > 0; k--)
            {
                if (found[k].Cue.Values[0].Kind == AttributionKind.Statement && found[k - 1].Cue.EndToken == found[k].Cue.FirstToken)
                {
                    found[k - 1] = (found[k - 1].Cue, found[k].Source, found[k].SourceEnd);
                    found.RemoveAt(k);
                }
            }

            for (int k = 0; k < found.Count; k++)
            {
                var (cue, source, sourceEnd) = found[k];
                int start = cue.FirstToken;
                if (source is not null && source.FirstToken < start && !inherited.Contains(k))
                {
                    start = source.FirstToken;
                }

                int end = k + 1 < found.Count ? NextStart(found[k + 1], inherited.Contains(k + 1)) : sentence.EndToken;
                int scopeStart = cue.EndToken;
                int scopeEnd = end;

                // "..., وفق ما أفاد به مراسلنا." / "... بحسب المرصد": nothing follows the source, so
                // the attribution governs the words before it.
                if (sourceEnd >= sentence.EndToken - 1 && cue.FirstToken > sentence.FirstToken + 2)
                {
                    scopeStart = k > 0 ? found[k - 1].SourceEnd : sentence.FirstToken;
                    scopeEnd = start;
                    start = scopeStart;
                    end = Math.Max(sourceEnd, cue.EndToken);
                }

                if (scopeEnd <= scopeStart)
                {
                    scopeEnd = Math.Min(sentence.EndToken, scopeStart + 1);
                }

                var span = new Text.TextSpan(document.Tokens[start].Span.Start, document.Tokens[Math.Max(start, end - 1)].Span.End);
                result.Add(new SourceAttribution(cue.Span, cue.FirstToken, cue.Values[0].Kind, source, scopeStart, scopeEnd, span));
                if (source is not null)
                {
                    lastSource = source;
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A title alone with the article and nothing that says whose (المتحدث، المسؤول).</summary>
    private static bool IsBareDefiniteTitle(Document document, ActorMention source) =>
        source.MentionKind == ActorMentionKind.Official && source.Affiliation is null && source.PersonName is null
            && source.EndToken - source.FirstToken == 1 && document.Language.Morphology.IsDefinite(document.KeyOf(document.Tokens[source.FirstToken]));

    private static int NextStart((PhraseMatch<AttributionCue> Cue, ActorMention? Source, int SourceEnd) next, bool inherited) =>
        !inherited && next.Source is not null && next.Source.FirstToken < next.Cue.FirstToken ? next.Source.FirstToken : next.Cue.FirstToken;

    /// <summary>Whether a token opens its sentence or a clause (after a comma or و).</summary>
    private static bool OpensClause(Document document, Sentence sentence, int token)
    {
        if (token <= sentence.FirstToken)
        {
            return true;
        }

        Token before = document.Tokens[token - 1];
        if (before.Kind == TokenKind.Punctuation && document.Language.Words.Is(WordRole.SpeechClauseMark, document.KeyOf(before)))
        {
            return true;
        }

        return document.Language.Morphology.IsAnd(document.KeyOf(document.Tokens[token])[0]);
    }

    /// <summary>The subject of a speech verb: an actor right after it (VSO), else one ending right before it (SVO).</summary>
    private static (ActorMention? Source, int End) Subject(Document document, ImmutableArray<ActorMention> actors, PhraseMatch<AttributionCue> cue, Sentence sentence)
    {
        (ActorMention? after, int end) = After(document, actors, cue.EndToken, sentence.EndToken, SubjectReach);
        if (after is not null)
        {
            return (after, end);
        }

        // وزير الدفاع ... المالي أفاد بأن: the subject ends at most a couple of tokens before the verb (قد).
        foreach (ActorMention actor in actors)
        {
            if (actor.EndToken <= cue.FirstToken && actor.EndToken >= cue.FirstToken - 2 && actor.FirstToken >= sentence.FirstToken)
            {
                return (actor, cue.EndToken);
            }
        }

        return (null, cue.EndToken);
    }

    /// <summary>An actor starting within <paramref name="reach"/> tokens of <paramref name="from"/>, skipping prepositions like عن.</summary>
    private static (ActorMention? Source, int End) After(Document document, ImmutableArray<ActorMention> actors, int from, int limit, int reach)
    {
        foreach (ActorMention actor in actors)
        {
            if (actor.FirstToken >= from && actor.FirstToken < Math.Min(limit, from + reach) && OnlyGlueBetween(document, from, actor.FirstToken))
            {
                return (actor, actor.EndToken);
            }

            if (actor.FirstToken >= from + reach)
            {
                break;
            }
        }

        return (null, from);
    }

    private static bool OnlyGlueBetween(Document document, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            Token token = document.Tokens[t];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Quote)
            {
                continue;
            }

            ReadOnlySpan<char> key = document.KeyOf(token);
            if (document.Language.Words.Is(WordRole.SpeechGlue, key))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private static bool IsInsideActor(ImmutableArray<ActorMention> actors, int token)
    {
        foreach (ActorMention a in actors)
        {
            if (token >= a.FirstToken && token < a.EndToken)
            {
                return true;
            }

            if (a.FirstToken > token)
            {
                break;
            }
        }

        return false;
    }
}
