using System.IO.Compression;
using System.Reflection;

namespace Mizan.Resources;

/// <summary>
/// The language resources of <c>data/</c>, compiled into this assembly: the product never
/// reads the file system to find its lexicons.
/// </summary>
public static class EmbeddedData
{
    private const string Prefix = "Mizan.Data/";

    /// <summary>Relative paths (as under <c>data/</c>) of every embedded resource.</summary>
    public static IEnumerable<string> List() =>
        typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal);

    /// <summary>Whether a resource is compiled in.</summary>
    /// <param name="path">Path relative to <c>data/</c>, with '/' separators.</param>
    public static bool Exists(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return typeof(EmbeddedData).Assembly.GetManifestResourceInfo(Prefix + path) is not null;
    }

    /// <summary>Opens an embedded resource as UTF-8 text; <c>.gz</c> resources are decompressed.</summary>
    /// <param name="path">Path relative to <c>data/</c>, with '/' separators, e.g. <c>ar/numbers.tsv</c>.</param>
    public static TextReader OpenText(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Assembly assembly = typeof(EmbeddedData).Assembly;
        Stream stream = assembly.GetManifestResourceStream(Prefix + path)
            ?? throw new FileNotFoundException($"Mizan resource 'data/{path}' is not compiled into {assembly.GetName().Name}; was the file removed from data/?", path);
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
    }
}
