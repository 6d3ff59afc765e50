using System.Globalization;
using System.Text.Json;

namespace Mizan.Bench;

/// <summary>
/// The requests of the load test: what the analyst's page asks of <c>GET /api/events</c> (a page of
/// 50 rows) under the filters it offers, with values taken from the store being served (its
/// countries, event types and actors, and the days its events are busiest, from <c>/api/summary</c>,
/// <c>/api/actors</c> and <c>/api/timeline</c>), so that the filters select something. Requests take the kinds in turn and
/// each kind its values in turn.
/// </summary>
internal static class EventListMix
{
    /// <summary>Rows per page, as the page asks.</summary>
    public const int PageSize = 50;

    /// <summary>Words searched for (article text, through the store's full-text index).</summary>
    private static readonly string[] Words = ["غزة", "سوريا", "الجيش", "قتلى", "اليمن", "بغداد", "مظاهرة", "انفجار"];

    /// <summary>Map views (west,south,east,north): the page's start view, the Levant, Iraq, Yemen, Libya, the Sahel.</summary>
    private static readonly string[] Boxes = ["-20,-20,90,50", "34,29,43,38", "38.8,29,48.6,37.4", "42,12,54,19", "9,19,25,34", "-12,10,16,25"];

    /// <summary>How many values of the store (countries, types, actors, date windows) the mix uses.</summary>
    private const int Choices = 6;

    /// <summary>Reads the store's summary from the server and builds the requests, every kind interleaved.</summary>
    public static async Task<IReadOnlyList<EventListRequest>> BuildAsync(HttpClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using JsonDocument summary = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/summary", UriKind.Relative), cancellationToken).ConfigureAwait(false));
        using JsonDocument actors = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/actors?limit={Choices}", UriKind.Relative), cancellationToken).ConfigureAwait(false));
        using JsonDocument timeline = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/timeline", UriKind.Relative), cancellationToken).ConfigureAwait(false));
        JsonElement root = summary.RootElement;
        string[] countries = [.. root.GetProperty("countries").EnumerateArray().OrderByDescending(c => c.GetProperty("events").GetInt32()).Take(Choices).Select(c => c.GetProperty("code").GetString()!)];
        string[] types = [.. root.GetProperty("types").EnumerateArray().Take(Choices).Select(t => t.GetProperty("type").GetString()!)];
        string[] actorNames = [.. actors.RootElement.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("name").GetString()!)];
        (DateOnly From, DateOnly To)[] windows = Windows(timeline.RootElement.GetProperty("days"));

        var kinds = new List<(string Kind, string[] Queries)>
        {
            ("no filter", [string.Empty]),
            ("page 2", [$"offset={PageSize}"]),
            ("page 20", [$"offset={PageSize * 19}"]),
            ("country", [.. countries.Select(c => Pair("country", c))]),
            ("type", [.. types.Select(t => Pair("type", t))]),
            ("date range", [.. windows.Select(Range)]),
            ("words", [.. Words.Select(w => Pair("q", w))]),
            ("bounding box", [.. Boxes.Select(b => Pair("bbox", b))]),
            ("actor", [.. actorNames.Select(a => Pair("actor", a))]),
            ("country+type+dates", [.. countries.Select((c, i) => $"{Pair("country", c)}&{Pair("type", types[i % types.Length])}&{Range(windows[i % windows.Length])}")]),
            ("words+country, page 2", [.. countries.Select((c, i) => $"{Pair("q", Words[i % Words.Length])}&{Pair("country", c)}&offset={PageSize}")]),
        };
        kinds.RemoveAll(k => k.Queries.Length == 0);

        // Kinds in turn (no filter, page 2, ..., no filter, ...), each kind's values in turn.
        int rounds = kinds.Max(k => k.Queries.Length);
        var requests = new List<EventListRequest>();
        for (int round = 0; round < rounds; round++)
        {
            foreach ((string kind, string[] queries) in kinds)
            {
                string query = queries[round % queries.Length];
                string paging = query.Contains("offset=", StringComparison.Ordinal) ? $"&limit={PageSize}" : $"&offset=0&limit={PageSize}";
                requests.Add(new EventListRequest(kind, "/api/events?" + (query.Length == 0 ? paging[1..] : query + paging)));
            }
        }

        return requests;
    }

    /// <summary>30-day windows centred on the days that split the store's dated events into equal parts (where the events are).</summary>
    private static (DateOnly From, DateOnly To)[] Windows(JsonElement days)
    {
        (DateOnly Day, int Events)[] counts = [.. days.EnumerateArray().Select(d => (DateOnly.ParseExact(d.GetProperty("day").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture), d.GetProperty("events").GetInt32()))];
        long total = counts.Sum(c => (long)c.Events);
        var windows = new List<(DateOnly From, DateOnly To)>();
        long seen = 0;
        int next = 0;
        foreach ((DateOnly day, int events) in counts)
        {
            seen += events;
            while (next < Choices && seen * Choices >= total * next + (total / 2))
            {
                windows.Add((day.AddDays(-15), day.AddDays(15)));
                next++;
            }
        }

        return [.. windows];
    }

    private static string Range((DateOnly From, DateOnly To) window) =>
        $"from={window.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={window.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static string Pair(string name, string value) => $"{name}={Uri.EscapeDataString(value)}";
}
