using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Mizan.Events;
using Mizan.Pipeline;
using Mizan.Text;

namespace Mizan.IO.Output;

/// <summary>
/// Writes one analysed article as one JSON object, the output contract of <c>mizan extract</c>:
/// <c>article</c> (id, title, published, published_at when known, source, url, language), <c>text</c> (the string every
/// offset points into) and <c>events</c> with every field of the event model. Enum values are
/// written in snake case (<c>state_forces</c>, <c>near_town</c>); dates as <c>yyyy-MM-dd</c>.
/// Every quote is written as the slice of <c>text</c> its offsets name, so
/// <c>evidence.text == text[start:end]</c> always holds; an offset outside the text throws.
/// Mentions (actors, places, dates, sources) carry their offsets as <c>span</c>.
/// </summary>
public static class ExtractionJsonWriter
{
    /// <summary>Writes the article's JSON object followed by a line feed (one line of JSON Lines).</summary>
    public static void WriteLine(IBufferWriter<byte> destination, Document document)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using (var writer = new Utf8JsonWriter(destination, JsonText.WriterOptions))
        {
            Write(writer, document);
        }

        destination.Write("\n"u8);
    }

    /// <summary>The article's JSON line as UTF-8 bytes, line feed included.</summary>
    public static byte[] ToJsonLine(Document document)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        WriteLine(buffer, document);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the article's JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        writer.WriteStartObject();
        WriteArticle(writer, document.Article);
        JsonText.WriteString(writer, Names.Text, text);
        writer.WriteStartArray(Names.Events);
        foreach (Event e in document.Events)
        {
            WriteEvent(writer, e, text);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter writer, Article article)
    {
        writer.WriteStartObject(Names.Article);
        JsonText.WriteString(writer, Names.Id, article.Id);
        JsonText.WriteStringOrNull(writer, Names.Title, string.IsNullOrEmpty(article.Title) ? null : article.Title);
        WriteDateOrNull(writer, Names.Published, article.Published);
        if (article.PublishedAt is { } at)
        {
            // Only when the input gives it: the hour that moves the day relative dates count from.
            writer.WriteString(Names.PublishedAt, at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }

        JsonText.WriteStringOrNull(writer, Names.Source, article.Source);
        JsonText.WriteStringOrNull(writer, Names.Url, article.Url);
        JsonText.WriteString(writer, Names.Language, article.Language);
        writer.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter writer, Event e, string text)
    {
        writer.WriteStartObject();
        JsonText.WriteString(writer, Names.Id, e.Id);
        JsonText.WriteString(writer, Names.Type, e.Type);
        writer.WriteString(Names.Status, SnakeCaseNames<EventStatus>.Of(e.Status));
        if (e.Acled is { } acled)
        {
            writer.WriteStartObject(Names.Acled);
            JsonText.WriteString(writer, Names.EventType, acled.EventType);
            JsonText.WriteString(writer, Names.SubEventType, acled.SubEventType);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Names.Acled);
        }

        writer.WriteStartArray(Names.Actors);
        foreach (EventActor actor in e.Actors)
        {
            writer.WriteStartObject();
            JsonText.WriteString(writer, Names.Role, actor.Role);
            WriteMention(writer, actor.Mention, text);
            JsonText.WriteString(writer, Names.Name, actor.Name);
            writer.WriteString(Names.Kind, SnakeCaseNames<ActorKind>.Of(actor.Kind));
            JsonText.WriteStringOrNull(writer, Names.Country, actor.Country);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteLocation(writer, e.Location, text);
        WriteDate(writer, e.Date, text);

        writer.WriteStartArray(Names.Claims);
        foreach (Claim claim in e.Claims)
        {
            WriteClaim(writer, claim, text);
        }

        writer.WriteEndArray();

        if (e.Fatalities is { } fatalities)
        {
            writer.WriteStartObject(Names.Fatalities);
            writer.WriteNumber(Names.Low, fatalities.Low);
            writer.WriteNumber(Names.Best, fatalities.Best);
            writer.WriteNumber(Names.High, fatalities.High);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Names.Fatalities);
        }

        writer.WriteStartArray(Names.Evidence);
        foreach (Evidence evidence in e.Evidence)
        {
            WriteEvidence(writer, evidence, text);
        }

        writer.WriteEndArray();
        writer.WriteBoolean(Names.Background, e.Background);
        writer.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter writer, EventLocation? location, string text)
    {
        if (location is null)
        {
            writer.WriteNull(Names.Location);
            return;
        }

        writer.WriteStartObject(Names.Location);
        WriteMention(writer, location.Mention, text);
        JsonText.WriteString(writer, Names.Name, location.Name);
        JsonText.WriteStringOrNull(writer, Names.Country, location.Country);
        JsonText.WriteStringOrNull(writer, Names.Admin1, location.Admin1);
        WriteNumberOrNull(writer, Names.Lat, location.Latitude);
        WriteNumberOrNull(writer, Names.Lon, location.Longitude);
        writer.WriteString(Names.Precision, SnakeCaseNames<LocationPrecision>.Of(location.Precision));
        JsonText.WriteStringOrNull(writer, Names.GazetteerId, location.GazetteerId);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, EventDate? date, string text)
    {
        if (date is null)
        {
            writer.WriteNull(Names.Date);
            return;
        }

        writer.WriteStartObject(Names.Date);
        WriteMention(writer, date.Mention, text);
        WriteDateOrNull(writer, Names.Start, date.Start);
        WriteDateOrNull(writer, Names.End, date.End);
        if (date.Precision is { } precision)
        {
            writer.WriteString(Names.Precision, SnakeCaseNames<DatePrecision>.Of(precision));
        }
        else
        {
            writer.WriteNull(Names.Precision);
        }

        writer.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter writer, Claim claim, string text)
    {
        writer.WriteStartObject();
        writer.WriteStartObject(Names.Source);
        if (claim.Source.Mention is { } mention)
        {
            WriteMention(writer, mention, text);
        }
        else
        {
            writer.WriteNull(Names.Text);
            writer.WriteNull(Names.Span);
        }

        JsonText.WriteString(writer, Names.Name, claim.Source.Name);
        writer.WriteString(Names.Kind, SnakeCaseNames<SourceKind>.Of(claim.Source.Kind));
        writer.WriteEndObject();

        // killed and injured are always objects; the rarer figures appear only when given.
        WriteCounts(writer, Names.Killed, claim.Killed, always: true);
        WriteCounts(writer, Names.Injured, claim.Injured, always: true);
        WriteCounts(writer, Names.Captured, claim.Captured, always: false);
        WriteCounts(writer, Names.Missing, claim.Missing, always: false);
        WriteCounts(writer, Names.Displaced, claim.Displaced, always: false);
        writer.WriteBoolean(Names.Denial, claim.Denial);
        writer.WritePropertyName(Names.Evidence);
        WriteEvidence(writer, claim.Evidence, text);
        writer.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter writer, JsonEncodedText name, ImmutableSortedDictionary<string, CountRange>? counts, bool always)
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
            writer.WritePropertyName(side);
            writer.WriteStartObject();
            writer.WriteNumber(Names.Low, range.Low);
            if (range.High is { } high)
            {
                writer.WriteNumber(Names.High, high);
            }
            else
            {
                writer.WriteNull(Names.High);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary><c>{"start","end","text"}</c>, the text taken from the article text.</summary>
    private static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence, string text)
    {
        TextSpan span = CheckedSpan(evidence, text);
        writer.WriteStartObject();
        writer.WriteNumber(Names.Start, span.Start);
        writer.WriteNumber(Names.End, span.End);
        JsonText.WriteString(writer, Names.Text, text.AsSpan(span.Start, span.Length));
        writer.WriteEndObject();
    }

    /// <summary><c>"text": "...", "span": {"start","end"}</c> inside the current object.</summary>
    private static void WriteMention(Utf8JsonWriter writer, Evidence mention, string text)
    {
        TextSpan span = CheckedSpan(mention, text);
        JsonText.WriteString(writer, Names.Text, text.AsSpan(span.Start, span.Length));
        writer.WriteStartObject(Names.Span);
        writer.WriteNumber(Names.Start, span.Start);
        writer.WriteNumber(Names.End, span.End);
        writer.WriteEndObject();
    }

    private static TextSpan CheckedSpan(Evidence evidence, string text)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Start < 0 || evidence.End < evidence.Start || evidence.End > text.Length)
        {
            throw new InvalidOperationException(
                $"Evidence [{evidence.Start},{evidence.End}) lies outside the article text (length {text.Length}).");
        }

        return new TextSpan(evidence.Start, evidence.End);
    }

    private static void WriteDateOrNull(Utf8JsonWriter writer, JsonEncodedText name, DateOnly? date)
    {
        if (date is { } value)
        {
            Span<char> buffer = stackalloc char[10];
            value.TryFormat(buffer, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.WriteString(name, buffer[..written]);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, JsonEncodedText name, double? value)
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

    /// <summary>Property names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Article = JsonEncodedText.Encode("article");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
        public static readonly JsonEncodedText PublishedAt = JsonEncodedText.Encode("published_at");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        public static readonly JsonEncodedText Acled = JsonEncodedText.Encode("acled");
        public static readonly JsonEncodedText EventType = JsonEncodedText.Encode("event_type");
        public static readonly JsonEncodedText SubEventType = JsonEncodedText.Encode("sub_event_type");
        public static readonly JsonEncodedText Actors = JsonEncodedText.Encode("actors");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
        public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
        public static readonly JsonEncodedText Admin1 = JsonEncodedText.Encode("admin1");
        public static readonly JsonEncodedText Lat = JsonEncodedText.Encode("lat");
        public static readonly JsonEncodedText Lon = JsonEncodedText.Encode("lon");
        public static readonly JsonEncodedText Precision = JsonEncodedText.Encode("precision");
        public static readonly JsonEncodedText GazetteerId = JsonEncodedText.Encode("gazetteer_id");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Span = JsonEncodedText.Encode("span");
        public static readonly JsonEncodedText Claims = JsonEncodedText.Encode("claims");
        public static readonly JsonEncodedText Killed = JsonEncodedText.Encode("killed");
        public static readonly JsonEncodedText Injured = JsonEncodedText.Encode("injured");
        public static readonly JsonEncodedText Captured = JsonEncodedText.Encode("captured");
        public static readonly JsonEncodedText Missing = JsonEncodedText.Encode("missing");
        public static readonly JsonEncodedText Displaced = JsonEncodedText.Encode("displaced");
        public static readonly JsonEncodedText Denial = JsonEncodedText.Encode("denial");
        public static readonly JsonEncodedText Low = JsonEncodedText.Encode("low");
        public static readonly JsonEncodedText Best = JsonEncodedText.Encode("best");
        public static readonly JsonEncodedText High = JsonEncodedText.Encode("high");
        public static readonly JsonEncodedText Fatalities = JsonEncodedText.Encode("fatalities");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText Background = JsonEncodedText.Encode("background");
    }
}
