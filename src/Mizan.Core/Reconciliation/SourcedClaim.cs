using Mizan.Events;

namespace Mizan.Reconciliation;

/// <summary>A claim of an incident with the report it comes from: who says it, and in which article.</summary>
/// <param name="Claim">The claim: its source, figures, denial flag and exact words.</param>
/// <param name="EventId">The event (report) the claim belongs to.</param>
/// <param name="ArticleId">The article the claim's words are in.</param>
/// <param name="Outlet">The outlet that published the article, when known.</param>
public sealed record SourcedClaim(Claim Claim, string EventId, string ArticleId, string? Outlet);
