using System.Collections.Immutable;
using Mizan.Text;

namespace Mizan.Events;

/// <summary>Whether and how an event happened, as the article tells it.</summary>
public enum EventStatus
{
    Occurred,
    Planned,
    Threatened,
    Denied,
    Hypothetical,
    Failed,
    Ongoing,
}

/// <summary>ACLED-style actor kinds.</summary>
public enum ActorKind
{
    StateForces,
    RebelGroup,
    PoliticalMilitia,
    IdentityMilitia,
    Rioters,
    Protesters,
    Civilians,
    ExternalForces,
    UnidentifiedArmedGroup,
    Government,
}

/// <summary>Kinds of sources that claims are attributed to.</summary>
public enum SourceKind
{
    Government,
    Military,
    ArmedGroup,
    Ngo,
    Un,
    Media,
    Witness,
    Medical,
    Unattributed,
}

/// <summary>How exactly a location is known (ACLED-style words).</summary>
public enum LocationPrecision
{
    Site,
    Town,
    NearTown,
    District,
    Region,
    Country,
}

/// <summary>How exactly a date is known.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>An exact quote: <c>Text == article.Text[Start..End]</c>.</summary>
public sealed record Evidence(int Start, int End, string Text)
{
    public TextSpan Span => new(Start, End);

    public static Evidence From(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Evidence(span.Start, span.End, span.Slice(text));
    }
}

/// <summary>A count as a range: <c>High</c> is null when open-ended ("at least 10").</summary>
public readonly record struct CountRange(long Low, long? High)
{
    public static CountRange Exactly(long n) => new(n, n);

    public bool IsExact => High == Low;
}

/// <summary>ACLED event type and sub-type.</summary>
public sealed record AcledType(string EventType, string SubEventType);

/// <summary>An actor of an event in its role (<c>actor1</c>, <c>actor2</c>).</summary>
public sealed record EventActor(string Role, Evidence Mention, string Name, ActorKind Kind, string? Country);

/// <summary>Where an event took place, resolved in the gazetteer when possible.</summary>
public sealed record EventLocation(
    Evidence Mention,
    string Name,
    string? Country,
    string? Admin1,
    double? Latitude,
    double? Longitude,
    LocationPrecision Precision,
    string? GazetteerId = null);

/// <summary>When an event took place: the expression, and its resolution when a reference date is known.</summary>
public sealed record EventDate(Evidence Mention, DateOnly? Start, DateOnly? End, DatePrecision? Precision);

/// <summary>Who a claim is attributed to.</summary>
public sealed record ClaimSource(Evidence? Mention, string Name, SourceKind Kind);

/// <summary>
/// One source's version of an event: casualty figures per side (keys <c>total</c>,
/// <c>actor1</c>, <c>actor2</c>, <c>civilians</c>), a denial flag, and the exact words.
/// </summary>
public sealed record Claim(
    ClaimSource Source,
    ImmutableSortedDictionary<string, CountRange> Killed,
    ImmutableSortedDictionary<string, CountRange> Injured,
    ImmutableSortedDictionary<string, CountRange> Captured,
    ImmutableSortedDictionary<string, CountRange> Missing,
    ImmutableSortedDictionary<string, CountRange> Displaced,
    bool Denial,
    Evidence Evidence);

/// <summary>Fatality estimate reconciled from claims (UCDP style), with the most conservative figure (ACLED style).</summary>
public sealed record FatalityEstimate(long Low, long Best, long High);

/// <summary>An event extracted from an article.</summary>
public sealed record Event(
    string Id,
    string Type,
    EventStatus Status,
    AcledType? Acled,
    ImmutableArray<EventActor> Actors,
    EventLocation? Location,
    EventDate? Date,
    ImmutableArray<Claim> Claims,
    FatalityEstimate? Fatalities,
    ImmutableArray<Evidence> Evidence,
    bool Background = false);
