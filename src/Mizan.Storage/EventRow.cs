using System.Collections.Immutable;
using Mizan.Events;

namespace Mizan.Storage;

/// <summary>
/// A stored event as a list or a map shows it: everything but its claims and all but its first
/// quote, with its article's metadata, its place's country name, and its incident.
/// </summary>
/// <param name="Id">The event id.</param>
/// <param name="Type">PLOVER type.</param>
/// <param name="Status">Status.</param>
/// <param name="Acled">ACLED type, when it has one.</param>
/// <param name="Actors">Actors in their roles, with their mentions.</param>
/// <param name="Location">Place (with the stored place id in <see cref="PlaceId"/>), or null.</param>
/// <param name="PlaceId">The stored place's id, or null.</param>
/// <param name="CountryName">English name of the place's country, when the store knows it.</param>
/// <param name="Date">Date mention and resolution, or null.</param>
/// <param name="Fatalities">Fatalities within the article, or null.</param>
/// <param name="Background">Whether the event is background (told as past context).</param>
/// <param name="FirstEvidence">The event's first quote, or null.</param>
/// <param name="Article">The article it was extracted from.</param>
/// <param name="IncidentId">The incident it belongs to, or null when incidents were not rebuilt since it was stored.</param>
/// <param name="Disputed">Whether that incident's sources disagree.</param>
public sealed record EventRow(
    string Id,
    string Type,
    EventStatus Status,
    AcledType? Acled,
    ImmutableArray<EventActor> Actors,
    EventLocation? Location,
    string? PlaceId,
    string? CountryName,
    EventDate? Date,
    FatalityEstimate? Fatalities,
    bool Background,
    string? FirstEvidence,
    ArticleInfo Article,
    string? IncidentId,
    bool Disputed)
{
    /// <summary>The day the event is listed under: its date, else its article's publication date.</summary>
    public DateOnly? Day => Date?.Start ?? Article.Published;
}
