using System.Text;
using System.Text.RegularExpressions;

namespace Mizan.Watch.Text;

/// <summary>
/// Decodes a page or feed: a byte order mark first, then the charset of the <c>Content-Type</c>
/// header, then the one a <c>&lt;meta&gt;</c> tag or the XML declaration names in the first
/// kilobytes, then UTF-8; bytes that are not UTF-8 with no charset named are read as
/// windows-1256, the common legacy charset of Arabic sites. Code pages come from
/// <see cref="CodePagesEncodingProvider"/>.
/// </summary>
public static partial class Charsets
{
    private const int SniffBytes = 4096;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    static Charsets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text of <paramref name="body"/>, and the encoding it was read with.</summary>
    public static (string Text, Encoding Encoding) Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(body[3..]), Encoding.UTF8);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(body[2..]), Encoding.Unicode);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(body[2..]), Encoding.BigEndianUnicode);
        }

        Encoding? named = Find(headerCharset) ?? Find(Sniff(body));
        if (named is not null)
        {
            return (named.GetString(body), named);
        }

        try
        {
            return (StrictUtf8.GetString(body), Encoding.UTF8);
        }
        catch (DecoderFallbackException)
        {
            Encoding arabic = Encoding.GetEncoding(1256);
            return (arabic.GetString(body), arabic);
        }
    }

    /// <summary>The encoding a charset label names (<c>utf-8</c>, <c>windows-1256</c>, <c>cp1256</c>, <c>iso-8859-6</c>), or null.</summary>
    public static Encoding? Find(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        string name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "cp1256" or "x-cp1256" or "win-1256" or "windows1256" => "windows-1256",
            "utf8" => "utf-8",
            _ => name,
        };
        try
        {
            Encoding encoding = Encoding.GetEncoding(name);

            // A page that says UTF-16 in a meta tag but has no byte order mark is ASCII-compatible (HTML's rule).
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The charset named in the first kilobytes: <c>&lt;meta charset&gt;</c>, <c>&lt;meta http-equiv content="…; charset=…"&gt;</c> or <c>&lt;?xml … encoding="…"?&gt;</c>.</summary>
    internal static string? Sniff(ReadOnlySpan<byte> body)
    {
        string head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, SniffBytes)]);
        Match match = MetaCharset().Match(head);
        if (match.Success)
        {
            return match.Groups["charset"].Value;
        }

        match = XmlEncoding().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?(?<charset>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""^\s*<\?xml\b[^>]*?encoding\s*=\s*["'](?<charset>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
