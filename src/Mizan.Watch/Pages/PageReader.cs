using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Mizan.Watch.Pages;

/// <summary>
/// Pulls the article out of a page: the metadata with AngleSharp (<see cref="PageMetadata"/>),
/// then the readable text with SmartReader (a port of Mozilla's Readability, the reader view of
/// Firefox); when SmartReader finds no article, the page's paragraphs. The body keeps one
/// paragraph per line, white space within a line collapsed, and never repeats the title.
/// </summary>
public static class PageReader
{
    /// <summary>Fewer characters than this and the page has no article.</summary>
    public const int MinBodyLength = 40;

    /// <summary>The page's article, or null when it holds no text.</summary>
    /// <param name="html">The decoded page (entities are decoded by the parser).</param>
    /// <param name="url">The page's address.</param>
    public static WebPage? Read(string html, Uri url)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        var parser = new HtmlParser();
        using IHtmlDocument document = parser.ParseDocument(html);
        string? title = PageMetadata.Title(document);
        DateTimeOffset? published = PageMetadata.Published(document);
        string? author = PageMetadata.Author(document);
        string? site = PageMetadata.SiteName(document);
        Uri? canonical = PageMetadata.Canonical(document, url);
        string fallback = Paragraphs(document);

        // SmartReader changes the document it reads: it gets its own.
        string? text = null;
        try
        {
            using var reader = new SmartReader.Reader(url.AbsoluteUri, html)
            {
                CharThreshold = 100,
                ContinueIfNotReadable = true,
            };
            SmartReader.Article article = reader.GetArticle();
            if (article.IsReadable)
            {
                text = article.TextContent;
                title ??= NullIfEmpty(article.Title);
                author ??= NullIfEmpty(article.Byline) ?? NullIfEmpty(article.Author);
                published ??= article.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException or FormatException)
        {
            // SmartReader gives up on some markup; the paragraphs remain.
        }

        string body = Clean(text);
        if (body.Length < MinBodyLength && fallback.Length > body.Length)
        {
            body = fallback;
        }

        body = WithoutTitle(body, title);
        return body.Length < MinBodyLength ? null : new WebPage(title, body, published, author, site, canonical);
    }

    /// <summary>The text of the page's paragraphs, one per line.</summary>
    private static string Paragraphs(IHtmlDocument document) =>
        string.Join('\n', document.QuerySelectorAll("p").Select(p => Collapse(p.TextContent)).Where(p => p.Length > 0));

    /// <summary>One paragraph per line, white space within each collapsed, empty lines dropped.</summary>
    internal static string Clean(string? text) =>
        text is null ? string.Empty : string.Join('\n', text.Split('\n').Select(Collapse).Where(line => line.Length > 0));

    private static string WithoutTitle(string body, string? title)
    {
        if (title is null)
        {
            return body;
        }

        string first = body.Split('\n', 2)[0];
        return first == Collapse(title) ? (body.Length > first.Length ? body[(first.Length + 1)..] : string.Empty) : body;
    }

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
