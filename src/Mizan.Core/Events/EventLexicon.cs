using Mizan.Attribution;
using Mizan.Languages;
using Mizan.Lexicons;

namespace Mizan.Events;

/// <summary>
/// The event lexicons of <c>data/ar</c>: triggers, cues and attribution words, and the prepositions
/// and small words the event reader looks for.
/// </summary>
public sealed class EventLexicon
{
    /// <summary>Lexicons of triggers, cues and attribution words, with the prepositions and reader words of <paramref name="language"/>.</summary>
    internal EventLexicon(ILanguagePack language, PhraseIndex<TriggerEntry> triggers, PhraseIndex<EventCue> cues, PhraseIndex<AttributionCue> attribution)
        : this(triggers, cues, attribution, FramePrepositions.Load(language), EventReaderWords.Load(language), EventTypes.Load(language))
    {
    }

    internal EventLexicon(PhraseIndex<TriggerEntry> triggers, PhraseIndex<EventCue> cues, PhraseIndex<AttributionCue> attribution, FramePrepositions prepositions, EventReaderWords readerWords, EventTypes types, PhraseIndex<EventCue>? sportWords = null)
    {
        Types = types ?? throw new ArgumentNullException(nameof(types));
        Triggers = triggers;
        Cues = cues;
        SportWords = sportWords ?? cues;
        Attribution = attribution;
        Prepositions = prepositions ?? throw new ArgumentNullException(nameof(prepositions));
        ReaderWords = readerWords ?? throw new ArgumentNullException(nameof(readerWords));
    }

    internal PhraseIndex<TriggerEntry> Triggers { get; }

    /// <summary>The event types and what the reader does with each (<c>data/ar/event-types.tsv</c>).</summary>
    internal EventTypes Types { get; }

    internal PhraseIndex<EventCue> Cues { get; }

    /// <summary>The <c>sport</c> rows of the cues alone, looked for over a whole document (<see cref="Reading.DocumentRegister"/>).</summary>
    internal PhraseIndex<EventCue> SportWords { get; }

    public PhraseIndex<AttributionCue> Attribution { get; }

    /// <summary>The words that give actors their roles per frame slot (<c>data/ar/frame-prepositions.tsv</c>).</summary>
    internal FramePrepositions Prepositions { get; }

    /// <summary>The small words the reader looks for around triggers and arguments (<c>data/ar/event-reader-words.tsv</c>).</summary>
    internal EventReaderWords ReaderWords { get; }

