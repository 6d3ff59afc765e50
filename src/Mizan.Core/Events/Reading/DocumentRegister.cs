using Mizan.Lexicons;
using Mizan.Pipeline;

namespace Mizan.Events.Reading;

/// <summary>
/// What a whole document is about, as far as it changes how a trigger is read: a sport report
/// (a match, a player's injury, a team's run in a cup) uses the words of war for play. In one, an
/// attack, an injury, a clash or a march is a move of the game unless someone died: the words of
/// sport (<c>sport</c> rows of <c>data/ar/event-cues.tsv</c>) need not stand in the trigger's own
/// sentence (أصيب اللاعب ... and later إصابته بتمزق في الرباط).
/// </summary>
internal sealed class DocumentRegister
{
    /// <summary>Words of sport a document must hold to be a sport report.</summary>
    internal const int SportWordsOfAReport = 4;

    /// <summary>Sentences the words of sport must be spread over.</summary>
    internal const int SportSentencesOfAReport = 2;

    private DocumentRegister(bool sportReport) => SportReport = sportReport;

    /// <summary>The register of a document nothing marks.</summary>
    public static DocumentRegister Plain { get; } = new(false);

    /// <summary>
    /// Whether the document is a sport report: at least <see cref="SportWordsOfAReport"/> words of
    /// sport over at least <see cref="SportSentencesOfAReport"/> sentences.
    /// </summary>
    public bool SportReport { get; }

    /// <summary>Reads the register of <paramref name="document"/> with the cue lexicon that holds its words of sport.</summary>
    public static DocumentRegister Read(Document document, PhraseIndex<EventCue> sportWords)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sportWords);
        int words = 0;
        int sentences = 0;
        int lastSentence = -1;
        int s = 0;
        foreach (PhraseMatch<EventCue> match in sportWords.FindAll(document.Normalized, document.Tokens, 0, document.Tokens.Length))
        {
            if (!IsSport(match))
            {
                continue;
            }

            words++;
            while (s < document.Sentences.Length - 1 && document.Sentences[s].EndToken <= match.FirstToken)
            {
                s++;
            }

            if (s != lastSentence)
            {
                sentences++;
                lastSentence = s;
            }

            if (words >= SportWordsOfAReport && sentences >= SportSentencesOfAReport)
            {
                return new DocumentRegister(true);
            }
        }

        return Plain;
    }

    private static bool IsSport(PhraseMatch<EventCue> match)
    {
        foreach (EventCue value in match.Values)
        {
            if (value.Kind == CueKind.Sport)
            {
                return true;
            }
        }

        return false;
    }
}
