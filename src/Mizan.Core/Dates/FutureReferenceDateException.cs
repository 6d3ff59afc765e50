namespace Mizan.Dates;

/// <summary>An article's publication date lies after today, so relative dates cannot be trusted to it.</summary>
public sealed class FutureReferenceDateException : InvalidOperationException
{
    public FutureReferenceDateException(string articleId, DateOnly published, DateOnly today)
        : base($"Article '{articleId}' has publication date {published:yyyy-MM-dd}, after today ({today:yyyy-MM-dd} UTC); relative dates (yesterday, last Thursday) cannot be resolved against a date in the future. Check how the date was read, or build the date stage with FutureReferencePolicy.LeaveRelativeUnresolved.")
    {
        ArticleId = articleId;
        Published = published;
        Today = today;
    }

    public FutureReferenceDateException()
        : this("(unknown)", DateOnly.MinValue, DateOnly.MinValue)
    {
    }

    public FutureReferenceDateException(string message)
        : base(message)
    {
        ArticleId = "(unknown)";
    }

    public FutureReferenceDateException(string message, Exception innerException)
        : base(message, innerException)
    {
        ArticleId = "(unknown)";
    }

    /// <summary>Identifier of the article.</summary>
    public string ArticleId { get; }

    /// <summary>The publication date that was rejected.</summary>
    public DateOnly Published { get; }

    /// <summary>Today's date (UTC) by the stage's clock.</summary>
    public DateOnly Today { get; }
}
