using System.Text;
using Mizan.Testing;

namespace Mizan.Watch.Tests.Support;

/// <summary>
/// What the kill tests of <c>mizan watch</c> share: a run of slow article pages on the test
/// server (so that a kill lands between articles), and the rows a killed-and-resumed store must
/// hold exactly as a clean run does.
/// </summary>
internal static class KillTestSite
{
    /// <summary>Every stored row that matters, one line per row, in a fixed order.</summary>
    public static readonly string[] Snapshots =
    [
        "SELECT id || ' ' || content_hash || ' ' || url || ' ' || COALESCE(published, '-') FROM articles ORDER BY id",
        "SELECT article_id || ' ' || url || ' ' || text_hash || ' ' || COALESCE(published_at, '-') || ' ' || COALESCE(feed, '-') FROM article_fetches ORDER BY article_id",
        "SELECT url || ' ' || article_id FROM article_urls ORDER BY url",
        "SELECT id || ' ' || article_id || ' ' || type || ' ' || status FROM events ORDER BY id",
        "SELECT event_id || ' ' || ordinal || ' ' || source_name || ' ' || evidence_start FROM claims ORDER BY event_id, ordinal",
        "SELECT incident_id || ' ' || event_id || ' ' || ordinal FROM incident_events ORDER BY incident_id, event_id",
    ];

    /// <summary>
    /// Serves <paramref name="count"/> article pages at <c>/news/0</c>, <c>/news/1</c> ... (the Kidal,
    /// Taiz and Tipaza pages in turn, each made distinct by the paragraph <paramref name="extra"/>
    /// writes for it), each answered after <paramref name="delay"/>; returns them as feed items.
    /// </summary>
    public static List<(Uri Url, string Title, string? Published)> MapSlowPages(
        TestWebServer server, int count, TimeSpan delay, Func<int, string> extra, string published)
    {
        var items = new List<(Uri, string, string?)>(count);
        for (int i = 0; i < count; i++)
        {
            Uri url = server.Url($"/news/{i}");
            string page = (i % 3) switch
            {
                0 => NewsSite.KidalPage(url),
                1 => NewsSite.TaizPage(),
                _ => NewsSite.TipazaPage(),
            };
            byte[] body = Encoding.UTF8.GetBytes(page.Replace("</p>\n</", "</p>\n" + extra(i) + "\n</", StringComparison.Ordinal));
            server.Map($"/news/{i}", async context =>
            {
                await Task.Delay(delay, context.RequestAborted);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.Body.WriteAsync(body, context.RequestAborted);
            });
            items.Add((url, $"تقرير {i}", published));
        }

        return items;
    }

    /// <summary>Asserts that the resumed store holds, row for row, what the clean run stored.</summary>
    public static void AssertSameRows(string clean, string resumed)
    {
        foreach (string query in Snapshots)
        {
            List<string> expected = SqliteRows.Read(clean, query);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, SqliteRows.Read(resumed, query));
        }
    }
}
