using System.Globalization;
using System.Text.Json;
using Mizan.Pipeline;

namespace Mizan.Server.Tests.Support;

/// <summary>Articles as JSON Lines input (and as the body of <c>POST /api/articles</c>).</summary>
internal static class JsonLines
{
    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["id"] = article.Id,
            ["title"] = article.Title,
            ["text"] = article.Body,
            ["published"] = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["source"] = article.Source,
            ["url"] = article.Url,
        });
    }
}
