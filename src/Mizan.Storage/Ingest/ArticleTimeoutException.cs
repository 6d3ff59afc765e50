namespace Mizan.Storage.Ingest;

/// <summary>An article's processing went over its time budget and was given up.</summary>
public sealed class ArticleTimeoutException : Exception
{
    public ArticleTimeoutException()
        : base("processing an article went over its time budget")
    {
    }

    public ArticleTimeoutException(string message)
        : base(message)
    {
    }

    public ArticleTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An article over <paramref name="budget"/>.</summary>
    public ArticleTimeoutException(TimeSpan budget)
        : base($"processing an article went over its budget of {budget.TotalSeconds:0.###} s") => Budget = budget;

    /// <summary>The budget it went over.</summary>
    public TimeSpan Budget { get; }
}
