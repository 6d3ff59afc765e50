namespace Mizan.Storage;

/// <summary>
/// Which events (and so which incidents) a search or an export selects. Every condition that is
/// set must hold; an incident is selected when one of its reports is.
/// </summary>
/// <param name="Text">Words that must all occur in the event's article (light-stemmed full-text search), or the name of the event's place (see <paramref name="Place"/>).</param>
/// <param name="Country">ISO 3166-1 alpha-3 code or English name of the country of the event's place.</param>
/// <param name="Type">Event type (PLOVER, e.g. ASSAULT).</param>
/// <param name="From">First day: the event's date (or its article's publication date when the event has none) ends on or after it.</param>
/// <param name="To">Last day: the event's date (or its article's publication date) starts on or before it.</param>
/// <param name="Actor">Part of an actor's English name (any case) or of its Arabic mention.</param>
/// <param name="Status">Event status as written in JSON (<c>occurred</c>, <c>denied</c>, <c>planned</c> ...).</param>
/// <param name="Box">Only events whose place has coordinates inside this rectangle.</param>
/// <param name="Place">Only events at this place or within it: its stored id (<c>geonames:170063</c>) or GeoNames number, its English name, or the words the article used for it; a first-level region, named any of these ways, with its places.</param>
public sealed record EventFilter(
    string? Text = null,
    string? Country = null,
    string? Type = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Actor = null,
    string? Status = null,
    GeoBox? Box = null,
    string? Place = null)
{
    /// <summary>No condition: everything.</summary>
    public static EventFilter All { get; } = new();
}
