using System.Xml.Linq;

namespace Mizan.Watch.Feeds;

/// <summary>
/// Reads the RSS that <c>SyndicationFeed</c> refuses: RSS 0.90 to 0.94 (<c>&lt;rss
/// version="0.91"&gt;</c>, items inside <c>&lt;channel&gt;</c>, a <c>pubDate</c> from 0.92 on) and
/// the RDF family, RSS 0.90 and RSS 1.0 (<c>&lt;rdf:RDF&gt;</c>, items beside the channel, the
/// time in <c>dc:date</c>). Only what watching needs is read: each item's link, title and time.
/// </summary>
internal static class LegacyRssReader
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>Whether a root element is one this reader reads: RSS 0.9x, or RDF.</summary>
    public static bool Reads(string rootName, string? rootNamespace, string? version) =>
        (rootName == "rss" && string.IsNullOrEmpty(rootNamespace) && version is { } v && v.StartsWith("0.9", StringComparison.Ordinal))
        || (rootName == "RDF" && rootNamespace == Rdf.NamespaceName);

    /// <summary>The items of a parsed RSS 0.9x or RDF document, in document order (items without a usable link are left out).</summary>
    public static IReadOnlyList<FeedItem> Read(XElement root, Uri baseUrl)
    {
        // RSS 0.9x holds its items in <channel>; RDF puts them beside it, in the RSS 1.0 or 0.90 namespace.
        IEnumerable<XElement> items = root.Name.LocalName == "rss"
            ? root.Elements("channel").Elements("item")
            : root.Elements().Where(e => e.Name.LocalName == "item");
        var result = new List<FeedItem>();
        foreach (XElement item in items)
        {
            XNamespace ns = item.Name.Namespace;
            string? linkText = Text(item.Element(ns + "link")) ?? (string?)item.Attribute(Rdf + "about") ?? Text(item.Element(ns + "guid"));
            if (Link(linkText, baseUrl) is not { } link)
            {
                continue;
            }

            DateTimeOffset? published = FeedDate.Parse(Text(item.Element(ns + "pubDate")) ?? Text(item.Element(DublinCore + "date")));
            result.Add(new FeedItem(link, Text(item.Element(ns + "title")), published));
        }

        return result;
    }

    private static string? Text(XElement? element) => element?.Value.Trim() is { Length: > 0 } text ? text : null;

    private static Uri? Link(string? text, Uri baseUrl)
    {
        if (text is null || !Uri.TryCreate(baseUrl, text, out Uri? uri))
        {
            return null;
        }

        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri : null;
    }
}
