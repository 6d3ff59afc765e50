using System.Text;

namespace Mizan.Watch.Urls;

/// <summary>
/// One spelling per address, so that the same article reached by two links is known as one:
/// scheme and host in lower case, the default port and the fragment dropped, tracking parameters
/// (<c>utm_*</c>, <c>fbclid</c>, <c>gclid</c>, …) and AMP markers (<c>amp=1</c>, <c>outputType=amp</c>,
/// a last path segment <c>amp</c>) removed, the other query parameters sorted.
/// </summary>
public static class UrlNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "cmpid", "ocid",
        "amp", "outputtype",
    };

    /// <summary>The normalised address, or null when it is not an absolute http or https address.</summary>
    public static string? Normalize(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out Uri? uri) ? Normalize(uri) : null;

    /// <summary>The normalised address, or null when it is not http or https.</summary>
    public static string? Normalize(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append(uri.Scheme).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            text.Append(':').Append(uri.Port);
        }

        string path = uri.AbsolutePath;
        if (path.EndsWith("/amp", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/amp/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..path.LastIndexOf("/amp", StringComparison.OrdinalIgnoreCase)];
        }

        if (path.EndsWith(".amp", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }

        text.Append(path.Length == 0 ? "/" : path);
        var parameters = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (parameters.Count > 0)
        {
            text.Append('?').AppendJoin('&', parameters);
        }

        return text.ToString();
    }

    private static bool IsTracking(string parameter)
    {
        int equals = parameter.IndexOf('=', StringComparison.Ordinal);
        string name = Uri.UnescapeDataString(equals < 0 ? parameter : parameter[..equals]);
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
    }
}
