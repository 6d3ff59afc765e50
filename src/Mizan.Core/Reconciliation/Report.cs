using Mizan.Events;

namespace Mizan.Reconciliation;

/// <summary>
/// One article's report of an event: the event as extracted, and which article (and outlet)
/// it comes from. Reconciliation links reports of one incident across articles.
/// </summary>
/// <param name="Event">The event as the engine extracted it from the article.</param>
/// <param name="ArticleId">The article it was extracted from.</param>
/// <param name="Outlet">The outlet or feed that published the article, when known.</param>
/// <param name="Published">The article's publication date, when known.</param>
public sealed record Report(Event Event, string ArticleId, string? Outlet = null, DateOnly? Published = null);
