using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Reconciliation;

namespace Mizan.Storage.Sql;

/// <summary>
/// The rows of an article's events (countries, places, actors, events, evidence, actors in
/// roles, claims, figures) and of an incident, as <c>INSERT … ON CONFLICT DO NOTHING</c>
/// statements that both backends run: writing them twice changes nothing.
/// </summary>
internal static class StoreRows
{
    public const string InsertCountry = "INSERT INTO countries (iso3, name, region) VALUES (@p0, @p1, @p2) ON CONFLICT DO NOTHING";

    public const string InsertPlace = "INSERT INTO places (id, gazetteer_id, name, country, admin1, latitude, longitude) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6) ON CONFLICT DO NOTHING";

    public const string InsertActor = "INSERT INTO actors (id, name, kind, country) VALUES (@p0, @p1, @p2, @p3) ON CONFLICT DO NOTHING";

    public const string InsertEvent =
        "INSERT INTO events (id, article_id, ordinal, type, status, acled_event_type, acled_sub_event_type, " +
        "place_id, location_text, location_start, location_end, location_precision, " +
        "date_text, date_text_start, date_text_end, date_start, date_end, date_precision, " +
        "fatalities_low, fatalities_best, fatalities_high, background) " +
        "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21) ON CONFLICT DO NOTHING";

    public const string InsertEvidence = "INSERT INTO event_evidence (event_id, ordinal, start_offset, end_offset, text) VALUES (@p0, @p1, @p2, @p3, @p4) ON CONFLICT DO NOTHING";

    public const string InsertEventActor = "INSERT INTO event_actors (event_id, ordinal, role, actor_id, text, start_offset, end_offset) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6) ON CONFLICT DO NOTHING";

    public const string InsertClaim =
        "INSERT INTO claims (event_id, ordinal, source_name, source_kind, source_text, source_start, source_end, denial, evidence_start, evidence_end, evidence_text) " +
        "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10) ON CONFLICT DO NOTHING";

    public const string InsertFigure = "INSERT INTO claim_figures (event_id, claim_ordinal, measure, side, low, high) VALUES (@p0, @p1, @p2, @p3, @p4, @p5) ON CONFLICT DO NOTHING";

    public const string UpsertFailure =
        "INSERT INTO failed_articles (key, article_id, content_hash, input, code, message) VALUES (@p0, @p1, @p2, @p3, @p4, @p5) " +
        "ON CONFLICT (key) DO UPDATE SET article_id = excluded.article_id, content_hash = excluded.content_hash, input = excluded.input, code = excluded.code, message = excluded.message";

    public const string DeleteFailure = "DELETE FROM failed_articles WHERE key = @p0";

    public const string MarkIncidentsStale = "INSERT INTO meta (key, value) VALUES ('incidents_stale', @p0) ON CONFLICT (key) DO UPDATE SET value = excluded.value";

    /// <summary>Counts a change of the stored data in <c>meta.generation</c> (see <see cref="IEventStore.Generation"/>).</summary>
    public const string NextGeneration =
        "INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS BIGINT) + 1 AS TEXT)";

    public const string InsertIncident =
        "INSERT INTO incidents (id, type, status, acled_event_type, acled_sub_event_type, date_start, date_end, date_precision, " +
        "place_id, location_precision, actor1, actor2, fatalities_low, fatalities_best, fatalities_high, fatalities_conservative, disputed, report_count, article_count) " +
        "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18)";

    public const string InsertIncidentEvent = "INSERT INTO incident_events (incident_id, event_id, ordinal) VALUES (@p0, @p1, @p2)";

    /// <summary>The measures of a claim, as stored in <c>claim_figures.measure</c>.</summary>
    public static readonly ImmutableArray<string> Measures = ["killed", "injured", "captured", "missing", "displaced"];

    /// <summary>The values of the <c>articles</c> columns id, content_hash, source, title, published, url, language, text, input.</summary>
    public static object?[] Article(ArticleRecord record) =>
    [
        record.Article.Id,
        record.ContentHash,
        record.Article.Source,
        string.IsNullOrEmpty(record.Article.Title) ? null : record.Article.Title,
        record.Article.Published,
        record.Article.Url,
        record.Article.Language,
        record.Article.Text,
        record.Input,
    ];

