using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;

namespace Mizan.Watch.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 with <see cref="SyndicationFeed"/> (the .NET team's own reader,
/// which knows both formats and their extensions): the items' links, titles and times. Document
/// type definitions are refused (no entity expansion, nothing resolved), and a date the feed
/// writes in a form the reader does not know leaves the item undated instead of failing the feed.
/// </summary>
public static class FeedReader
{
    private static readonly string[] DateFormats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd",
    ];

    /// <summary>The items of a feed, in the feed's order.</summary>
    /// <param name="xml">The feed's text.</param>
    /// <param name="baseUrl">The feed's address, against which relative links are resolved.</param>
    /// <exception cref="FormatException">The text is not RSS 2.0 or Atom XML.</exception>
    public static IReadOnlyList<FeedItem> Read(string xml, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            CloseInput = true,
        };
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName == "feed"
                ? new Atom10FeedFormatter { DateTimeParser = ParseDate }
                : new Rss20FeedFormatter { DateTimeParser = ParseDate };
            if (!formatter.CanRead(reader))
            {
                throw new FormatException($"not an RSS 2.0 or Atom feed (root element <{reader.LocalName}>)");
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
            // The reader's own refusals: an RSS version other than 2.0, an element where it wants another, a bad address.
            throw new FormatException($"not an RSS 2.0 or Atom feed: {ex.Message}", ex);
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
        string text = data.DateTimeString.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result))
        {
            return true;
        }

        // RFC 822 names zones with letters (GMT, UT, EST …); the parser knows only offsets.
        string numeric = text.Replace(" GMT", " +00:00", StringComparison.Ordinal).Replace(" UT", " +00:00", StringComparison.Ordinal).Replace(" Z", " +00:00", StringComparison.Ordinal);
        if (DateTimeOffset.TryParseExact(numeric, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out result))
        {
            return true;
        }

        // A weekday that does not fit the date (a common slip of feed generators): the date decides.
        int comma = numeric.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 0 and <= 10
            && DateTimeOffset.TryParseExact(numeric[(comma + 1)..].Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out result))
        {
            return true;
        }

        // Unknown: the item stays undated (default is read as "no date").
        result = default;
        return true;
    }
}
