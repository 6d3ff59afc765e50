using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Mizan.Events;
using Mizan.Storage;
using Mizan.Storage.Export;

namespace Mizan.Server.Api;

/// <summary>
/// The JSON the API writes (UTF-8, Arabic as is, snake-case names as in the output contract of
/// <c>mizan extract</c>). Served as <c>application/json</c> with <c>nosniff</c>, so it is never
/// taken for HTML; the page puts every string into the document as text.
/// </summary>
internal static class ApiJson
{
    /// <summary>The content type of every JSON answer.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>The longest first quote a list row carries, in UTF-16 units.</summary>
    public const int QuoteLength = 280;

    /// <summary>Writes a document with <paramref name="write"/> and returns its bytes.</summary>
    public static byte[] Bytes(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, IncidentExporter.JsonOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>An event as a list row: what a list, a map and a timeline need, without claims.</summary>
    public static void WriteRow(Utf8JsonWriter writer, EventRow row)
    {
        writer.WriteStartObject();
        writer.WriteString("id", row.Id);
        writer.WriteString("type", row.Type);
        writer.WriteString("status", SnakeCaseEnum<EventStatus>.Name(row.Status));
        EventJson.WriteAcled(writer, row.Acled);

        WriteDate(writer, "day", row.Day);
        if (row.Date is { } date)
        {
            writer.WriteStartObject("date");
            writer.WriteString("text", date.Mention.Text);
            WriteDate(writer, "start", date.Start);
            WriteDate(writer, "end", date.End);
            WriteStringOrNull(writer, "precision", date.Precision is { } p ? SnakeCaseEnum<DatePrecision>.Name(p) : null);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("date");
        }

        if (row.Location is { } location)
        {
            writer.WriteStartObject("place");
            WriteStringOrNull(writer, "id", row.PlaceId);
            writer.WriteString("name", location.Name);
            writer.WriteString("text", location.Mention.Text);
            WriteStringOrNull(writer, "country", location.Country);
            WriteStringOrNull(writer, "country_name", row.CountryName);
            WriteStringOrNull(writer, "admin1", location.Admin1);
            WriteNumberOrNull(writer, "lat", location.Latitude);
            WriteNumberOrNull(writer, "lon", location.Longitude);
            writer.WriteString("precision", SnakeCaseEnum<LocationPrecision>.Name(location.Precision));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("place");
        }

        writer.WriteStartArray("actors");
        foreach (EventActor actor in row.Actors)
        {
            writer.WriteStartObject();
            writer.WriteString("role", actor.Role);
            writer.WriteString("name", actor.Name);
            writer.WriteString("kind", SnakeCaseEnum<ActorKind>.Name(actor.Kind));
            WriteStringOrNull(writer, "country", actor.Country);
            writer.WriteString("text", actor.Mention.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteFatalities(writer, row.Fatalities);
        writer.WriteBoolean("background", row.Background);
        WriteStringOrNull(writer, "quote", row.FirstEvidence is { } quote ? Clip(quote, QuoteLength) : null);
        writer.WriteStartObject("article");
        writer.WriteString("id", row.Article.Id);
        WriteStringOrNull(writer, "title", row.Article.Title);
        WriteDate(writer, "published", row.Article.Published);
        WriteStringOrNull(writer, "source", row.Article.Source);
        writer.WriteEndObject();
        WriteStringOrNull(writer, "incident", row.IncidentId);
        writer.WriteBoolean("disputed", row.Disputed);
        writer.WriteEndObject();
    }

    /// <summary>An article's metadata as an object named <c>article</c>.</summary>
    public static void WriteArticle(Utf8JsonWriter writer, ArticleInfo article) => EventJson.WriteArticle(writer, article);

    /// <summary>A count per side, <c>{"total": {"low": 20, "high": 20}}</c>.</summary>
    public static void WriteCounts(Utf8JsonWriter writer, string name, ImmutableSortedDictionary<string, CountRange>? counts) =>
        EventJson.WriteCounts(writer, name, counts, always: true);

    /// <summary>The low / best / high estimate, or null.</summary>
    public static void WriteFatalities(Utf8JsonWriter writer, FatalityEstimate? fatalities) => EventJson.WriteFatalities(writer, fatalities);

    public static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>A string, or null.</summary>
    public static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value) => EventJson.WriteStringOrNull(writer, name, value);

    /// <summary>A finite number, or null.</summary>
    public static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value) => EventJson.WriteNumberOrNull(writer, name, value);

    /// <summary>At most <paramref name="max"/> UTF-16 units of a quote, never cutting a surrogate pair, with an ellipsis when cut.</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        int end = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return string.Concat(text.AsSpan(0, end).TrimEnd(), "…");
    }
}
