using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Mizan.Events;
using Mizan.Reconciliation;

namespace Mizan.Storage.Export;

/// <summary>
/// ACLED-style rows: one per incident that took place (status occurred or ongoing) and has an
/// ACLED event type. An actor1 no report names is ACLED's label for an unnamed actor
/// (<see cref="AcledUnnamedActors"/>), said so in the notes. Columns Mizan cannot know (associated actors, ISO numeric code, admin2,
/// admin3, source scale, tags, timestamp) stay empty; fatalities are the most conservative
/// figure any source gives, and a dispute is spelled out in the notes.
/// </summary>
public static class AcledExport
{
    /// <summary>The columns, in ACLED's order.</summary>
    public static readonly ImmutableArray<string> Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>The note of a row whose actor1 no report names: the actor is ACLED's label, not a name read from the text.</summary>
    public const string UnnamedActor1Note = "Actor1 not named in the reports: ACLED's label for an unnamed actor.";

    /// <summary>Whether an incident belongs in an ACLED-style dataset.</summary>
    public static bool InScope(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Status is EventStatus.Occurred or EventStatus.Ongoing && incident.Acled is not null;
    }

    /// <summary>The row of an incident, one value per column (null for empty).</summary>
    public static string?[] Row(StoredIncident stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        Incident incident = stored.Incident;
        EventActor? actor1 = ExportText.Actor(incident, "actor1");
        EventActor? actor2 = ExportText.Actor(incident, "actor2");
        AcledUnnamedActor? unnamed = actor1 is null ? UnnamedActor1(incident) : null;
        int? inter1 = actor1 is null ? unnamed?.Inter : Inter(actor1.Kind);
        int? inter2 = actor2 is null ? null : Inter(actor2.Kind);
        EventLocation? location = incident.Location;
        ExportDate? dated = ExportDate.Of(stored);
        return
        [
            incident.Id,
            ExportText.Date(dated?.Start),
            dated?.Start.Year.ToString(CultureInfo.InvariantCulture),
            dated is null ? null : dated.FromPublication ? "3" : TimePrecision(dated.Date),
            DisorderType(incident.Acled),
            incident.Acled?.EventType,
            incident.Acled?.SubEventType,
            actor1?.Name ?? unnamed?.Name(stored.Country?.Name),
            null,
            inter1?.ToString(CultureInfo.InvariantCulture),
            actor2?.Name,
            null,
            inter2?.ToString(CultureInfo.InvariantCulture),
            Interaction(inter1, inter2),
            TargetsCivilians(incident) ? "Civilian targeting" : null,
            null,
            stored.Country?.Region,
            stored.Country?.Name ?? location?.Country,
            location?.Admin1,
            null,
            null,
            location?.Name,
            ExportText.Coordinate(location?.Latitude),
            ExportText.Coordinate(location?.Longitude),
            location is null ? null : GeoPrecision(location.Precision).ToString(CultureInfo.InvariantCulture),
            string.Join("; ", ExportText.Outlets(stored).Concat(ExportText.Addresses(stored))),
            null,
            Notes(stored, unnamed is not null),
            ExportText.Number(incident.ConservativeFatalities),
            null,
            null,
        ];
    }

    /// <summary>ACLED's actor type code: 1 state forces, 2 rebels, 3 political militias (and unidentified armed groups), 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external or other forces.</summary>
    public static int Inter(ActorKind kind) => kind switch
    {
        ActorKind.StateForces or ActorKind.Government => 1,
        ActorKind.RebelGroup => 2,
        ActorKind.PoliticalMilitia or ActorKind.UnidentifiedArmedGroup => 3,
        ActorKind.IdentityMilitia => 4,
        ActorKind.Rioters => 5,
        ActorKind.Protesters => 6,
        ActorKind.Civilians => 7,
        _ => 8,
    };

