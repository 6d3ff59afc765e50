using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mizan.IO.Output;

/// <summary>
/// Writes strings so that the JSON stays valid and faithful: Arabic and other text stay
/// readable (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>), control characters
/// are escaped, and a lone surrogate (which UTF-8 cannot carry and which
/// <see cref="Utf8JsonWriter"/> would replace with U+FFFD) is written as its <c>\uXXXX</c>
/// escape, so that every string keeps its exact UTF-16 length and offsets stay true.
/// </summary>
internal static class JsonText
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    public static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<char> value)
    {
        writer.WritePropertyName(name);
        WriteStringValue(writer, value);
    }

    public static void WriteStringOrNull(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteStringValue(writer, value);
        }
    }

    public static void WriteStringValue(Utf8JsonWriter writer, ReadOnlySpan<char> value)
    {
        if (!HasLoneSurrogate(value))
        {
            writer.WriteStringValue(value);
            return;
        }

        writer.WriteRawValue(EscapeWithSurrogates(value), skipInputValidation: true);
    }

    /// <summary>True when <paramref name="value"/> holds a surrogate that is not part of a pair.</summary>
    public static bool HasLoneSurrogate(ReadOnlySpan<char> value)
    {
        int index = value.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (index >= 0)
        {
            if (char.IsHighSurrogate(value[index]) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
            {
                index += 2;
            }
            else
            {
                return true;
            }

            int next = value[index..].IndexOfAnyInRange('\uD800', '\uDFFF');
            index = next < 0 ? -1 : index + next;
        }

        return false;
    }

    /// <summary>The JSON string literal of <paramref name="value"/>, quotes included, with lone surrogates escaped.</summary>
    private static byte[] EscapeWithSurrogates(ReadOnlySpan<char> value)
    {
        var literal = new StringBuilder(value.Length + 16);
        literal.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                literal.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            switch (c)
            {
                case '"':
                    literal.Append("\\\"");
                    break;
                case '\\':
                    literal.Append("\\\\");
                    break;
                case '\n':
                    literal.Append("\\n");
                    break;
                case '\r':
                    literal.Append("\\r");
                    break;
                case '\t':
                    literal.Append("\\t");
                    break;
                default:
                    if (c < ' ' || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u007F')
                    {
                        literal.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        literal.Append(c);
                    }

                    break;
            }
        }

        literal.Append('"');

        // Every surrogate left in the literal is part of a pair, so UTF-8 encoding is exact.
        return Encoding.UTF8.GetBytes(literal.ToString());
    }
}
