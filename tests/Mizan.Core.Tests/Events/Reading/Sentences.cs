using Mizan.Events;
using Mizan.Events.Reading;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Events.Reading;

/// <summary>Sentences written for the tests of the reader's parts, read by the default engine up to their mentions.</summary>
internal static class Sentences
{
    /// <summary>The detector of the embedded lexicons.</summary>
    public static LexiconTriggerDetector Detector { get; } = new(Engines.Default.Resources.Events);

    /// <summary>The context of sentence <paramref name="index"/> of the text, before detection.</summary>
    public static SentenceContext Context(string text, int index = 0, DateOnly? published = null)
    {
        Document document = Engines.Process(text, published);
        return new SentenceContext(document, new DocumentMentions(document), index, Engines.Default.Resources.Casualties);
    }

    /// <summary>The context of the first sentence with the detector's hits kept.</summary>
    public static (SentenceContext Sentence, TriggerDetection Detection) Detected(string text, DateOnly? published = null)
    {
        SentenceContext sentence = Context(text, 0, published);
        TriggerDetection detection = Detector.Detect(sentence);
        sentence.UseHits(detection.Hits);
        return (sentence, detection);
    }

    /// <summary>
    /// A candidate of the first sentence over the whole sentence, unattributed, with the hits of
    /// <paramref name="type"/>, as the candidate reader makes it before the argument readers run.
    /// </summary>
    public static (SentenceContext Sentence, EventCandidate Candidate) Candidate(string text, string type = "ASSAULT", DateOnly? published = null)
    {
        (SentenceContext sentence, TriggerDetection detection) = Detected(text, published);
        var candidate = new EventCandidate(Engines.Default.Resources.Events.Types.Of(type), sentence.Index, sentence.FirstToken, sentence.EndToken, null);
        candidate.Triggers.AddRange(detection.Hits.Where(h => h.Entry.Type == type));
        Assert.NotEmpty(candidate.Triggers);
        return (sentence, candidate);
    }

    /// <summary>The first token of the sentence whose key is <paramref name="key"/>.</summary>
    public static int TokenOf(SentenceContext sentence, string key)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (sentence.KeyOf(t).SequenceEqual(key))
            {
                return t;
            }
        }

        throw new InvalidOperationException($"no token '{key}' in the sentence");
    }

    /// <summary>The text of an actor mention.</summary>
    public static string TextOf(SentenceContext sentence, Mizan.Entities.ActorMention? actor) =>
        actor is null ? string.Empty : sentence.Document.Text[actor.Span.Start..actor.Span.End];
}
