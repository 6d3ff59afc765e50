namespace Mizan.Storage;

/// <summary>How much a store holds.</summary>
public sealed record StoreCounts(long Articles, long Events, long Incidents, long Failures);
