namespace Mizan.Server.Api;

/// <summary>What became of a posted article: <see cref="Added"/> (new or changed), <see cref="Unchanged"/> or <see cref="Failed"/>.</summary>
internal sealed record ProcessedArticle(string Id, string Outcome, IReadOnlyList<string> EventIds, string? Error)
{
    public const string Added = "added";
    public const string Unchanged = "unchanged";
    public const string Failed = "failed";
}
