namespace Mizan.Storage;

/// <summary>A stored article's metadata (everything but its text).</summary>
public sealed record ArticleInfo(string Id, string? Title, DateOnly? Published, string? Source, string? Url, string Language);
