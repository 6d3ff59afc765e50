using Mizan.Watch.Watching;

namespace Mizan.Cluster.Grains;

/// <summary>What became of a page (<see cref="PageOutcome"/>), as it travels back to the feed grain.</summary>
[GenerateSerializer]
[Immutable]
public sealed record PageResult
{
    /// <summary>A <see cref="PageStatus"/>, as its number.</summary>
    [Id(0)]
    public int Status { get; init; }

    [Id(1)]
    public string? ArticleId { get; init; }

    [Id(2)]
    public int Events { get; init; }

    [Id(3)]
    public string? ErrorCode { get; init; }

    [Id(4)]
    public string? Message { get; init; }

    public static PageResult From(PageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new PageResult { Status = (int)outcome.Status, ArticleId = outcome.ArticleId, Events = outcome.Events, ErrorCode = outcome.ErrorCode, Message = outcome.Message };
    }

    public PageOutcome ToOutcome(Uri url) => new(url, (PageStatus)Status, ArticleId, Events, ErrorCode, Message);
}
