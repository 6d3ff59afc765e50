using System.Collections.Immutable;
using System.Text.Json;
using Mizan.Pipeline;

namespace Mizan.IO.Input;

/// <summary>
/// JSON Lines: one object per line, <c>{"id","text","title"?,"published"?,"source"?,"url"?}</c>.
/// Blank lines are skipped; a bad line is reported with its number and the next line is read.
/// </summary>
internal static class JsonLinesFormat
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 64,
    };

    public static IEnumerable<ReadResult> Read(InputContext input)
    {
        Utf8LineReader lines = input.Lines;
        bool any = false;
        while (lines.ReadLine())
        {
            long number = lines.LineNumber;
            if (lines.LineTooLong)
            {
                any = true;
                yield return input.TooLarge(number, "the line", lines.LineByteCount);
                continue;
            }

            ReadOnlySpan<byte> line = lines.Line;
            if (line.Trim(" \t\r\f\v"u8).IsEmpty)
            {
                continue;
            }

            any = true;
            if (Utf8Check.Problem(line) is { } problem)
            {
                yield return input.Error(number, ReadErrorCodes.InvalidUtf8, problem);
                continue;
            }

            yield return ParseLine(line, input, number);
        }

        if (lines.Failure is { } failure)
        {
            yield return input.FailureOf(failure);
        }
        else if (!any)
        {
            yield return input.Error(null, ReadErrorCodes.EmptyInput, "the file holds only blank lines; no article");
        }
    }

    /// <summary>Reads one line's object into an article, or says what is wrong with it.</summary>
    internal static ReadResult ParseLine(ReadOnlySpan<byte> line, InputContext input, long number)
    {
        try
        {
            return ParseObject(line, input, number);
        }
        catch (JsonException ex)
        {
            return input.Error(number, ReadErrorCodes.JsonMalformed, $"not valid JSON: {ParserMessage(ex)}");
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader.GetString on a string that does not decode (e.g. a lone surrogate escape).
            return input.Error(number, ReadErrorCodes.JsonMalformed, $"not valid JSON: {ex.Message}");
        }
    }

    private static ReadResult ParseObject(ReadOnlySpan<byte> line, InputContext input, long number)
    {
        var reader = new Utf8JsonReader(line, ReaderOptions);
        reader.Read();
        JsonTokenType first = reader.TokenType;
        if (first != JsonTokenType.StartObject)
        {
            // Read the rest so that malformed JSON is reported as such rather than as "not an object".
            reader.Skip();
            while (reader.Read())
            {
            }

            return input.Error(number, ReadErrorCodes.JsonNotObject, $"the line is a JSON {Describe(first)}, not an object with \"id\" and \"text\"");
        }

        string? id = null;
        string? text = null;
        string? title = null;
        string? published = null;
        string? source = null;
        string? url = null;
        string? fieldError = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "id":
                    if (reader.TokenType == JsonTokenType.Number)
                    {
                        id = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                    }
                    else
                    {
                        id = StringOrNull(ref reader, name, ref fieldError);
                    }

                    break;
                case "text":
                    text = StringOrNull(ref reader, name, ref fieldError);
                    break;
                case "title":
                    title = StringOrNull(ref reader, name, ref fieldError);
                    break;
                case "published":
                    published = StringOrNull(ref reader, name, ref fieldError);
                    break;
                case "source":
                    source = StringOrNull(ref reader, name, ref fieldError);
                    break;
                case "url":
                    url = StringOrNull(ref reader, name, ref fieldError);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        // The object is complete; nothing may follow it on the line.
        if (reader.Read())
        {
            throw new JsonException($"'{(char)line[(int)reader.TokenStartIndex]}' after the end of the object at byte {reader.TokenStartIndex + 1}.");
        }

        if (fieldError is not null)
        {
            return input.Error(number, ReadErrorCodes.JsonInvalidField, fieldError);
        }

        if (string.IsNullOrWhiteSpace(id) || text is null)
        {
            string missing = (string.IsNullOrWhiteSpace(id), text is null) switch
            {
                (true, true) => "\"id\" and \"text\"",
                (true, false) => "\"id\"",
                _ => "\"text\"",
            };
            return input.Error(number, ReadErrorCodes.JsonMissingField, $"the object has no {missing} (every line needs a non-empty \"id\" string and a \"text\" string)");
        }

        DateOnly? date = null;
        ImmutableArray<ReadError> warnings = [];
        if (!string.IsNullOrWhiteSpace(published))
        {
            if (PublishedDate.TryParse(published, out DateOnly parsed))
            {
                date = parsed;
            }
            else
            {
                warnings = [new ReadError(input.DisplayName, number, ReadErrorCodes.InvalidDate, $"\"published\" of {id.Trim()} is \"{published}\", which is not a date Mizan reads ({PublishedDate.Forms}); the article is read with its date unknown")];
            }
        }

        var article = new Article(id.Trim(), string.IsNullOrEmpty(title) ? null : title, text, date, NullIfEmpty(source), NullIfEmpty(url))
        {
            PublishedAt = published is not null && PublishedDate.TryParseTime(published, out DateTimeOffset at) ? at : null,
        };
        return ReadResult.Success(article, input.DisplayName, number, warnings);
    }

    private static string? StringOrNull(ref Utf8JsonReader reader, string name, ref string? fieldError)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Null:
                return null;
            default:
                fieldError ??= $"\"{name}\" must be a string, not a JSON {Describe(reader.TokenType)}";
                reader.Skip();
                return null;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartArray or JsonTokenType.EndArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "object",
        _ => "value",
    };

    /// <summary>The parser's message without its "LineNumber: 0 | BytePositionInLine: n." tail, with the column instead.</summary>
    private static string ParserMessage(JsonException ex)
    {
        string message = ex.Message;
        int tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (tail < 0)
        {
            tail = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        if (tail >= 0)
        {
            message = message[..tail];
        }

        return ex.BytePositionInLine is { } position ? $"{message} (at byte {position + 1} of the line)" : message;
    }
}
