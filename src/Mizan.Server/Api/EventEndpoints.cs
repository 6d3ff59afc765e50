using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mizan.Events;
using Mizan.Reconciliation;
using Mizan.Server.Catalog;
using Mizan.Storage;
using Mizan.Storage.Export;
using Mizan.Storage.Web;

namespace Mizan.Server.Api;

/// <summary>
/// <c>GET /api/events</c> (a page of the events a filter selects, newest first),
/// <c>/api/events/{id}</c> (one event with its claims, article text and incident),
/// <c>/api/timeline</c> (events and fatalities per day), <c>/api/places</c> (events and
/// fatalities per place, for the map), <c>/api/actors</c> and <c>/api/summary</c>. Background
/// events (told as past context) are listed, marked, but not counted: the timeline, the map, the
/// actors and the summary leave them out unless <c>background=include</c>, and say how many they left out.
/// </summary>
internal static class EventEndpoints
{
    private static readonly ReportLinker Linker = new();

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", List);
        app.MapGet("/api/events/{id}", One);
        app.MapGet("/api/timeline", Timeline);
        app.MapGet("/api/places", Places);
        app.MapGet("/api/actors", Actors);
        app.MapGet("/api/summary", Summary);
    }

    private static IResult List(HttpRequest request, EventCatalog catalog, IEventStore store)
    {
        if (FilterQuery.Filter(request, out string? error) is not { } filter || FilterQuery.Paging(request, out error) is not { } paging)
        {
            return Problems.BadRequest(error!);
        }

        CatalogSnapshot snapshot = catalog.Current;
        var page = new List<int>(Math.Min(paging.Limit, 64));
        int seen = 0;
        int background = 0;
        int total = snapshot.Scan(filter, TextSearch(store), index =>
        {
            if (snapshot.Rows[index].Background)
            {
                background++;
            }

            if (seen++ >= paging.Offset && page.Count < paging.Limit)
            {
                page.Add(index);
            }
        });
        return new EventPageResult(snapshot, total, background, paging.Offset, paging.Limit, page);
    }

    /// <summary>Where the article was fetched from (<c>mizan watch</c>, <c>mizan ingest --url</c>), or null.</summary>
    private static void WriteFetch(Utf8JsonWriter w, WebSource? web)
    {
        if (web is null)
        {
            w.WriteNull("fetch");
            return;
        }

        w.WriteStartObject("fetch");
        w.WriteString("url", web.Url);
        w.WriteString("fetched_at", web.FetchedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        ApiJson.WriteStringOrNull(w, "published_at", web.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        ApiJson.WriteStringOrNull(w, "feed", web.Feed);
        ApiJson.WriteStringOrNull(w, "author", web.Author);
        w.WriteStartArray("other_urls");
        foreach (string url in web.Aliases)
        {
            w.WriteStringValue(url);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static IResult One(string id, IEventStore store)
    {
        if (store.ReadEvent(id) is not { } hit)
        {
            return Problems.NotFound($"There is no event with the id '{id}'.");
        }

        Event e = hit.Report.Event;
        ArticleInfo article = hit.Report.Article;
        string text = store.ArticleText(article.Id) ?? string.Empty;
        StoredIncident? incident = hit.IncidentId is { } incidentId ? store.ReadIncident(incidentId) : null;

        // Other events of the article of the same type at the same place (or a place within the
        // other): the engine may tell one clash as two events, one per side's account; the
        // analyst sees their claims together.
        List<StoredReport> accounts = [.. store.ReadArticleEvents(article.Id).Where(r => r.Event.Id != e.Id && r.Event.Type == e.Type && SamePlace(r.Event.Location, e.Location))];
        return Json(w =>
        {
            w.WriteStartObject();
            ApiJson.WriteArticle(w, article);
            WriteFetch(w, (store as IWebArticleIndex)?.ReadWebSource(article.Id));
            w.WriteString("text", text);
            w.WritePropertyName("event");
            EventJson.WriteEvent(w, e);
            ApiJson.WriteStringOrNull(w, "incident_id", hit.IncidentId);
            w.WriteStartArray("accounts");
            foreach (StoredReport account in accounts)
            {
                EventJson.WriteEvent(w, account.Event);
            }

            w.WriteEndArray();
            if (incident is not null)
            {
                WriteIncident(w, incident, article.Id);
            }
            else
            {
                w.WriteNull("incident");
            }

            w.WriteEndObject();
        });
    }

    private static IResult Timeline(HttpRequest request, EventCatalog catalog, IEventStore store)
    {
        if (FilterQuery.Filter(request, out string? error) is not { } filter
            || FilterQuery.IncludeBackground(request, out error) is not { } includeBackground)
        {
            return Problems.BadRequest(error!);
        }

        CatalogSnapshot snapshot = catalog.Current;
        var days = new SortedDictionary<DateOnly, (int Events, long Fatalities)>();
        int undated = 0;
        int total = 0;
        int background = 0;
        snapshot.Scan(filter, TextSearch(store), index =>
        {
            EventRow row = snapshot.Rows[index];
            if (row.Background && !includeBackground)
            {
                background++;
                return;
            }

            total++;
            if (row.Day is not { } day)
            {
                undated++;
                return;
            }

            (int events, long fatalities) = days.GetValueOrDefault(day);
            days[day] = (events + 1, fatalities + (row.Fatalities?.Best ?? 0));
        });

        return Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("total", total);
            w.WriteNumber("undated", undated);
            w.WriteNumber("background", background);
            w.WriteStartArray("days");
            foreach ((DateOnly day, (int events, long fatalities)) in days)
            {
                w.WriteStartObject();
                ApiJson.WriteDate(w, "day", day);
                w.WriteNumber("events", events);
                w.WriteNumber("fatalities", fatalities);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static IResult Places(HttpRequest request, EventCatalog catalog, IEventStore store)
    {
        if (FilterQuery.Filter(request, out string? error) is not { } filter
            || FilterQuery.IncludeBackground(request, out error) is not { } includeBackground)
        {
            return Problems.BadRequest(error!);
        }

        CatalogSnapshot snapshot = catalog.Current;
        var places = new Dictionary<string, (EventRow First, int Events, long Fatalities)>(StringComparer.Ordinal);
        int unplaced = 0;
        int background = 0;
        snapshot.Scan(filter, TextSearch(store), index =>
        {
            EventRow row = snapshot.Rows[index];
            if (row.Background && !includeBackground)
            {
                background++;
                return;
            }

            if (row.PlaceId is not { } placeId || row.Location is not { Latitude: not null, Longitude: not null })
            {
                unplaced++;
                return;
            }

            (EventRow first, int events, long fatalities) = places.TryGetValue(placeId, out var known) ? known : (row, 0, 0);
            places[placeId] = (first, events + 1, fatalities + (row.Fatalities?.Best ?? 0));
        });

        return Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("unplaced", unplaced);
            w.WriteNumber("background", background);
            w.WriteStartArray("places");
            foreach ((string id, (EventRow row, int events, long fatalities)) in places.OrderByDescending(p => p.Value.Fatalities).ThenByDescending(p => p.Value.Events).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                EventLocation location = row.Location!;
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("name", location.Name);
                ApiJson.WriteStringOrNull(w, "country", location.Country);
                ApiJson.WriteStringOrNull(w, "country_name", row.CountryName);
                ApiJson.WriteStringOrNull(w, "admin1", location.Admin1);
                w.WriteNumber("lat", location.Latitude!.Value);
                w.WriteNumber("lon", location.Longitude!.Value);
                w.WriteString("precision", SnakeCaseEnum<LocationPrecision>.Name(location.Precision));
                w.WriteNumber("events", events);
                w.WriteNumber("fatalities", fatalities);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static IResult Actors(HttpRequest request, EventCatalog catalog, IEventStore store)
    {
        if (FilterQuery.Filter(request, out string? error) is not { } filter
            || FilterQuery.Paging(request, out error) is not { } paging
            || FilterQuery.IncludeBackground(request, out error) is not { } includeBackground)
        {
            return Problems.BadRequest(error!);
        }

        CatalogSnapshot snapshot = catalog.Current;
        string? wanted = filter.Actor;
        var actors = new Dictionary<(string Name, ActorKind Kind, string? Country), int>();
        snapshot.Scan(filter, TextSearch(store), index =>
        {
            if (snapshot.Rows[index].Background && !includeBackground)
            {
                return;
            }

            foreach (EventActor actor in snapshot.Rows[index].Actors.DistinctBy(a => (a.Name, a.Kind, a.Country)))
            {
                if (wanted is null
                    || actor.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase)
                    || actor.Mention.Text.Contains(wanted, StringComparison.OrdinalIgnoreCase))
                {
                    var key = (actor.Name, actor.Kind, actor.Country);
                    actors[key] = actors.GetValueOrDefault(key) + 1;
                }
            }
        });

        var ordered = actors.OrderByDescending(a => a.Value).ThenBy(a => a.Key.Name, StringComparer.Ordinal).ThenBy(a => a.Key.Kind).ToList();
        return Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("total", ordered.Count);
            w.WriteStartArray("actors");
            foreach (((string name, ActorKind kind, string? country), int events) in ordered.Skip(paging.Offset).Take(paging.Limit))
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteString("kind", SnakeCaseEnum<ActorKind>.Name(kind));
                ApiJson.WriteStringOrNull(w, "country", country);
                w.WriteNumber("events", events);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static IResult Summary(EventCatalog catalog)
    {
        CatalogSnapshot snapshot = catalog.Current;
        List<EventRow> counted = [.. snapshot.Rows.Where(r => !r.Background)];
        int background = snapshot.Rows.Length - counted.Count;
        var countries = counted
            .Where(r => r.Location?.Country is not null)
            .GroupBy(r => r.Location!.Country!, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Name: g.Select(r => r.CountryName).FirstOrDefault(n => n is not null) ?? g.Key, Events: g.Count()))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var types = counted.GroupBy(r => r.Type, StringComparer.Ordinal).Select(g => (Type: g.Key, Events: g.Count())).OrderByDescending(t => t.Events).ThenBy(t => t.Type, StringComparer.Ordinal).ToList();
        var statuses = counted.GroupBy(r => r.Status).Select(g => (Status: g.Key, Events: g.Count())).OrderByDescending(s => s.Events).ToList();
        DateOnly?[] days = [.. counted.Select(r => r.Day).Where(d => d is not null)];
        DateOnly?[] published = [.. snapshot.Rows.Select(r => r.Article.Published).Where(d => d is not null)];
        return Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("generation", snapshot.Generation);
            w.WriteStartObject("counts");
            w.WriteNumber("articles", snapshot.Counts.Articles);
            w.WriteNumber("events", snapshot.Counts.Events - background);
            w.WriteNumber("background_events", background);
            w.WriteNumber("incidents", snapshot.Counts.Incidents);
            w.WriteNumber("failures", snapshot.Counts.Failures);
            w.WriteEndObject();
            w.WriteBoolean("incidents_stale", snapshot.IncidentsStale);
            ApiJson.WriteDate(w, "first_day", days.Length == 0 ? null : days.Min());
            ApiJson.WriteDate(w, "last_day", days.Length == 0 ? null : days.Max());
            w.WriteStartObject("published");
            ApiJson.WriteDate(w, "first", published.Length == 0 ? null : published.Min());
            ApiJson.WriteDate(w, "last", published.Length == 0 ? null : published.Max());
            w.WriteEndObject();
            w.WriteStartArray("countries");
            foreach ((string code, string name, int events) in countries)
            {
                w.WriteStartObject();
                w.WriteString("code", code);
                w.WriteString("name", name);
                w.WriteNumber("events", events);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("types");
            foreach ((string type, int events) in types)
            {
                w.WriteStartObject();
                w.WriteString("type", type);
                w.WriteNumber("events", events);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("statuses");
            foreach ((EventStatus status, int events) in statuses)
            {
                w.WriteStartObject();
                w.WriteString("status", SnakeCaseEnum<EventStatus>.Name(status));
                w.WriteNumber("events", events);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>The claims of an incident's reports in other articles, with their articles.</summary>
    private static void WriteIncident(Utf8JsonWriter w, StoredIncident stored, string articleId)
    {
        Incident incident = stored.Incident;
        w.WriteStartObject("incident");
        w.WriteString("id", incident.Id);
        ApiJson.WriteFatalities(w, incident.Fatalities);
        w.WriteBoolean("disputed", incident.Disputed);
        w.WriteNumber("reports", incident.Reports.Length);
        w.WriteNumber("articles", incident.ArticleCount);
        w.WriteStartArray("claims");
        foreach (SourcedClaim sourced in incident.Claims.Where(c => c.ArticleId != articleId))
        {
            Claim claim = sourced.Claim;
            w.WriteStartObject();
            w.WriteString("event_id", sourced.EventId);
            ApiJson.WriteArticle(w, stored.Articles[sourced.ArticleId]);
            w.WriteStartObject("source");
            w.WriteString("name", claim.Source.Name);
            w.WriteString("kind", SnakeCaseEnum<SourceKind>.Name(claim.Source.Kind));
            w.WriteEndObject();
            ApiJson.WriteCounts(w, "killed", claim.Killed);
            ApiJson.WriteCounts(w, "injured", claim.Injured);
            w.WriteBoolean("denial", claim.Denial);
            w.WriteString("quote", claim.Evidence.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The same place, or one inside the other (a town in a region the other names), as reconciliation compares places.</summary>
    private static bool SamePlace(EventLocation? a, EventLocation? b) =>
        Linker.ComparePlaces(a, b) is PlaceMatch.Same or PlaceMatch.Within;

    /// <summary>How the catalog finds the events whose article has some words: the store's full-text index.</summary>
    internal static Func<string, IEnumerable<string>> TextSearch(IEventStore store) =>
        text => store.SearchIds(new EventFilter(Text: text));

    internal static IResult Json(Action<Utf8JsonWriter> write) => new JsonBytes(ApiJson.Bytes(write));
}
