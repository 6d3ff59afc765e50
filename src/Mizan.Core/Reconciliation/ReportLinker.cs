using System.Collections.Immutable;
using Mizan.Events;

namespace Mizan.Reconciliation;

/// <summary>
/// Decides whether two reports, from two different articles, tell of one incident: same type,
/// statuses of the same kind (what happened, or what is planned or threatened), overlapping
/// dates, the same or a containing place, and compatible actors. Places that differ are never
/// linked, and neither are reports without a date resolved to a day or a week, or with only a
/// country as place, nor a background report (told as past context) with one told as news.
/// </summary>
public sealed class ReportLinker(ReconciliationOptions? options = null)
{
    private readonly ReconciliationOptions _options = options ?? ReconciliationOptions.Default;

    /// <summary>The options in force.</summary>
    public ReconciliationOptions Options => _options;

    /// <summary>Whether the two reports can be reports of one incident.</summary>
    public bool CanLink(Report a, Report b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        // The engine already merged the reports of one incident within an article.
        if (string.Equals(a.ArticleId, b.ArticleId, StringComparison.Ordinal))
        {
            return false;
        }

        Event x = a.Event;
        Event y = b.Event;
        // A recollection is context: it stays apart from the incident told as news (its figures are
        // often a toll grown since, or a campaign's), so the news incidents are the same with or
        // without the background stored.
        return string.Equals(x.Type, y.Type, StringComparison.Ordinal)
            && x.Background == y.Background
            && IsFactual(x.Status) == IsFactual(y.Status)
            && DatesOverlap(x.Date, y.Date)
            && ComparePlaces(x.Location, y.Location) is PlaceMatch.Same or PlaceMatch.Within
            && ActorsCompatible(x.Actors, y.Actors);
    }

    /// <summary>
    /// True for statuses that say something happened or is said not to have (occurred,
    /// ongoing, failed, denied), false for planned, threatened and hypothetical ones.
    /// </summary>
    public static bool IsFactual(EventStatus status) =>
        status is EventStatus.Occurred or EventStatus.Ongoing or EventStatus.Failed or EventStatus.Denied;

    /// <summary>
    /// Whether a date can link reports: resolved to a day or a week. "Last month" is too vague to
    /// tell one incident from another at the same place (a month of a campaign, two visits).
    /// </summary>
    public static bool IsLinkable(EventDate? date) =>
        date is { Start: not null, End: not null, Precision: DatePrecision.Day or DatePrecision.Week };

    /// <summary>Whether a place can link reports: known, and finer than a country.</summary>
    public static bool IsLinkable(EventLocation? location) =>
        location is not null && location.Precision != LocationPrecision.Country && location.Country is not null;

    /// <summary>Whether two dates overlap, with <see cref="ReconciliationOptions.DateSlackDays"/> of slack.</summary>
    public bool DatesOverlap(EventDate? x, EventDate? y)
    {
        if (!IsLinkable(x) || !IsLinkable(y))
        {
            return false;
        }

        int slack = _options.DateSlackDays;
        return x!.Start!.Value.AddDays(-slack) <= y!.End!.Value && y.Start!.Value.AddDays(-slack) <= x.End!.Value;
    }

