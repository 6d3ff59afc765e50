using System.Security.Cryptography;
using System.Text;

namespace Mizan.Storage.Web;

/// <summary>The ids and hashes of articles read from the web.</summary>
public static class WebArticleIds
{
    /// <summary>The id of the article at a normalised address: <c>web-</c> and 16 hex digits of its SHA-256.</summary>
    public static string ForUrl(string normalisedUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(normalisedUrl);
        return "web-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalisedUrl)).AsSpan(0, 8));
    }

    /// <summary>
    /// The hash of an article's title and body with white space collapsed (32 hex digits): the
    /// same article under two addresses, or fetched twice, has the same one.
    /// </summary>
    public static string TextHash(string? title, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = new StringBuilder();
        foreach (string part in (title ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Append("\n")
            .Concat(body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        {
            text.Append(part).Append(' ');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }
}
