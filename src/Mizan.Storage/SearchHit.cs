namespace Mizan.Storage;

/// <summary>One event found by a search, with the incident it belongs to.</summary>
public sealed record SearchHit(StoredReport Report, string? IncidentId);
