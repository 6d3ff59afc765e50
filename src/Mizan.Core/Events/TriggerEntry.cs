namespace Mizan.Events;

/// <summary>How a trigger's arguments are read.</summary>
internal enum TriggerFrame : byte
{
    /// <summary>An agent does it to a target: هاجم، هجوم، استهدف، قصف.</summary>
    Attack,

    /// <summary>شن: launching; the object says what (هجوما، غارات).</summary>
    Launch,

    /// <summary>A projectile falls or is fired: قذيفة، صاروخ.</summary>
    Projectile,

    /// <summary>A device goes off: انفجار، تفجير، سيارة مفخخة.</summary>
    Explode,

    /// <summary>Kidnapping: the victim is the object.</summary>
    Abduct,

    /// <summary>An agent kills victims (the passive reads the same unvocalised: قتل 5 أشخاص).</summary>
    Kill,

    /// <summary>The victims are the subject or the genitive: مقتل X، لقي X حتفه، قتلى.</summary>
    Die,

    /// <summary>An agent injures: أصاب.</summary>
    Injure,

    /// <summary>Victims were injured: أصيب، جرح، إصابة.</summary>
    Wounded,

    /// <summary>Reciprocal fighting: اشتباكات بين X و Y.</summary>
    Clash,

    /// <summary>A projectile intercepted: اعتراض صاروخ.</summary>
    Intercept,

    Protest,
    Displace,
    Visit,
    Meet,
    Mediate,
    Accuse,
    Request,
    Threaten,
}

/// <summary>One trigger word or phrase with its event type and argument frame.</summary>
/// <param name="Lemma">Dictionary form, for diagnostics.</param>
/// <param name="Type">PLOVER type (ASSAULT, PROTEST ...) or DISPLACE.</param>
/// <param name="Acled">ACLED event type and sub-type, when the type has one.</param>
/// <param name="Frame">How the arguments are read.</param>
/// <param name="IsVerb">Whether the form is a conjugated verb (it can take a subject after it).</param>
/// <param name="Tense">The tense of a verb form, when known.</param>
internal sealed record TriggerEntry(string Lemma, string Type, AcledType? Acled, TriggerFrame Frame, bool IsVerb, Lexicons.VerbTense Tense = Lexicons.VerbTense.None)
{
    /// <summary>The event type and what the reader does with it (the row of <see cref="Type"/> in <c>data/ar/event-types.tsv</c>).</summary>
    public required EventTypeInfo TypeInfo { get; init; }

    /// <summary>Whether the lemma names the people who protest (متظاهر; <c>agent_lemma</c> in <c>data/ar/event-reader-words.tsv</c>).</summary>
    public bool AgentLemma { get; init; }

    /// <summary>Whether the lemma is an explosive device that is an event only when it goes off (مفخخة; <c>device_lemma</c> in <c>data/ar/event-reader-words.tsv</c>).</summary>
    public bool DeviceLemma { get; init; }

    /// <summary>Whether the lemma is an attack only when an armed party does it (اجتاح; <c>armed_agent_lemma</c> in <c>data/ar/event-reader-words.tsv</c>).</summary>
    public bool ArmedAgentLemma { get; init; }

    /// <summary>Whether the lemma is a raid: by no armed group and on none, with no toll and an arrest in its sentence, police work (<see cref="ReaderWordRole.RaidLemma"/>).</summary>
    public bool RaidLemma { get; init; }

    /// <summary>Whether the lemma is an attack only when ground follows it (حرر، استعاد قرية; <c>place_object_lemma</c> in <c>data/ar/event-reader-words.tsv</c>).</summary>
    public bool PlaceObjectLemma { get; init; }

    /// <summary>Whether the lemma is an advance, whose ground may follow a locative (<c>advance_lemma</c> in <c>data/ar/event-reader-words.tsv</c>).</summary>
    public bool AdvanceLemma { get; init; }

    /// <summary>A noun for the people who do the event (المتظاهرون): a trigger by who they are, not by what they do.</summary>
    public bool NamesAgents => !IsVerb && AgentLemma;

    /// <summary>A weapon or device named without its use (صاروخ، عبوة ناسفة): an event only with a word of firing, falling or going off.</summary>
    public bool NeedsAction => Frame is TriggerFrame.Projectile || (Frame is TriggerFrame.Explode && !IsVerb && DeviceLemma);
}
