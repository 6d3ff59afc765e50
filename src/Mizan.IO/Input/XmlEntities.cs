using System.Globalization;
using System.Text;

namespace Mizan.IO.Input;

/// <summary>
/// Decodes the XML character references that TREC files may hold: <c>&amp;amp; &amp;lt;
/// &amp;gt; &amp;quot; &amp;apos;</c> and numeric ones (<c>&amp;#1605;</c>, <c>&amp;#x645;</c>).
/// Anything else is left as written.
/// </summary>
internal static class XmlEntities
{
    public static string Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int amp = text.IndexOf('&', StringComparison.Ordinal);
        if (amp < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        int copied = 0;
        while (amp >= 0)
        {
            int semicolon = text.IndexOf(';', amp + 1);
            if (semicolon < 0 || semicolon - amp > 12)
            {
                amp = text.IndexOf('&', amp + 1);
                continue;
            }

            string? replacement = Replacement(text.AsSpan(amp + 1, semicolon - amp - 1));
            if (replacement is not null)
            {
                result.Append(text, copied, amp - copied).Append(replacement);
                copied = semicolon + 1;
            }

            amp = text.IndexOf('&', replacement is null ? amp + 1 : semicolon + 1);
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }

    private static string? Replacement(ReadOnlySpan<char> name)
    {
        switch (name)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
        }

        if (name.Length < 2 || name[0] != '#')
        {
            return null;
        }

        bool parsed = name[1] is 'x' or 'X'
            ? int.TryParse(name[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int codePoint)
            : int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out codePoint);
        return parsed && Rune.IsValid(codePoint) && codePoint != 0 ? char.ConvertFromUtf32(codePoint) : null;
    }
}
