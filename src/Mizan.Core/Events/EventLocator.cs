using Mizan.Geocoding;

namespace Mizan.Events;

/// <summary>
/// Chooses an event's place among what its reports name: the most precise place a report names,
/// a place it is in before a place it is near, the main report's first among equals; else the
/// place the article is about (in the country of an attack's target when the article names it),
/// else its main country.
/// </summary>
internal static class EventLocator
{
    /// <summary>The place of the incident that <paramref name="cluster"/> reports; null when the article names none.</summary>
    /// <param name="cluster">The reports of the incident.</param>
    /// <param name="main">The report that tells it most fully.</param>
    /// <param name="geography">The article's places and countries.</param>
    /// <param name="target">The incident's actor2, once its reports are read together; null when none.</param>
    /// <param name="crowd">The incident's actor1 when it is a protest (who protested); null otherwise.</param>
    /// <param name="titleSentences">Number of sentences that make the title: a title may name the incident by its governorate's seat, and the body where it was.</param>
    public static EventLocation? Locate(IReadOnlyList<EventCandidate> cluster, EventCandidate main, ArticleGeography geography, Entities.ActorMention? target = null, Entities.ActorMention? crowd = null, int titleSentences = 0)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(geography);

        // The most precise place any report of the incident names, a place it is in or a town it is near
        // (less precise than a town it is in, more than a district, region or country) before a place it
        // is otherwise related to (a region it is north of, a town it went to or came from),
        // a body's town before the governorate seat its title names for it,
        // the main report's first among equals (اعتراض صاروخ جنوبي السعودية، ثم على نجران).
        EventCandidate? placed = cluster
            .Where(c => c.Resolved is not null && c.Place is not null)
            .OrderBy(c => c.Place!.Relation is null || NearTown(c) ? 0 : 1)
            .ThenBy(c => Rank(NearTown(c) ? LocationPrecision.NearTown : c.Resolved!.Place.Precision))
            .ThenBy(c => c.Place!.Relation is null ? 0 : 1)
            .ThenBy(c => c.Sentence < titleSentences && c.Resolved!.Place.IsRegionalSeat ? 1 : 0)
            .ThenBy(c => c == main ? 0 : 1)
            .FirstOrDefault();
        if (placed is { Resolved: { } resolution, Place: { } mention })
        {
            return geography.LocationOf(mention, resolution.Place);
        }

        // No place in the sentences of the event: the place the article is about, else its country.
        if (geography.Context.Countries.Length == 0)
        {
            return null;
        }

        // An attack with no place of its own happened where its target is, when the article names
        // that country: a strike of the coalition on a Houthi leader is in Yemen though the article
        // names Saudi Arabia most; an interception is where the defender is. A protest happened where
        // its protesters are from: Palestinians protesting in an article about Egypt's hospitals are in Palestine.
        Entities.ActorMention? there = main.TypeInfo.IsAttack && main.Main?.Frame is not TriggerFrame.Intercept ? target
            : main.TypeInfo.IsCrowd ? crowd
            : null;
        if (there?.Participant.Country is { } country && country != geography.Context.Countries[0]
            && geography.Context.Countries.Contains(country))
        {
            return geography.ArticlePlace(country) ?? geography.CountryLocation(country);
        }

        return geography.ArticlePlace() ?? geography.CountryLocation();
    }

    /// <summary>Whether the report is near a town or site (قرب مدينة أمريتسار), not in it nor on its way to or from it.</summary>
    private static bool NearTown(EventCandidate c) =>
        c.Place is { Relation: not null, Directional: false } && c.Resolved!.Place.Precision is LocationPrecision.Town or LocationPrecision.Site;

    /// <summary>Most precise first.</summary>
    internal static int Rank(LocationPrecision p) => p switch
    {
        LocationPrecision.Site => 0,
        LocationPrecision.Town => 1,
        LocationPrecision.NearTown => 2,
        LocationPrecision.District => 3,
        LocationPrecision.Region => 4,
        _ => 5,
    };
}
