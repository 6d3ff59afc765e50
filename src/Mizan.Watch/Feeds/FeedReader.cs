using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Mizan.Watch.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 with <see cref="SyndicationFeed"/> (the .NET team's own reader,
/// which knows both formats and their extensions), and RSS 0.9x and RSS 1.0 (RDF), which it
/// refuses, with <see cref="LegacyRssReader"/>: the items' links, titles and times. Document
/// type definitions are skipped (no entity defined or expanded, nothing resolved), and a date the feed
/// writes in a form the reader does not know leaves the item undated instead of failing the feed.
/// </summary>
public static class FeedReader
{
    private const string NotAFeed = "not an RSS (0.9x, 1.0, 2.0) or Atom feed";

    /// <summary>The items of a feed, in the feed's order.</summary>
    /// <param name="xml">The feed's text.</param>
    /// <param name="baseUrl">The feed's address, against which relative links are resolved.</param>
    /// <exception cref="FormatException">The text is not RSS (0.9x, 1.0, 2.0) or Atom XML.</exception>
    public static IReadOnlyList<FeedItem> Read(string xml, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var settings = new XmlReaderSettings
        {
            // Netscape's RSS 0.91 DOCTYPE is skipped, never read: no entity is defined or expanded.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            CloseInput = true,
        };
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            reader.MoveToContent();
            if (LegacyRssReader.Reads(reader.LocalName, reader.NamespaceURI, reader.GetAttribute("version")))
            {
                return LegacyRssReader.Read(XElement.Load(reader), baseUrl);
            }

            SyndicationFeedFormatter formatter = reader.LocalName == "feed"
                ? new Atom10FeedFormatter { DateTimeParser = ParseDate }
                : new Rss20FeedFormatter { DateTimeParser = ParseDate };
            if (!formatter.CanRead(reader))
            {
                throw new FormatException($"{NotAFeed} (root element <{reader.LocalName}>)");
            }

            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (XmlException ex)
        {
            throw new FormatException($"not well-formed XML: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            // The reader's own refusals: an RSS version it does not know, an element where it wants another, a bad address.
            throw new FormatException($"{NotAFeed}: {ex.Message}", ex);
        }

        var items = new List<FeedItem>();
        foreach (SyndicationItem item in feed.Items)
        {
            Uri? link = Link(item, baseUrl);
            if (link is null)
            {
                continue;
            }

            DateTimeOffset? published = item.PublishDate != default ? item.PublishDate
                : item.LastUpdatedTime != default ? item.LastUpdatedTime
                : null;
            items.Add(new FeedItem(link, item.Title?.Text?.Trim(), published));
        }

        return items;
    }

    private static Uri? Link(SyndicationItem item, Uri baseUrl)
    {
        SyndicationLink? link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        Uri? uri = link?.Uri;
        if (uri is null && Uri.TryCreate(item.Id, UriKind.Absolute, out Uri? id) && (id.Scheme == Uri.UriSchemeHttp || id.Scheme == Uri.UriSchemeHttps))
        {
            // An RSS guid that is a permalink and no <link>.
            uri = id;
        }

        if (uri is null)
        {
            return null;
        }

        Uri resolved = uri.IsAbsoluteUri ? uri : new Uri(link?.BaseUri ?? baseUrl, uri);
        return resolved.Scheme == Uri.UriSchemeHttp || resolved.Scheme == Uri.UriSchemeHttps ? resolved : null;
    }

    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset result)
    {
        // Unknown: the item stays undated (default is read as "no date").
        result = FeedDate.Parse(data.DateTimeString) ?? default;
        return true;
    }
}
