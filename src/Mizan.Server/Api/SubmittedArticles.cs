using System.Text.Json;
using Mizan.IO.Input;
using Mizan.Pipeline;

namespace Mizan.Server.Api;

/// <summary>
/// Reads the body of <c>POST /api/articles</c>: one article <c>{"id","text","title"?,"published"?,"source"?,"url"?}</c>
/// (the fields of a JSON Lines input line) or an array of them.
/// </summary>
internal static class SubmittedArticles
{
    /// <summary>The most articles one request may hold.</summary>
    public const int MaxArticles = 1000;

    /// <summary>The articles of a document, or the reason it holds none.</summary>
    public static IReadOnlyList<Article>? Read(JsonElement root, out string? error)
    {
        error = null;
        var articles = new List<Article>();
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                return One(root, "the article", out error) is { } single ? [single] : null;
            case JsonValueKind.Array:
                int count = root.GetArrayLength();
                if (count == 0 || count > MaxArticles)
                {
                    error = $"the array must hold from 1 to {MaxArticles} articles, not {count}";
                    return null;
                }

                int index = 0;
                foreach (JsonElement item in root.EnumerateArray())
                {
                    if (One(item, $"article {index}", out error) is not { } article)
                    {
                        return null;
                    }

                    articles.Add(article);
                    index++;
                }

                return articles;
            default:
                error = "the body must be a JSON object {\"id\", \"text\", ...} or an array of them";
                return null;
        }
    }

    private static Article? One(JsonElement item, string where, out string? error)
    {
        string? problem = null;
        if (item.ValueKind != JsonValueKind.Object)
        {
            error = $"{where} is not a JSON object";
            return null;
        }

        error = null;

        string? Field(string name, bool allowNumber = false)
        {
            if (!item.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            if (allowNumber && value.ValueKind == JsonValueKind.Number)
            {
                return value.GetRawText();
            }

            problem ??= $"{where}: \"{name}\" must be a string";
            return null;
        }

        string? id = Field("id", allowNumber: true);
        string? text = Field("text");
        string? title = Field("title");
        string? published = Field("published");
        string? source = Field("source");
        string? url = Field("url");
        if (problem is not null)
        {
            error = problem;
            return null;
        }

        if (string.IsNullOrWhiteSpace(id) || text is null)
        {
            error = $"{where} needs \"id\" and \"text\"";
            return null;
        }

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(published))
        {
            if (!PublishedDate.TryParse(published, out DateOnly parsed))
            {
                error = $"{where}: \"published\" is not a date ('{published}')";
                return null;
            }

            date = parsed;
        }

        return new Article(id, title, text, date, source, url)
        {
            PublishedAt = published is not null && PublishedDate.TryParseTime(published, out DateTimeOffset at) ? at : null,
        };
    }
}
