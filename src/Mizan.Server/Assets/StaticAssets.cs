using System.Collections.Frozen;
using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Mizan.Server.Assets;

/// <summary>
/// The web page's files, compiled into this assembly (<c>wwwroot/</c> and the country outlines),
/// served from memory with an ETag, gzip-compressed when the browser accepts it.
/// </summary>
internal sealed class StaticAssets
{
    private const string Prefix = "Mizan.Server.wwwroot/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".geojson"] = "application/geo+json",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, Asset> _assets;

    public StaticAssets()
    {
        Assembly assembly = typeof(StaticAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            byte[] bytes = memory.ToArray();
            string path = "/" + name[Prefix.Length..];
            string type = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"";
            assets[path] = new Asset(bytes, Gzip(bytes), type, etag);
        }

        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The paths served (<c>/index.html</c>, <c>/app.js</c> ...).</summary>
    public IEnumerable<string> Paths => _assets.Keys;

    /// <summary>Answers a request for <paramref name="path"/>; false when there is no such file.</summary>
    public async Task<bool> TryServeAsync(HttpContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_assets.TryGetValue(path, out Asset? asset))
        {
            return false;
        }

        HttpResponse response = context.Response;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        response.ContentType = asset.ContentType;
        byte[] body = asset.Bytes;
        if (asset.Gzipped is { } gzipped && context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            response.Headers.ContentEncoding = "gzip";
            body = gzipped;
        }

        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }

        return true;
    }

    private static byte[]? Gzip(byte[] bytes)
    {
        if (bytes.Length < 1024)
        {
            return null;
        }

        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return memory.ToArray();
    }

    private sealed record Asset(byte[] Bytes, byte[]? Gzipped, string ContentType, string ETag);
}
