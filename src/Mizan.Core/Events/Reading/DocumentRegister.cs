using Mizan.Lexicons;
using Mizan.Pipeline;

namespace Mizan.Events.Reading;

/// <summary>
/// What a whole document is about, as far as it changes what its triggers report: a sport report
/// (a match, a player's injury, a team's run in a cup) uses the words of war for play. In one, an
/// attack, an injury, a clash or a march is play, though the words of sport (<c>sport</c> rows of
/// <c>data/ar/event-cues.tsv</c>) do not stand in its own sentence (فاز الفريق في مباراة الدوري ...
/// وأكد الطبيب أن إصابته بتمزق في الرباط). A document that reports a death is no sport report: a
/// bomb in a stadium is news however many words of football surround it.
/// An accident report (a title that tells deaths or wounds by an accident or a natural hazard:
/// زلزال يضرب الجزيرة ويقتل 16، مصرع 5 في حادث سير) tells the same deaths again in its body without the
/// cause (وأصيب أكثر من 40 آخرين، ارتفعت حصيلة القتلى إلى 20): there a sentence whose only triggers are
/// deaths and wounds is the accident's toll, not an attack.
/// </summary>
internal sealed class DocumentRegister
{
    /// <summary>Words of sport a document must hold to be a sport report.</summary>
    internal const int SportWordsOfAReport = 4;

    /// <summary>Sentences the words of sport must be spread over.</summary>
    internal const int SportSentencesOfAReport = 2;

    private DocumentRegister(bool sportReport, bool accidentReport)
    {
        SportReport = sportReport;
        AccidentReport = accidentReport;
    }

    /// <summary>The register of a document nothing marks.</summary>
    public static DocumentRegister Plain { get; } = new(false, false);

    /// <summary>
    /// Whether the document is an accident report: its title holds a death or a wound set aside as an
    /// accident or a natural hazard's, and no attack or other trigger it keeps.
    /// </summary>
    public bool AccidentReport { get; }

    /// <summary>
    /// Whether the document is a sport report: at least <see cref="SportWordsOfAReport"/> words of
    /// sport over at least <see cref="SportSentencesOfAReport"/> sentences, and no death reported.
    /// </summary>
    public bool SportReport { get; }

    /// <summary>
    /// Reads the register of <paramref name="document"/> with the cue lexicon that holds its words of
    /// sport and the trigger detection of each of its sentences.
    /// </summary>
    public static DocumentRegister Read(Document document, PhraseIndex<EventCue> sportWords, IReadOnlyList<TriggerDetection> detections)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sportWords);
        ArgumentNullException.ThrowIfNull(detections);
        if (IsAccidentReport(document, detections))
        {
            return new DocumentRegister(false, true);
        }

        return new DocumentRegister(IsSportReport(document, sportWords, detections), false);
    }

    /// <summary>
    /// The hits of a sentence of an accident report that are not its toll told again: all of them when
    /// one is more than a death or a wound (an attack, a blast, a clash), else none.
    /// </summary>
    public static List<TriggerHit> WithoutTheAccidentsToll(List<TriggerHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        return hits.TrueForAll(static h => IsToll(h.Entry)) ? [] : hits;
    }

    private static bool IsToll(TriggerEntry entry) =>
        entry.Frame is TriggerFrame.Kill or TriggerFrame.Die or TriggerFrame.Wounded or TriggerFrame.Injure;

    private static bool IsAccidentReport(Document document, IReadOnlyList<TriggerDetection> detections)
    {
        if (document.Article.Title is not { Length: > 0 } title)
        {
            return false;
        }

        bool accident = false;
        for (int s = 0; s < detections.Count && s < document.Sentences.Length && document.Sentences[s].Span.Start < title.Length; s++)
        {
            if (detections[s].Hits.Count > 0)
            {
                return false; // the title reports something of its own: an attack beside the accident
            }

            foreach (RejectedTrigger rejected in detections[s].Rejected)
            {
                accident |= rejected.Cue == CueKind.Accident && rejected.Entry is { } entry && IsToll(entry);
            }
        }

        return accident;
    }

    private static bool IsSportReport(Document document, PhraseIndex<EventCue> sportWords, IReadOnlyList<TriggerDetection> detections)
    {
        foreach (TriggerDetection detection in detections)
        {
            foreach (TriggerHit hit in detection.Hits)
            {
                if (ReportsADeath(hit))
                {
                    return false;
                }
            }
        }

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
                return true;
            }
        }

        return false;
    }

    /// <summary>The hits of a sentence of a sport report that are not play: all but attacks, injuries and the like, and crowds.</summary>
    public static List<TriggerHit> WithoutPlay(List<TriggerHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        return hits.FindAll(static h => !h.Entry.TypeInfo.RejectedBy(CueKind.Sport) && !h.Entry.TypeInfo.IsCrowd);
    }

    /// <summary>A killing or a death told as done (not planned, threatened, supposed or denied).</summary>
    private static bool ReportsADeath(TriggerHit hit) =>
        hit.Entry.Frame is TriggerFrame.Kill or TriggerFrame.Die
        && hit.Status is EventStatus.Occurred or EventStatus.Ongoing or EventStatus.Failed;

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
