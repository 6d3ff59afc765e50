using System.Collections.Immutable;
using System.Text.Json;
using Mizan.Events;
using Mizan.Reconciliation;

namespace Mizan.Storage.Export;

/// <summary>
/// Writes events and incidents as JSON. An event has the fields and names of the output contract
/// of <c>mizan extract</c> (<c>shared/eval/README.md</c>), quotes included; an incident adds its
/// reconciled date, place, actors, fatalities and its reports with their articles.
/// </summary>
public static class EventJson
{
    public static void WriteIncident(Utf8JsonWriter writer, StoredIncident stored)
    {
        Incident incident = stored.Incident;
        writer.WriteStartObject();
        writer.WriteString("id", incident.Id);
        writer.WriteString("type", incident.Type);
        writer.WriteString("status", SnakeCaseEnum<EventStatus>.Name(incident.Status));
        WriteAcled(writer, incident.Acled);
        if (incident.Date is { } date)
        {
            writer.WriteStartObject("date");
            writer.WriteString("start", ExportText.Date(date.Start));
            writer.WriteString("end", ExportText.Date(date.End));
            writer.WriteString("precision", SnakeCaseEnum<DatePrecision>.Name(date.Precision));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("date");
        }

        if (incident.Location is { } location)
        {
            writer.WriteStartObject("location");
            writer.WriteString("name", location.Name);
            WriteStringOrNull(writer, "country", location.Country);
            WriteStringOrNull(writer, "country_name", stored.Country?.Name);
            WriteStringOrNull(writer, "region", stored.Country?.Region);
            WriteStringOrNull(writer, "admin1", location.Admin1);
            WriteNumberOrNull(writer, "lat", location.Latitude);
            WriteNumberOrNull(writer, "lon", location.Longitude);
            writer.WriteString("precision", SnakeCaseEnum<LocationPrecision>.Name(location.Precision));
            WriteStringOrNull(writer, "gazetteer_id", location.GazetteerId);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("location");
        }

        writer.WriteStartArray("actors");
        foreach (EventActor actor in incident.Actors)
        {
            writer.WriteStartObject();
            writer.WriteString("role", actor.Role);
            writer.WriteString("name", actor.Name);
            writer.WriteString("kind", SnakeCaseEnum<ActorKind>.Name(actor.Kind));
            WriteStringOrNull(writer, "country", actor.Country);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteFatalities(writer, incident.Fatalities);
        if (incident.ConservativeFatalities is { } conservative)
        {
            writer.WriteNumber("fatalities_conservative", conservative);
        }
        else
        {
            writer.WriteNull("fatalities_conservative");
        }

        writer.WriteBoolean("disputed", incident.Disputed);
        writer.WriteBoolean("background", incident.Background);
        writer.WriteNumber("articles", incident.ArticleCount);
        writer.WriteStartArray("reports");
        foreach (Report report in incident.Reports)
        {
            writer.WriteStartObject();
            WriteArticle(writer, stored.ArticleOf(report));
            writer.WritePropertyName("event");
            WriteEvent(writer, report.Event);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteArticle(Utf8JsonWriter writer, ArticleInfo article)
    {
        writer.WriteStartObject("article");
        writer.WriteString("id", article.Id);
        WriteStringOrNull(writer, "title", article.Title);
        WriteStringOrNull(writer, "published", ExportText.Date(article.Published));
        WriteStringOrNull(writer, "source", article.Source);
        WriteStringOrNull(writer, "url", article.Url);
        writer.WriteString("language", article.Language);
        writer.WriteEndObject();
    }

    public static void WriteEvent(Utf8JsonWriter writer, Event e)
    {
        writer.WriteStartObject();
        writer.WriteString("id", e.Id);
        writer.WriteString("type", e.Type);
        writer.WriteString("status", SnakeCaseEnum<EventStatus>.Name(e.Status));
        WriteAcled(writer, e.Acled);
        writer.WriteStartArray("actors");
        foreach (EventActor actor in e.Actors)
        {
            writer.WriteStartObject();
            writer.WriteString("role", actor.Role);
            WriteMention(writer, actor.Mention);
            writer.WriteString("name", actor.Name);
            writer.WriteString("kind", SnakeCaseEnum<ActorKind>.Name(actor.Kind));
            WriteStringOrNull(writer, "country", actor.Country);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (e.Location is { } location)
        {
            writer.WriteStartObject("location");
            WriteMention(writer, location.Mention);
            writer.WriteString("name", location.Name);
            WriteStringOrNull(writer, "country", location.Country);
            WriteStringOrNull(writer, "admin1", location.Admin1);
            WriteNumberOrNull(writer, "lat", location.Latitude);
            WriteNumberOrNull(writer, "lon", location.Longitude);
            writer.WriteString("precision", SnakeCaseEnum<LocationPrecision>.Name(location.Precision));
            WriteStringOrNull(writer, "gazetteer_id", location.GazetteerId);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("location");
        }

        if (e.Date is { } date)
        {
            writer.WriteStartObject("date");
            WriteMention(writer, date.Mention);
            WriteStringOrNull(writer, "start", ExportText.Date(date.Start));
            WriteStringOrNull(writer, "end", ExportText.Date(date.End));
            WriteStringOrNull(writer, "precision", date.Precision is { } p ? SnakeCaseEnum<DatePrecision>.Name(p) : null);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("date");
        }

        writer.WriteStartArray("claims");
        foreach (Claim claim in e.Claims)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("source");
            if (claim.Source.Mention is { } mention)
            {
                WriteMention(writer, mention);
            }
            else
            {
                writer.WriteNull("text");
                writer.WriteNull("span");
            }

            writer.WriteString("name", claim.Source.Name);
            writer.WriteString("kind", SnakeCaseEnum<SourceKind>.Name(claim.Source.Kind));
            writer.WriteEndObject();
            WriteCounts(writer, "killed", claim.Killed, always: true);
            WriteCounts(writer, "injured", claim.Injured, always: true);
            WriteCounts(writer, "captured", claim.Captured, always: false);
            WriteCounts(writer, "missing", claim.Missing, always: false);
            WriteCounts(writer, "displaced", claim.Displaced, always: false);
            writer.WriteBoolean("denial", claim.Denial);
            writer.WritePropertyName("evidence");
            WriteEvidence(writer, claim.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteFatalities(writer, e.Fatalities);
        writer.WriteStartArray("evidence");
        foreach (Evidence evidence in e.Evidence)
        {
            WriteEvidence(writer, evidence);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("background", e.Background);
        writer.WriteEndObject();
    }

    /// <summary>The ACLED type as an object named <c>acled</c>, or null.</summary>
    public static void WriteAcled(Utf8JsonWriter writer, AcledType? acled)
    {
        if (acled is null)
        {
            writer.WriteNull("acled");
            return;
        }

        writer.WriteStartObject("acled");
        writer.WriteString("event_type", acled.EventType);
        writer.WriteString("sub_event_type", acled.SubEventType);
        writer.WriteEndObject();
    }

    /// <summary>The low / best / high estimate as an object named <c>fatalities</c>, or null.</summary>
    public static void WriteFatalities(Utf8JsonWriter writer, FatalityEstimate? fatalities)
    {
        if (fatalities is null)
        {
            writer.WriteNull("fatalities");
            return;
        }

        writer.WriteStartObject("fatalities");
        writer.WriteNumber("low", fatalities.Low);
        writer.WriteNumber("best", fatalities.Best);
        writer.WriteNumber("high", fatalities.High);
        writer.WriteEndObject();
    }

    /// <summary>A count per side, <c>{"total": {"low": 20, "high": 20}}</c>; an empty object when there is none and <paramref name="always"/>.</summary>
    public static void WriteCounts(Utf8JsonWriter writer, string name, ImmutableSortedDictionary<string, CountRange>? counts, bool always)
    {
        if (counts is null || counts.IsEmpty)
        {
            if (always)
            {
                writer.WriteStartObject(name);
                writer.WriteEndObject();
            }

            return;
        }

        writer.WriteStartObject(name);
        foreach ((string side, CountRange range) in counts)
        {
            writer.WriteStartObject(side);
            writer.WriteNumber("low", range.Low);
            if (range.High is { } high)
            {
                writer.WriteNumber("high", high);
            }
            else
            {
                writer.WriteNull("high");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteMention(Utf8JsonWriter writer, Evidence mention)
    {
        writer.WriteString("text", mention.Text);
        writer.WriteStartObject("span");
        writer.WriteNumber("start", mention.Start);
        writer.WriteNumber("end", mention.End);
        writer.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", evidence.Start);
        writer.WriteNumber("end", evidence.End);
        writer.WriteString("text", evidence.Text);
        writer.WriteEndObject();
    }

    /// <summary>A string, or null.</summary>
    public static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
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

    /// <summary>A finite number, or null.</summary>
    public static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
