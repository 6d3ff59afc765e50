using Mizan.Attribution;
using Mizan.Dates;
using Mizan.Entities;
using Mizan.Geocoding;
using Mizan.Lexicons;
using Mizan.Text;

namespace Mizan.Events;

/// <summary>A trigger found in a sentence, with what its context says about it.</summary>
/// <param name="Match">The trigger phrase.</param>
/// <param name="Entry">Its lexicon entry.</param>
/// <param name="Anaphoric">A definite noun or one after a demonstrative (الهجوم، هذا الهجوم): may refer to an event told before.</param>
/// <param name="Status">The status its cues give.</param>
/// <param name="Background">Whether a cue says it is recalled from the past.</param>
/// <param name="Weak">A weapon word with no word of firing or going off near it (صواريخ بالستية).</param>
/// <param name="Subordinate">In a time, cause or relative clause (غداة هجوم، الذي استهدف): it supports, but does not start, a report.</param>
/// <param name="Asserted">
/// The sentence states the event rather than refers to it: a finite verb in the past in a main
/// clause, or a noun that heads its clause, follows a light verb (شن هجوما، وقع انفجار) or is
/// what a source announces (أعلنت الشرطة مقتل); not a noun after a preposition (حول مقتل).
/// </param>
/// <param name="Fired">A weapon word with a word of firing or going off near it (أطلقت 5 صواريخ).</param>
/// <param name="Another">A noun followed by a word that sets it apart from what was told (هجوم آخر، غارة جديدة): a new incident, never one told before.</param>
internal sealed record TriggerHit(PhraseMatch<TriggerEntry> Match, TriggerEntry Entry, bool Anaphoric, EventStatus Status, bool Background, bool Weak = false, bool Subordinate = false, bool Asserted = false, bool Fired = false, bool Another = false)
{
    public int FirstToken => Match.FirstToken;

    public int EndToken => Match.EndToken;

    public TriggerFrame Frame => Entry.Frame;
}

/// <summary>Casualty figures of one source about one event, before they become a <see cref="Claim"/>.</summary>
internal sealed class ClaimDraft
{
    public ClaimDraft(SourceAttribution? attribution, TextSpan evidence)
    {
        Attribution = attribution;
        Evidence = evidence;
    }

    public SourceAttribution? Attribution { get; }

    public TextSpan Evidence { get; set; }