    /// <summary>Every row of the article's events, in an order that satisfies the foreign keys.</summary>
    public static IEnumerable<(string Sql, object?[] Values)> Children(ArticleRecord record)
    {
        foreach (CountryInfo country in record.Countries)
        {
            yield return (InsertCountry, [country.Iso3, country.Name, country.Region]);
        }

        string articleId = record.Article.Id;
        for (int e = 0; e < record.Events.Length; e++)
        {
            Event ev = record.Events[e];
            string? placeId = null;
            if (ev.Location is { } location)
            {
                placeId = StoreKeys.Place(location);
                yield return (InsertPlace, [placeId, location.GazetteerId, location.Name, location.Country, location.Admin1, location.Latitude, location.Longitude]);
            }

            foreach (EventActor actor in ev.Actors)
            {
                yield return (InsertActor, [StoreKeys.Actor(actor), actor.Name, SnakeCaseEnum<ActorKind>.Name(actor.Kind), actor.Country]);
            }

            yield return (InsertEvent,
            [
                ev.Id, articleId, e, ev.Type, SnakeCaseEnum<EventStatus>.Name(ev.Status), ev.Acled?.EventType, ev.Acled?.SubEventType,
                placeId, ev.Location?.Mention.Text, ev.Location?.Mention.Start, ev.Location?.Mention.End,
                ev.Location is { } l ? SnakeCaseEnum<LocationPrecision>.Name(l.Precision) : null,
                ev.Date?.Mention.Text, ev.Date?.Mention.Start, ev.Date?.Mention.End, ev.Date?.Start, ev.Date?.End,
                ev.Date?.Precision is { } p ? SnakeCaseEnum<DatePrecision>.Name(p) : null,
                ev.Fatalities?.Low, ev.Fatalities?.Best, ev.Fatalities?.High, ev.Background,
            ]);

            for (int i = 0; i < ev.Evidence.Length; i++)
            {
                Evidence evidence = ev.Evidence[i];
                yield return (InsertEvidence, [ev.Id, i, evidence.Start, evidence.End, evidence.Text]);
            }

            for (int i = 0; i < ev.Actors.Length; i++)
            {
                EventActor actor = ev.Actors[i];
                yield return (InsertEventActor, [ev.Id, i, actor.Role, StoreKeys.Actor(actor), actor.Mention.Text, actor.Mention.Start, actor.Mention.End]);
            }

            for (int c = 0; c < ev.Claims.Length; c++)
            {
                Claim claim = ev.Claims[c];
                Evidence? source = claim.Source.Mention;
                yield return (InsertClaim,
                [
                    ev.Id, c, claim.Source.Name, SnakeCaseEnum<SourceKind>.Name(claim.Source.Kind),
                    source?.Text, source?.Start, source?.End, claim.Denial,
                    claim.Evidence.Start, claim.Evidence.End, claim.Evidence.Text,
                ]);
                foreach ((string measure, ImmutableSortedDictionary<string, CountRange> figures) in Figures(claim))
                {
                    foreach ((string side, CountRange range) in figures)
                    {
                        yield return (InsertFigure, [ev.Id, c, measure, side, range.Low, range.High]);
                    }
                }
            }
        }
    }

    /// <summary>The rows of one incident: the incident and its membership.</summary>
    public static IEnumerable<(string Sql, object?[] Values)> Incident(Incident incident)
    {
        EventActor? actor1 = incident.Actors.FirstOrDefault(a => a.Role == "actor1");
        EventActor? actor2 = incident.Actors.FirstOrDefault(a => a.Role == "actor2");
        yield return (InsertIncident,
        [
            incident.Id, incident.Type, SnakeCaseEnum<EventStatus>.Name(incident.Status), incident.Acled?.EventType, incident.Acled?.SubEventType,
            incident.Date?.Start, incident.Date?.End, incident.Date is { } d ? SnakeCaseEnum<DatePrecision>.Name(d.Precision) : null,
            incident.Location is { } l ? StoreKeys.Place(l) : null,
            incident.Location is { } m ? SnakeCaseEnum<LocationPrecision>.Name(m.Precision) : null,
            actor1?.Name, actor2?.Name,
            incident.Fatalities?.Low, incident.Fatalities?.Best, incident.Fatalities?.High, incident.ConservativeFatalities,
            incident.Disputed, incident.Reports.Length, incident.ArticleCount,
        ]);
        for (int i = 0; i < incident.Reports.Length; i++)
        {
            yield return (InsertIncidentEvent, [incident.Id, incident.Reports[i].Event.Id, i]);
        }
    }

    public static IEnumerable<(string Measure, ImmutableSortedDictionary<string, CountRange> Figures)> Figures(Claim claim)
    {
        ImmutableSortedDictionary<string, CountRange> none = ImmutableSortedDictionary<string, CountRange>.Empty;
        yield return ("killed", claim.Killed ?? none);
        yield return ("injured", claim.Injured ?? none);
        yield return ("captured", claim.Captured ?? none);
        yield return ("missing", claim.Missing ?? none);
        yield return ("displaced", claim.Displaced ?? none);
    }
}
