using Mizan.Events;
using Mizan.Text;

namespace Mizan.Entities;

/// <summary>
/// Who an actor is: a stable id, an English name, an ACLED-style kind (null for organisations
/// that only ever speak, such as news agencies), a country, and the kind of source it is when
/// it makes a claim.
/// </summary>
public sealed record Actor(string Id, string Name, ActorKind? Kind, string? Country, SourceKind SourceKind);

/// <summary>How an actor is named in the text.</summary>
public enum ActorMentionKind : byte
{
    /// <summary>A named organisation or group from the lexicon (تحالف توارق شمال مالي من أجل التغيير).</summary>
    Named,

    /// <summary>A state institution by a common noun with its country (الجيش المالي، وزارة الدفاع لدى حكومة باماكو).</summary>
    Institution,

    /// <summary>A person by title, with or without a name (وزير الدفاع، سفير الجزائر لدى مالي).</summary>
    Official,

    /// <summary>A person by name (إبراهيم أغ باهنغا).</summary>
    Person,

    /// <summary>A common noun for an agent or a victim (مسلحون، المتمردين، مدنيين).</summary>
    Generic,

    /// <summary>A country standing for its government (الجزائر تسعى إلى هدنة).</summary>
    Country,
}

/// <summary>
/// An actor named in the text. <see cref="Actor"/> is who speaks or acts; for a person or an
/// official, <see cref="Affiliation"/> is the institution or group they belong to, which is
/// the actor of an event they lead.
/// </summary>
/// <param name="Span">Original span of the whole mention (title and qualifiers included).</param>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">Token after the last.</param>
/// <param name="MentionKind">How the actor is named.</param>
/// <param name="Actor">The actor named.</param>
/// <param name="Affiliation">The institution or group a person or official belongs to.</param>
/// <param name="PersonName">The personal name, for people.</param>
/// <param name="Plural">Whether the noun is plural (مسلحون), for agreement with verbs.</param>
public sealed record ActorMention(
    TextSpan Span,
    int FirstToken,
    int EndToken,
    ActorMentionKind MentionKind,
    Actor Actor,
    Actor? Affiliation = null,
    string? PersonName = null,
    bool Plural = false)
{
    /// <summary>The actor to use as an event participant: the affiliation of a person, else the actor.</summary>
    public Actor Participant => Affiliation ?? Actor;
}