    /// <summary>How two places relate.</summary>
    public PlaceMatch ComparePlaces(EventLocation? x, EventLocation? y)
    {
        if (!IsLinkable(x) || !IsLinkable(y))
        {
            return PlaceMatch.Unknown;
        }

        if (!string.Equals(x!.Country, y!.Country, StringComparison.Ordinal))
        {
            return PlaceMatch.Different;
        }

        if (x.GazetteerId is not null && string.Equals(x.GazetteerId, y.GazetteerId, StringComparison.Ordinal))
        {
            return PlaceMatch.Same;
        }

        bool xFine = IsFine(x.Precision);
        bool yFine = IsFine(y.Precision);
        if (xFine && yFine)
        {
            return Distance(x, y) is { } km
                ? (km <= _options.SamePlaceKilometres ? PlaceMatch.Same : PlaceMatch.Different)
                : (SameName(x, y) ? PlaceMatch.Same : PlaceMatch.Different);
        }

        if (!xFine && !yFine)
        {
            // Two regions (or districts): the same one, or different ones.
            return x.Precision == LocationPrecision.Region && y.Precision == LocationPrecision.Region
                ? (SameAdmin1(x, y) ? PlaceMatch.Same : PlaceMatch.Different)
                : (Distance(x, y) is { } km && km <= _options.SamePlaceKilometres ? PlaceMatch.Same : PlaceMatch.Different);
        }

        EventLocation coarse = xFine ? y : x;
        EventLocation fine = xFine ? x : y;
        if (coarse.Precision == LocationPrecision.Region)
        {
            return SameAdmin1(coarse, fine) ? PlaceMatch.Within : PlaceMatch.Different;
        }

        // A district: the town must be close to it.
        return Distance(coarse, fine) is { } d && d <= _options.DistrictKilometres ? PlaceMatch.Within : PlaceMatch.Different;
    }

    /// <summary>
    /// Whether the actors of two reports can be the same: for each role both name, the actors
    /// agree (see <see cref="ActorsAgree"/>); actor1 and actor2 may be swapped as a whole (one
    /// outlet's attacker is another's defender in a clash). A role only one report names
    /// never conflicts.
    /// </summary>
    public static bool ActorsCompatible(ImmutableArray<EventActor> x, ImmutableArray<EventActor> y) =>
        RolesAgree(x, y, swap: false) || RolesAgree(x, y, swap: true);

    /// <summary>
    /// Whether two actors can be one: the same name; the same kind of state (or civilian,
    /// protester, rioter) actor of the same country; or an unidentified armed group, which
    /// another outlet may name.
    /// </summary>
    public static bool ActorsAgree(EventActor a, EventActor b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (a.Kind == ActorKind.UnidentifiedArmedGroup || b.Kind == ActorKind.UnidentifiedArmedGroup)
        {
            return true;
        }

        if (a.Kind == ActorKind.Civilians && b.Kind == ActorKind.Civilians)
        {
            return true;
        }

        bool sameCountry = a.Country is not null && string.Equals(a.Country, b.Country, StringComparison.Ordinal);
        return sameCountry && SameCamp(a.Kind, b.Kind);
    }

    private static bool SameCamp(ActorKind a, ActorKind b)
    {
        static bool IsState(ActorKind k) => k is ActorKind.StateForces or ActorKind.Government;
        return (IsState(a) && IsState(b)) || (a == b && a is ActorKind.Protesters or ActorKind.Rioters);
    }

    private static bool RolesAgree(ImmutableArray<EventActor> x, ImmutableArray<EventActor> y, bool swap)
    {
        foreach (string role in (ReadOnlySpan<string>)["actor1", "actor2"])
        {
            string other = swap ? (role == "actor1" ? "actor2" : "actor1") : role;
            var xs = x.Where(a => a.Role == role).ToList();
            var ys = y.Where(a => a.Role == other).ToList();
            if (xs.Count == 0 || ys.Count == 0)
            {
                continue;
            }

            // Every actor of the shorter list must agree with one of the other.
            (List<EventActor> shorter, List<EventActor> longer) = xs.Count <= ys.Count ? (xs, ys) : (ys, xs);
            if (!shorter.TrueForAll(s => longer.Exists(l => ActorsAgree(s, l))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFine(LocationPrecision precision) =>
        precision is LocationPrecision.Site or LocationPrecision.Town or LocationPrecision.NearTown;

    private static double? Distance(EventLocation x, EventLocation y) =>
        x is { Latitude: { } lat1, Longitude: { } lon1 } && y is { Latitude: { } lat2, Longitude: { } lon2 }
            ? GeoDistance.Kilometres(lat1, lon1, lat2, lon2)
            : null;

    private static bool SameName(EventLocation x, EventLocation y) =>
        string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

    private static bool SameAdmin1(EventLocation x, EventLocation y) =>
        x.Admin1 is not null && string.Equals(x.Admin1, y.Admin1, StringComparison.OrdinalIgnoreCase);
}
