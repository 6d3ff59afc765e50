using System.Collections.Immutable;
using Mizan.Events;

namespace Mizan.Reconciliation;

/// <summary>
/// Builds an <see cref="Incident"/> from its reports: the most precise date and place, the
/// actors of the report that names the most, the most factual status, every claim with its
/// source, and the fatalities reconciled by <see cref="FatalityEstimator"/> over the claims of
/// all reports (one statement relayed by two outlets counts once).
/// </summary>
public static class IncidentAssembler
{
    private static readonly EventStatus[] StatusOrder =
    [
        EventStatus.Occurred, EventStatus.Ongoing, EventStatus.Failed, EventStatus.Denied,
        EventStatus.Planned, EventStatus.Threatened, EventStatus.Hypothetical,
    ];

    /// <summary>The incident of the given reports, in reconciliation order (the first one names the incident).</summary>
    public static Incident Assemble(IReadOnlyList<Report> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            throw new ArgumentException("An incident has at least one report.", nameof(reports));
        }

        Report first = reports[0];
        Report lead = reports[0];
        for (int i = 1; i < reports.Count; i++)
        {
            if (LeadScore(reports[i].Event) > LeadScore(lead.Event))
            {
                lead = reports[i];
            }
        }

        EventStatus status = StatusOrder.First(s => reports.Any(r => r.Event.Status == s));
        var claims = reports
            .SelectMany(r => r.Event.Claims.Select(c => new SourcedClaim(c, r.Event.Id, r.ArticleId, r.Outlet)))
            .ToImmutableArray();
        FatalityEstimate? fatalities = FatalityEstimator.Estimate(DistinctStatements(claims));
        bool disputed = (fatalities is { } f && f.Low != f.High)
            || claims.Any(c => c.Claim.Denial)
            || (reports.Any(r => r.Event.Status == EventStatus.Denied) && reports.Any(r => r.Event.Status != EventStatus.Denied));

        return new Incident(
            IdOf(first.Event.Id),
            first.Event.Type,
            status,
            lead.Event.Acled ?? reports.Select(r => r.Event.Acled).FirstOrDefault(a => a is not null),
            MostPreciseDate(reports),
            MostPreciseLocation(reports),
            lead.Event.Actors,
            [.. reports],
            claims,
            fatalities,
            disputed);
    }

    /// <summary>The incident id for a first report's event id: <c>ev-1a2b…</c> gives <c>in-1a2b…</c>.</summary>
    public static string IdOf(string eventId)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        return "in-" + (eventId.StartsWith("ev-", StringComparison.Ordinal) ? eventId[3..] : eventId);
    }

    /// <summary>
    /// The claims that count for the estimate: a claim of an attributed source that repeats
    /// another one's figures (the same ministry statement relayed by two outlets) counts once.
    /// Claims of unattributed sources are the outlets' own and all count.
    /// </summary>
    public static ImmutableArray<Claim> DistinctStatements(IEnumerable<SourcedClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var kept = ImmutableArray.CreateBuilder<Claim>();
        foreach (SourcedClaim sourced in claims)
        {
            Claim claim = sourced.Claim;
            bool repeated = claim.Source.Kind != SourceKind.Unattributed && kept.Any(k =>
                k.Source.Kind == claim.Source.Kind
                && string.Equals(k.Source.Name, claim.Source.Name, StringComparison.OrdinalIgnoreCase)
                && k.Denial == claim.Denial
                && k.Killed.Count == claim.Killed.Count
                && k.Killed.All(kv => claim.Killed.TryGetValue(kv.Key, out CountRange r) && r == kv.Value));
            if (!repeated)
            {
                kept.Add(claim);
            }
        }

        return kept.ToImmutable();
    }

    private static int LeadScore(Event e) =>
        (e.Actors.Length * 4) + (e.Acled is null ? 0 : 2) + (e.Status is EventStatus.Occurred or EventStatus.Ongoing ? 1 : 0);

    private static IncidentDate? MostPreciseDate(IReadOnlyList<Report> reports)
    {
        EventDate? best = null;
        foreach (Report report in reports)
        {
            if (report.Event.Date is { Start: not null, End: not null, Precision: not null } date
                && (best is null || date.Precision < best.Precision))
            {
                best = date;
            }
        }

        return best is null ? null : new IncidentDate(best.Start!.Value, best.End!.Value, best.Precision!.Value);
    }

    private static EventLocation? MostPreciseLocation(IReadOnlyList<Report> reports)
    {
        EventLocation? best = null;
        foreach (Report report in reports)
        {
            if (report.Event.Location is { } location && (best is null || location.Precision < best.Precision))
            {
                best = location;
            }
        }

        return best;
    }
}