    public Dictionary<string, CountRange> Killed { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CountRange> Injured { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CountRange> Captured { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CountRange> Displaced { get; } = new(StringComparer.Ordinal);

    public bool Denial { get; set; }

    /// <summary>Armed parties counted that were neither of the candidate's actors, by their provisional side (<c>party:</c> and the id).</summary>
    public Dictionary<string, Entities.ActorMention> Parties { get; } = new(StringComparer.Ordinal);

    public bool HasFigures => Killed.Count + Injured.Count + Captured.Count + Displaced.Count > 0;
}

/// <summary>
/// An event as read from one stretch of one sentence (one type, one attribution scope). The
/// merger joins candidates about the same incident into one event.
/// </summary>
internal sealed class EventCandidate
{
    /// <summary>A copy for another place: the same words about a second town.</summary>
    public EventCandidate WithPlace(PlaceMention place)
    {
        var copy = new EventCandidate(TypeInfo, Sentence, RangeStart, RangeEnd, Attribution)
        {
            Status = Status,
            Background = Background,
            ClaimOnly = ClaimOnly,
            Actor1 = Actor1,
            Actor2 = Actor2,
            Place = place,
            Date = Date,
            DateKey = DateKey,
            DateNamesWeekday = DateNamesWeekday,
            DateDayWords = DateDayWords,
            Claim = Claim,
            Acled = Acled,
            TollToldForAnother = true,
        };
        copy.Triggers.AddRange(Triggers);
        return copy;
    }

    public EventCandidate(EventTypeInfo type, int sentence, int rangeStart, int rangeEnd, SourceAttribution? attribution)
    {
        TypeInfo = type ?? throw new ArgumentNullException(nameof(type));
        Sentence = sentence;
        RangeStart = rangeStart;
        RangeEnd = rangeEnd;
        Attribution = attribution;
    }

    /// <summary>The event type and what the reader does with it (<c>data/ar/event-types.tsv</c>).</summary>
    public EventTypeInfo TypeInfo { get; }

    /// <summary>The name of the event type (ASSAULT, PROTEST ...).</summary>
    public string Type => TypeInfo.Name;

    /// <summary>Index of the sentence.</summary>
    public int Sentence { get; }

    /// <summary>First token of the stretch the candidate was read from.</summary>
    public int RangeStart { get; }

    /// <summary>Token after the stretch.</summary>
    public int RangeEnd { get; }

    /// <summary>The attribution governing the stretch, when there is one.</summary>
    public SourceAttribution? Attribution { get; }

    public List<TriggerHit> Triggers { get; } = [];

    public EventStatus Status { get; set; } = EventStatus.Occurred;

    public bool Background { get; set; }

    /// <summary>Figures with no trigger of their own (نفى وقوع أية خسائر): they belong to an event told nearby.</summary>
    public bool ClaimOnly { get; set; }

    public ActorMention? Actor1 { get; set; }

    public ActorMention? Actor2 { get; set; }

    public PlaceMention? Place { get; set; }

    public PlaceResolution? Resolved { get; set; }

    /// <summary>A second place joined to the first by و (دوما وزملكا): the same act on another town, another event.</summary>
    public PlaceMention? Conjoined { get; set; }

    /// <summary>
    /// Whether this is the copy for a second town (<see cref="WithPlace"/>): its figures are the ones
    /// told for both towns, which the event of the first town already reports; read for scoring and
    /// linking, they are not counted again.
    /// </summary>
    public bool TollToldForAnother { get; private init; }

    public DateMention? Date { get; set; }

    /// <summary>The matching key of the date expression, to compare unresolved dates (الخميس الفارط).</summary>
    public string? DateKey { get; set; }

    /// <summary>Whether a word of <see cref="DateKey"/> is a weekday (الخميس الفارط), to compare it with a day of the month.</summary>
    public bool DateNamesWeekday { get; set; }

    /// <summary>The words of <see cref="DateKey"/> that name a day: weekdays and numbers, in order.</summary>
    public string[] DateDayWords { get; set; } = [];

    public ClaimDraft? Claim { get; set; }

    /// <summary>Whether the size of a crowd stands next to a protest word (تجمع نحو 500 متظاهر).</summary>
    public bool CountsCrowd { get; set; }

    public AcledType? Acled { get; set; }

    /// <summary>Whether every trigger may refer back to an event told before.</summary>
    public bool Anaphoric => Triggers.Count > 0 && Triggers.TrueForAll(t => t.Anaphoric);

    /// <summary>A trigger sets the incident apart from those told before (هجوم آخر): it joins none of them.</summary>
    public bool Another => Triggers.Exists(t => t.Another);

    /// <summary>The trigger that carries the event: the first verb, else the first trigger.</summary>
    public TriggerHit? Main => Triggers.Find(t => t.Entry.IsVerb && !t.Anaphoric) ?? Triggers.Find(t => !t.Anaphoric) ?? (Triggers.Count > 0 ? Triggers[0] : null);

    /// <summary>
    /// Whether anything beyond an anaphoric trigger was found: actors, a place named (not a noun that
    /// refers to one named before: في المدينة), a date or figures.
    /// </summary>
    public bool HasOwnContent => Actor1 is not null || Actor2 is not null || Place is { Referent: null } || Date is not null || Claim?.HasFigures == true;

    /// <summary>
    /// How strongly the stretch reports an incident of its own: casualty figures, a verb in the
    /// past, a new (indefinite) noun, actors, a place and a date count for it; a reference back
    /// (الهجوم) and weapon words without use count against it.
    /// </summary>
    public int Strength
    {
        get
        {
            int score = 0;
            if (Claim?.HasFigures == true)
            {
                score += 3;
            }

            if (CountsCrowd)
            {
                score += 1;
            }

            int live = 0;
            bool liveVerb = false, liveAnyVerb = false, liveNoun = false, liveFired = false;
            foreach (TriggerHit t in Triggers)
            {
                if (t.Anaphoric || t.Weak || t.Subordinate)
                {
                    continue;
                }

                live++;
                liveVerb |= t.Entry.IsVerb && (t.Entry.Tense != Lexicons.VerbTense.Present || t.Status != EventStatus.Occurred);
                liveAnyVerb |= t.Entry.IsVerb;
                liveNoun |= !t.Entry.IsVerb;
                liveFired |= t.Fired;
            }

            if (liveVerb)
            {
                score += 2; // a finite verb in the past, or one that says it goes on (تتواصل، تسعى)
            }

            if (liveNoun)
            {
                score += 1;
            }

            if (!liveAnyVerb && liveFired)
            {
                score += 1; // أطلقت 5 صواريخ، سقطت قذائف: the verb of firing tells the strike
            }

            if ((Actor1 ?? Actor2) is not null)
            {
                score += 1;
            }

            if (Place is { Locative: true, Referent: null })
            {
                score += 1; // في المدينة refers back: no more a report of its own than الهجوم
            }

            if (Date is not null)
            {
                score += 1;
            }

            if (Triggers.TrueForAll(t => t.Weak))
            {
                score -= 2;
            }

            if (live == 0)
            {
                score -= 1; // only references, clauses about it, or weapon words
            }

            if (Anaphoric)
            {
                score -= 1;
            }

            return score;
        }
    }

    /// <summary>The learned scorer's probability that the candidate reports an incident of its own; null when no model scored it.</summary>
    public double? Probability { get; set; }

    /// <summary>The learned scorer's decision; null when no model scored the candidate.</summary>
    public bool? LearnedStart { get; set; }

    /// <summary>
    /// Whether the candidate may start an event of its own: the learned scorer's decision when
    /// there is one, else the rules' (an asserted trigger and enough strength for its type).
    /// </summary>
    public bool StartsEvent => LearnedStart ?? RuleStarts;

    /// <summary>The rules' decision: an asserted trigger and the strength its type needs.</summary>
    public bool RuleStarts => Asserted && Strength >= TypeInfo.StrengthThreshold;

    /// <summary>Whether at least one trigger states the event (see <see cref="TriggerHit.Asserted"/>).</summary>
    public bool Asserted => Triggers.Exists(t => t.Asserted && !t.Weak);

    /// <summary>A key for the source of the candidate: state sources by country, others by actor.</summary>
    /// <remarks>Computed once: the merger compares it for every pair of candidates.</remarks>
    public string? SourceKey => _sourceKey ??= SourceKeyOf(Attribution);

    private string? _sourceKey;

    private static string? SourceKeyOf(SourceAttribution? attribution)
    {
        ActorMention? source = attribution?.Source;
        if (source is null)
        {
            return null;
        }

        Actor who = source.Participant;
        return ActorCamps.Of(who.Kind) == ActorCamp.State && who.Country is not null ? $"state:{who.Country}" : who.Id;
    }
}
