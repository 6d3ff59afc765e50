using Mizan.Lexicons;

namespace Mizan.Events.Reading;

/// <summary>
/// The event cues of one sentence (<c>data/ar/event-cues.tsv</c>): those that block a trigger mark
/// their words; the others are kept for <see cref="TriggerCueRules"/>.
/// </summary>
internal sealed class SentenceCues
{
    private readonly bool[]? _blocked;
    private readonly int _firstToken;

    private SentenceCues(bool[]? blocked, int firstToken, List<PhraseMatch<EventCue>> cues)
    {
        _blocked = blocked;
        _firstToken = firstToken;
        Cues = cues;
    }

    /// <summary>The cues that do not block, in token order.</summary>
    public List<PhraseMatch<EventCue>> Cues { get; }

    /// <summary>Reads the cues of the sentence.</summary>
    public static SentenceCues Read(PhraseIndex<EventCue> lexicon, SentenceContext sentence)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(sentence);
        bool[]? blocked = null;
        var cues = new List<PhraseMatch<EventCue>>();
        int first = sentence.FirstToken;
        foreach (PhraseMatch<EventCue> cue in lexicon.FindAll(sentence.Document.Normalized, sentence.Tokens, first, sentence.EndToken))
        {
            if (Is(cue, CueKind.Blocked))
            {
                blocked ??= new bool[sentence.Sentence.TokenCount];
                for (int t = cue.FirstToken; t < cue.EndToken; t++)
                {
                    blocked[t - first] = true;
                }
            }
            else if (!Is(cue, CueKind.Idiom))
            {
                cues.Add(cue);
            }
        }

        return new SentenceCues(blocked, first, cues);
    }

    /// <summary>
    /// Whether a blocking cue covers any of the tokens [<paramref name="first"/>, <paramref name="end"/>),
    /// unless the match starts before the blocked words and holds them to their end: a longer
    /// trigger is read over the phrase it contains (أسقطت طائرة مسيرة: مسيرة is no march, but the drone was shot down).
    /// </summary>
    public bool Blocks(int first, int end)
    {
        if (_blocked is null)
        {
            return false;
        }

        bool any = false;
        for (int t = first; t < end; t++)
        {
            any |= _blocked[t - _firstToken];
        }

        if (!any)
        {
            return false;
        }

        bool startsOutside = !_blocked[first - _firstToken];
        bool endsWithTheBlockedWords = end - _firstToken >= _blocked.Length || !_blocked[end - _firstToken];
        return !(startsOutside && endsWithTheBlockedWords);
    }

    /// <summary>Whether one of the cue's values is of <paramref name="kind"/>.</summary>
    private static bool Is(PhraseMatch<EventCue> cue, CueKind kind)
    {
        foreach (EventCue value in cue.Values)
        {
            if (value.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }
}
