namespace Mizan.Pipeline;

/// <summary>One input article as read from a file, before any analysis.</summary>
/// <param name="Id">Identifier from the input (file name, JSON <c>id</c>, TREC <c>DOCNO</c>).</param>
/// <param name="Title">Headline, when the input has one.</param>
/// <param name="Body">Body text.</param>
/// <param name="Published">Publication date, when known; the reference for relative dates.</param>
/// <param name="Source">Outlet or feed name, when known.</param>
/// <param name="Url">Address of the original, when known.</param>
public sealed record Article(
    string Id,
    string? Title,
    string Body,
    DateOnly? Published = null,
    string? Source = null,
    string? Url = null)
{
    /// <summary>The separator between title and body in <see cref="Text"/>.</summary>
    public const string TitleSeparator = "\n\n";

    /// <summary>
    /// The text every offset points into: the title, a blank line, then the body; the body
    /// alone when there is no title.
    /// </summary>
    public string Text => string.IsNullOrEmpty(Title) ? Body : Title + TitleSeparator + Body;

    /// <summary>
    /// The publication time with its hour and the UTC offset the source gave, when known (a feed's
    /// <c>pubDate</c>, a page's <c>article:published_time</c>, a TREC <c>&lt;TIME&gt;</c>, a JSON Lines
    /// <c>published</c> date-time). Readers set <see cref="Published"/> to its date as written. Its hour
    /// moves the day that relative dates count from (an article stamped 03:56 local time was written
    /// the day before: see <see cref="Dates.DateReference"/>); it is used only while its date is
    /// <see cref="Published"/>.
    /// </summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Language of the article (ISO 639-1). Mizan reads Arabic.</summary>
    public string Language { get; init; } = "ar";
}
