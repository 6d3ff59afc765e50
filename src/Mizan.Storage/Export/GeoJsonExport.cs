using System.Text.Json;
using Mizan.Events;
using Mizan.Reconciliation;

namespace Mizan.Storage.Export;

/// <summary>
/// A GeoJSON FeatureCollection (RFC 7946): one Point feature per incident with coordinates
/// (longitude, latitude in WGS 84), its id as the feature id, and flat properties that any GIS
/// can show as columns.
/// </summary>
public static class GeoJsonExport
{
    /// <summary>The properties of every feature, in order.</summary>
    public static readonly IReadOnlyList<string> Properties =
    [
        "id", "type", "status", "event_type", "sub_event_type", "date_start", "date_end", "date_precision",
        "location", "country", "country_name", "admin1", "precision", "actor1", "actor2",
        "fatalities_low", "fatalities_best", "fatalities_high", "fatalities_conservative", "disputed",
        "background", "reports", "sources", "articles",
    ];

    /// <summary>Whether an incident can be a feature: it has coordinates.</summary>
    public static bool InScope(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Location is { Latitude: { } lat, Longitude: { } lon } && double.IsFinite(lat) && double.IsFinite(lon);
    }

    internal static void WriteStart(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
    }

    internal static void WriteEnd(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static void WriteFeature(Utf8JsonWriter writer, StoredIncident stored)
    {
        Incident incident = stored.Incident;
        EventLocation location = incident.Location!;
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", incident.Id);
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");
        writer.WriteNumberValue(location.Longitude!.Value);
        writer.WriteNumberValue(location.Latitude!.Value);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("id", incident.Id);
        writer.WriteString("type", incident.Type);
        writer.WriteString("status", SnakeCaseEnum<EventStatus>.Name(incident.Status));
        String(writer, "event_type", incident.Acled?.EventType);
        String(writer, "sub_event_type", incident.Acled?.SubEventType);
        String(writer, "date_start", ExportText.Date(incident.Date?.Start));
        String(writer, "date_end", ExportText.Date(incident.Date?.End));
        String(writer, "date_precision", incident.Date is { } d ? SnakeCaseEnum<DatePrecision>.Name(d.Precision) : null);
        String(writer, "location", location.Name);
        String(writer, "country", location.Country);
        String(writer, "country_name", stored.Country?.Name);
        String(writer, "admin1", location.Admin1);
        String(writer, "precision", SnakeCaseEnum<LocationPrecision>.Name(location.Precision));
        String(writer, "actor1", ExportText.Actor(incident, "actor1")?.Name);
        String(writer, "actor2", ExportText.Actor(incident, "actor2")?.Name);
        Number(writer, "fatalities_low", incident.Fatalities?.Low);
        Number(writer, "fatalities_best", incident.Fatalities?.Best);
        Number(writer, "fatalities_high", incident.Fatalities?.High);
        Number(writer, "fatalities_conservative", incident.ConservativeFatalities);
        writer.WriteBoolean("disputed", incident.Disputed);
        writer.WriteBoolean("background", incident.Background);
        writer.WriteNumber("reports", incident.Reports.Length);
        writer.WriteString("sources", string.Join("; ", ExportText.Outlets(stored)));
        writer.WriteString("articles", string.Join("; ", ExportText.Articles(stored).Select(a => a.Id)));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
