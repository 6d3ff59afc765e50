using System.Collections.Immutable;
using Mizan.Events;

namespace Mizan.Reconciliation;

/// <summary>
/// Reports of one incident, linked across articles. Every claim is kept with its source and its
/// article; the fatalities are reconciled from all of them into low / best / high (UCDP style),
/// and <see cref="ConservativeFatalities"/> is the lowest figure any source gives (ACLED style).
/// </summary>
/// <param name="Id">Stable id: <c>in-</c> and the hash part of the id of the incident's first report.</param>
/// <param name="Type">The PLOVER type every report shares.</param>
/// <param name="Status">The most factual status among the reports (occurred before ongoing, failed, denied ...).</param>
/// <param name="Acled">The ACLED type of the lead report.</param>
/// <param name="Date">The most precise date among the reports, or null when none is resolved.</param>
/// <param name="Location">The most precise place among the reports, or null.</param>
/// <param name="Actors">The actors of the lead report (the report that names the most actors).</param>
/// <param name="Reports">The reports, in reconciliation order (date, then event id).</param>
/// <param name="Claims">Every claim of every report, with its source and article.</param>
/// <param name="Fatalities">Fatalities reconciled from the claims, or null when no claim gives a killed figure.</param>
/// <param name="Disputed">True when the sources disagree: different killed figures, or a denial.</param>
public sealed record Incident(
    string Id,
    string Type,
    EventStatus Status,
    AcledType? Acled,
    IncidentDate? Date,
    EventLocation? Location,
    ImmutableArray<EventActor> Actors,
    ImmutableArray<Report> Reports,
    ImmutableArray<SourcedClaim> Claims,
    FatalityEstimate? Fatalities,
    bool Disputed)
{
    /// <summary>The most conservative killed figure (ACLED style): the lowest any source gives.</summary>
    public long? ConservativeFatalities => Fatalities?.Low;

    /// <summary>
    /// Whether the incident is background: every report tells it as past context (a war's toll
    /// since it began, an attack years ago). Exports and counts leave it out unless asked for.
    /// </summary>
    public bool Background => Reports.All(r => r.Event.Background);

    /// <summary>The distinct articles that report the incident.</summary>
    public int ArticleCount => Reports.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Count();
}
