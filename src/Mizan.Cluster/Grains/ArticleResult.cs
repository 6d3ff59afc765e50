namespace Mizan.Cluster.Grains;

/// <summary>What a node did with one article.</summary>
[GenerateSerializer]
[Immutable]
public sealed record ArticleResult
{
    [Id(0)]
    public required ArticleState State { get; init; }

    /// <summary>Events written (0 unless added).</summary>
    [Id(1)]
    public int Events { get; init; }

    /// <summary>The failure as <c>mizan ingest</c> reports it (<c>FILE:LINE: message [code]</c>), or null.</summary>
    [Id(2)]
    public string? Problem { get; init; }

    /// <summary>The node (silo address) that did the work.</summary>
    [Id(3)]
    public string? Node { get; init; }

    /// <summary>The failure's stable code (a page's fetch or processing error), or null.</summary>
    [Id(4)]
    public string? Code { get; init; }
}

/// <summary>What happened to an article sent to the cluster.</summary>
[GenerateSerializer]
public enum ArticleState
{
    /// <summary>Processed and written by this call.</summary>
    Added,

    /// <summary>Already stored with this content (by an earlier call, on any node): nothing done.</summary>
    Unchanged,

    /// <summary>Processing failed; the failure is recorded in the store.</summary>
    Failed,
}
