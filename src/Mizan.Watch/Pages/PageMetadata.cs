using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Mizan.Watch.Pages;

/// <summary>
/// What a page says about its article in its markup, read with AngleSharp: the title, the
/// publication time (<c>article:published_time</c> and kin, JSON-LD <c>datePublished</c>, a
/// <c>&lt;time&gt;</c> element), the author, the site name and the canonical address.
/// </summary>
internal static class PageMetadata
{
    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
        "dc.date.issued", "dc.date", "date", "sailthru.date", "parsely-pub-date",
    ];

    public static string? Title(IHtmlDocument document) =>
        Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? NullIfEmpty(document.Title);

    public static string? SiteName(IHtmlDocument document) => Meta(document, "og:site_name");

    public static string? Author(IHtmlDocument document) =>
        Meta(document, "author") ?? Meta(document, "article:author") ?? JsonLd(document, "author");

    public static Uri? Canonical(IHtmlDocument document, Uri pageUrl)
    {
        string? href = document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href")?.Trim() ?? Meta(document, "og:url");
        return href is not null && Uri.TryCreate(pageUrl, href, out Uri? url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;
    }

    public static DateTimeOffset? Published(IHtmlDocument document)
    {
        foreach (string name in PublishedMeta)
        {
            if (Time(Meta(document, name)) is { } time)
            {
                return time;
            }
        }

        if (Time(JsonLd(document, "datePublished")) is { } jsonLd)
        {
            return jsonLd;
        }

        IElement? element = document.QuerySelector("time[itemprop='datePublished' i], time[pubdate], article time[datetime], time[datetime]");
        return Time(element?.GetAttribute("datetime") ?? element?.TextContent);
    }

    /// <summary>A time written in ISO 8601 (with or without its offset; without one it is read as UTC).</summary>
    internal static DateTimeOffset? Time(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time)
            ? time
            : null;

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (IElement meta in document.QuerySelectorAll("meta"))
        {
            string? key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && NullIfEmpty(meta.GetAttribute("content")) is { } content)
            {
                return content;
            }
        }

        return null;
    }

    /// <summary>The first value of a property in the page's JSON-LD (objects, arrays and <c>@graph</c> searched; a person's <c>name</c> for an object).</summary>
    private static string? JsonLd(IHtmlDocument document, string property)
    {
        foreach (IElement script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                if (Find(json.RootElement, property) is { } value)
                {
                    return value;
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources of metadata remain.
            }
        }

        return null;
    }

    private static string? Find(JsonElement element, string property)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (Find(item, property) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (element.TryGetProperty(property, out JsonElement value))
                {
                    switch (value.ValueKind)
                    {
                        case JsonValueKind.String:
                            return NullIfEmpty(value.GetString());
                        case JsonValueKind.Object when value.TryGetProperty("name", out JsonElement name) && name.ValueKind == JsonValueKind.String:
                            return NullIfEmpty(name.GetString());
                        case JsonValueKind.Array when Find(value, "name") is { } first:
                            return first;
                    }
                }

                return element.TryGetProperty("@graph", out JsonElement graph) ? Find(graph, property) : null;
            default:
                return null;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