    /// <summary>Loads the event lexicons of <paramref name="language"/>.</summary>
    public static EventLexicon Load(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        EventReaderWords readerWords = EventReaderWords.Load(language);
        EventTypes types = EventTypes.Load(language);
        var triggers = new List<KeyValuePair<string, TriggerEntry>>();
        var generated = new List<bool>();
        TsvTable table = language.Table("triggers.tsv", "lemma", "pos", "forms", "type", "acled", "frame");
        foreach (TsvRow row in table.Rows)
        {
            string pos = row.Required("pos");
            if (pos is not ("verb" or "noun" or "phrase"))
            {
                throw row.Error($"column 'pos' must be verb, noun or phrase, not '{pos}'");
            }

            string? acled = row.Optional("acled");
            AcledType? acledType = null;
            if (acled is not null)
            {
                acledType = AcledCodebook.Embedded.Find(acled)
                    ?? throw row.Error($"column 'acled' must be an 'event type/sub-event type' of ACLED's codebook ({AcledCodebook.ResourcePath}), not '{acled}'");
            }

            TriggerFrame frame = row.Enum<TriggerFrame>("frame");
            string type = row.Required("type");
            EventTypeInfo typeInfo = types.Find(type) ?? throw row.Error($"column 'type': '{type}' is not a type of {EventTypes.File}");
            string lemma = row.Required("lemma");
            bool agentLemma = readerWords.Is(ReaderWordRole.AgentLemma, lemma);
            bool deviceLemma = readerWords.Is(ReaderWordRole.DeviceLemma, lemma);
            bool armedAgentLemma = readerWords.Is(ReaderWordRole.ArmedAgentLemma, lemma);
            bool raidLemma = readerWords.Is(ReaderWordRole.RaidLemma, lemma);
            bool placeObjectLemma = readerWords.Is(ReaderWordRole.PlaceObjectLemma, lemma);
            bool advanceLemma = readerWords.Is(ReaderWordRole.AdvanceLemma, lemma);
            foreach (string raw in row.List("forms"))
            {
                bool conjugated = raw.Contains(':', StringComparison.Ordinal);
                IEnumerable<VerbForm> forms;
                try
                {
                    forms = language.Conjugate(raw).ToList();
                }
                catch (FormatException e)
                {
                    throw row.Error(e.Message);
                }

                foreach (VerbForm form in forms)
                {
                    // A phrase is a verb phrase (لقوا حتفهم، أسفر عن مقتل، تمكنت من القضاء على) unless it opens with the article.
                    bool verb = pos == "verb" || conjugated || (pos == "phrase" && !language.Morphology.IsDefinite(form.Text));
                    VerbTense tense = form.Tense;
                    if (verb && tense == VerbTense.None)
                    {
                        // A verb form listed as written: the imperfect begins with its person prefix (يقتلون، تتواجه).
                        tense = language.TenseOf(form.Text);
                    }

                    triggers.Add(new(form.Text, new TriggerEntry(lemma, type, acledType, frame, verb, tense) { TypeInfo = typeInfo, AgentLemma = agentLemma, DeviceLemma = deviceLemma, ArmedAgentLemma = armedAgentLemma, PlaceObjectLemma = placeObjectLemma, AdvanceLemma = advanceLemma, RaidLemma = raidLemma }));
                    generated.Add(conjugated && tense == VerbTense.Present);
                }
            }
        }

        // أصيب is written out as the passive "was wounded"; the first person of يصيب (أُصيب "I hit") that
        // conjugating أصاب also makes is not what news text means by it. An imperfect that conjugation makes
        // and another row lists as written is that row's alone.
        var keys = triggers.ConvertAll(t => language.Key(t.Key));
        var written = new HashSet<string>(keys.Where((_, i) => !generated[i]), StringComparer.Ordinal);
        triggers = [.. triggers.Where((_, i) => !generated[i] || !written.Contains(keys[i]))];

        var cues = new List<KeyValuePair<string, EventCue>>();
        foreach (TsvRow row in language.Table("event-cues.tsv", "phrase", "cue", "window").Rows)
        {
            var cue = new EventCue(row.Enum<CueKind>("cue"), row.Int("window"));
            foreach (string phrase in row.List("phrase"))
            {
                cues.Add(new(phrase, cue));
            }
        }

        List<KeyValuePair<string, EventCue>> sportWords = cues.FindAll(static c => c.Value.Kind == CueKind.Sport);

        var attribution = new List<KeyValuePair<string, AttributionCue>>();
        foreach (TsvRow row in language.Table("attribution.tsv", "lemma", "forms", "kind").Rows)
        {
            AttributionKind kind = row.Enum<AttributionKind>("kind");
            foreach (string raw in row.List("forms"))
            {
                IEnumerable<string> forms;
                try
                {
                    forms = language.Conjugate(raw).Select(f => f.Text).ToList();
                }
                catch (FormatException e)
                {
                    throw row.Error(e.Message);
                }

                foreach (string form in forms)
                {
                    attribution.Add(new(form, new AttributionCue(row.Required("lemma"), kind)));
                }
            }
        }

        return new EventLexicon(
            PhraseIndex<TriggerEntry>.Build(triggers, language),
            PhraseIndex<EventCue>.Build(cues, language),
            PhraseIndex<AttributionCue>.Build(attribution, language),
            FramePrepositions.Load(language),
            readerWords,
            types,
            PhraseIndex<EventCue>.Build(sportWords, language));
    }
}