    /// <summary>ACLED's interaction code: the two actor type codes, lower first (12 for state forces and rebels), or the one code times ten for a sole actor.</summary>
    public static string? Interaction(int? inter1, int? inter2) => (inter1, inter2) switch
    {
        ({ } a, { } b) => ((Math.Min(a, b) * 10) + Math.Max(a, b)).ToString(CultureInfo.InvariantCulture),
        ({ } a, null) => (a * 10).ToString(CultureInfo.InvariantCulture),
        (null, { } b) => (b * 10).ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>ACLED's disorder type of an event type (its codebook's grouping); null for a type the codebook does not have.</summary>
    public static string? DisorderType(AcledType? acled) => AcledCodebook.Embedded.DisorderType(acled);

    /// <summary>ACLED's time precision: 1 a day, 2 a week (or a few days), 3 a month; empty when only the year is known (the row then gives the publication date with precision 3).</summary>
    public static string? TimePrecision(IncidentDate? date) => date?.Precision switch
    {
        DatePrecision.Day => date.End.DayNumber - date.Start.DayNumber <= 0 ? "1" : "2",
        DatePrecision.Week => "2",
        DatePrecision.Month => "3",
        _ => null,
    };

    /// <summary>ACLED's geo precision: 1 the town itself, 2 near a town or a district, 3 a region.</summary>
    public static int GeoPrecision(LocationPrecision precision) => precision switch
    {
        LocationPrecision.Site or LocationPrecision.Town => 1,
        LocationPrecision.NearTown or LocationPrecision.District => 2,
        _ => 3,
    };

    /// <summary>What ACLED codes as actor1 when the reports name none: by the incident's ACLED type (an unidentified armed group for political violence, protesters, rioters).</summary>
    public static AcledUnnamedActor? UnnamedActor1(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Acled is { } type ? AcledUnnamedActors.Embedded.For(type) : null;
    }

    private static bool TargetsCivilians(Incident incident) =>
        incident.Acled?.EventType == "Violence against civilians"
        || incident.Actors.Any(a => a.Role == "actor2" && a.Kind == ActorKind.Civilians);

    /// <summary>What the incident is, quoted from its first report; that actor1 is ACLED's label for an unnamed actor when it is; and every killed claim with its source when they disagree.</summary>
    private static string Notes(StoredIncident stored, bool unnamedActor1)
    {
        Incident incident = stored.Incident;
        var notes = new StringBuilder();
        Report first = incident.Reports[0];
        if (first.Event.Evidence.Length > 0)
        {
            notes.Append('"').Append(ExportText.Clip(first.Event.Evidence[0].Text, 300)).Append("\" (").Append(first.ArticleId).Append(").");
        }

        if (unnamedActor1)
        {
            notes.Append(' ').Append(UnnamedActor1Note);
        }

        if (incident.Background)
        {
            notes.Append(" Background: the reports tell it as past context.");
        }

        if (incident.Reports.Length > 1)
        {
            notes.Append(' ').Append(incident.ArticleCount.ToString(CultureInfo.InvariantCulture)).Append(" reports.");
        }

        if (incident.Reports.Any(r => r.Event.Status == EventStatus.Denied))
        {
            notes.Append(" Denied by ")
                .Append(string.Join(", ", incident.Reports.Where(r => r.Event.Status == EventStatus.Denied).Select(r => r.ArticleId)))
                .Append('.');
        }

        var killed = incident.Claims.Where(c => c.Claim.Killed.Count > 0 || c.Claim.Denial).ToList();
        if (incident.Disputed && killed.Count > 0)
        {
            notes.Append(" Fatalities disputed; the lowest figure is given. Claims: ");
            notes.Append(string.Join("; ", killed.Select(c =>
                $"{c.Claim.Source.Name} ({SnakeCaseEnum<SourceKind>.Name(c.Claim.Source.Kind)}, {c.Outlet ?? c.ArticleId}): {ExportText.Killed(c.Claim)}")));
            notes.Append('.');
            if (incident.Fatalities is { } f)
            {
                notes.Append(CultureInfo.InvariantCulture, $" Low {f.Low}, best {f.Best}, high {f.High}.");
            }
        }

        return notes.ToString().Trim();
    }
}
