using System.Collections.Immutable;
using System.Globalization;
using Mizan.Events;
using Mizan.Reconciliation;

namespace Mizan.Storage.Export;

/// <summary>
/// UCDP GED-style rows: one per incident of organised violence (ACLED type Battles,
/// Explosions/Remote violence or Violence against civilians) that took place and for which at
/// least one source reports a death. UCDP's own identifiers (conflicts, dyads, sides, Gleditsch
/// and Ward numbers), its regions, clarity and coding status are not known to Mizan and stay
/// empty. best / low / high are the fatalities reconciled over all claims; the PRIO-GRID cell is
/// computed from the coordinates.
/// </summary>
public static class UcdpExport
{
    /// <summary>The columns, in UCDP GED's order.</summary>
    public static readonly ImmutableArray<string> Columns =
    [
        "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
        "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
        "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
        "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description",
        "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
        "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
        "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
    ];

    /// <summary>Whether an incident belongs in a UCDP GED-style dataset.</summary>
    public static bool InScope(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Status is EventStatus.Occurred or EventStatus.Ongoing
            && incident.Acled?.EventType is "Battles" or AcledCodebook.RemoteViolence or "Violence against civilians"
            && incident.Fatalities is { High: >= 1 };
    }

    /// <summary>The row of an incident, one value per column (null for empty).</summary>
    public static string?[] Row(StoredIncident stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        Incident incident = stored.Incident;
        (EventActor? sideA, EventActor? sideB, int? violence) = Sides(incident);
        EventLocation? location = incident.Location;
        ExportDate? dated = ExportDate.Of(stored);
        var articles = ExportText.Articles(stored).ToList();
        string? sideAKey = sideA?.Role;
        string? sideBKey = sideB?.Role;
        long? deathsA = sideAKey is null ? null : SideBest(incident, sideAKey);
        long? deathsB = sideBKey is null ? null : SideBest(incident, sideBKey);
        long? deathsCivilians = SideBest(incident, "civilians");
        long? best = incident.Fatalities?.Best;
        long? unknown = best is { } b ? Math.Max(0, b - ((deathsA ?? 0) + (deathsB ?? 0) + (deathsCivilians ?? 0))) : null;
        var sources = incident.Claims
            .Where(c => c.Claim.Source.Kind != SourceKind.Unattributed)
            .Select(c => c.Claim.Source.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return
        [
            incident.Id,
            null,
            dated?.Start.Year.ToString(CultureInfo.InvariantCulture),
            null,
            null,
            violence?.ToString(CultureInfo.InvariantCulture),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            sideA?.Name,
            null,
            null,
            violence == 3 ? "Civilians" : sideB?.Name,
            incident.ArticleCount.ToString(CultureInfo.InvariantCulture),
            string.Join("; ", articles.Select(SourceArticle)),
            string.Join(";", articles.Select(a => a.Source).OfType<string>().Distinct(StringComparer.Ordinal)),
            string.Join(";", articles.Select(a => ExportText.Date(a.Published)).OfType<string>()),
            string.Join(";", articles.Select(a => a.Title).OfType<string>()),
            sources.Count == 0 ? null : string.Join(";", sources),
            location is null ? null : WherePrecision(location.Precision).ToString(CultureInfo.InvariantCulture),
            location?.Name,
            location?.Mention.Text,
            location?.Admin1,
            null,
            ExportText.Coordinate(location?.Latitude),
            ExportText.Coordinate(location?.Longitude),
            location is { Latitude: { } lat, Longitude: { } lon } ? $"POINT ({ExportText.Coordinate(lon)} {ExportText.Coordinate(lat)})" : null,
            location is { Latitude: { } lat2, Longitude: { } lon2 } ? PrioGridCell(lat2, lon2).ToString(CultureInfo.InvariantCulture) : null,
            stored.Country?.Name ?? location?.Country,
            null,
            null,
            null,
            dated is null ? null : dated.FromPublication ? "5" : DatePrecisionCode(dated.Date),
            ExportText.Date(dated?.Start),
            ExportText.Date(dated?.End),
            ExportText.Number(deathsA),
            ExportText.Number(deathsB),
            ExportText.Number(deathsCivilians),
            ExportText.Number(unknown),
            ExportText.Number(best),
            ExportText.Number(incident.Fatalities?.High),
            ExportText.Number(incident.Fatalities?.Low),
            null,
            null,
        ];
    }

    /// <summary>
    /// The PRIO-GRID cell of a point: cells of half a degree numbered row by row from the south-west
    /// corner (−90°, −180°), starting at 1.
    /// </summary>
    public static int PrioGridCell(double latitude, double longitude)
    {
        int row = Math.Clamp((int)Math.Floor((latitude + 90) * 2), 0, 359);
        int column = Math.Clamp((int)Math.Floor((longitude + 180) * 2), 0, 719);
        return (row * 720) + column + 1;
    }

    /// <summary>UCDP's place precision: 1 the exact place, 2 within about 25 km, 3 a district, 4 a region, 6 the country.</summary>
    public static int WherePrecision(LocationPrecision precision) => precision switch
    {
        LocationPrecision.Site or LocationPrecision.Town => 1,
        LocationPrecision.NearTown => 2,
        LocationPrecision.District => 3,
        LocationPrecision.Region => 4,
        _ => 6,
    };

    /// <summary>UCDP's date precision: 1 the exact day, 2 within a few days, 3 the week, 4 the month, 5 the year.</summary>
    public static string? DatePrecisionCode(IncidentDate? date) => date?.Precision switch
    {
        DatePrecision.Day => date.End.DayNumber == date.Start.DayNumber ? "1" : "2",
        DatePrecision.Week => "3",
        DatePrecision.Month => "4",
        DatePrecision.Year => "5",
        _ => null,
    };

    /// <summary>
    /// The sides and UCDP's type of violence, from the actors' kinds: 1 state-based (state forces,
    /// or foreign forces of a named state, against an organised armed group or another state), 2 non-state (two organised armed
    /// groups), 3 one-sided (an armed actor against civilians); null when the kinds do not say.
    /// </summary>
    private static (EventActor? SideA, EventActor? SideB, int? Violence) Sides(Incident incident)
    {
        EventActor? actor1 = ExportText.Actor(incident, "actor1");
        EventActor? actor2 = ExportText.Actor(incident, "actor2");
        // Foreign forces of a named state (the Saudi-led coalition, Barkhane) are a state's; external
        // forces of no country (the UN, an alliance, what the reader could not type) are not.
        static bool IsState(EventActor a) => a.Kind is ActorKind.StateForces or ActorKind.Government
            || (a.Kind == ActorKind.ExternalForces && a.Country is not null);
        static bool IsGroup(EventActor a) => a.Kind is ActorKind.RebelGroup or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia;
        static bool IsArmed(EventActor a) => IsState(a) || IsGroup(a) || a.Kind is ActorKind.UnidentifiedArmedGroup or ActorKind.ExternalForces;

        if (actor1 is null || actor2 is null)
        {
            // One side named: violence against civilians, or deaths told of civilians alone, is one-sided
            // whoever did it; a state's forces at war are a side of state-based violence (their one-sided
            // violence is the case above).
            EventActor? named = actor1 ?? actor2;
            if ((incident.Acled?.EventType == "Violence against civilians" && (named is null || (IsArmed(named) && named == actor1)))
                || named?.Kind == ActorKind.Civilians)
            {
                return named?.Kind == ActorKind.Civilians ? (null, named, 3) : (actor1, actor2, 3);
            }

            return named is not null && IsState(named) && named.Kind == ActorKind.StateForces
                ? (actor1, actor2, 1)
                : (actor1, actor2, null);
        }

        if (actor2.Kind == ActorKind.Civilians && IsArmed(actor1))
        {
            return (actor1, actor2, 3);
        }

        if (actor1.Kind == ActorKind.Civilians && IsArmed(actor2))
        {
            return (actor2, actor1, 3);
        }

        if (IsState(actor1) && (IsGroup(actor2) || IsState(actor2)))
        {
            return (actor1, actor2, 1);
        }

        if (IsState(actor2) && IsGroup(actor1))
        {
            return (actor2, actor1, 1);
        }

        if (IsGroup(actor1) && IsGroup(actor2))
        {
            return (actor1, actor2, 2);
        }

        return (actor1, actor2, null);
    }

    /// <summary>The best estimate of one side's deaths, over the claims that give that side a figure.</summary>
    private static long? SideBest(Incident incident, string side)
    {
        var claims = IncidentAssembler.DistinctStatements(incident.Claims)
            .Where(c => c.Killed.ContainsKey(side))
            .Select(c => c with { Killed = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, CountRange>(side, c.Killed[side])]) })
            .ToImmutableArray();
        return FatalityEstimator.Estimate(claims)?.Best;
    }

    private static string SourceArticle(ArticleInfo article)
    {
        var parts = new List<string>();
        if (article.Source is { } source)
        {
            parts.Add(source);
        }

        if (ExportText.Date(article.Published) is { } date)
        {
            parts.Add(date);
        }

        if (article.Title is { } title)
        {
            parts.Add($"\"{ExportText.Clip(title, 200)}\"");
        }

        parts.Add(article.Id);
        if (article.Url is { } url)
        {
            parts.Add(url);
        }

        return string.Join(", ", parts);
    }
}
