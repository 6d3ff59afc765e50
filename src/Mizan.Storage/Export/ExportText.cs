using System.Globalization;
using Mizan.Events;
using Mizan.Reconciliation;

namespace Mizan.Storage.Export;

/// <summary>Formatting shared by the exports.</summary>
internal static class ExportText
{
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Coordinate(double? value) => value?.ToString("0.#####", CultureInfo.InvariantCulture);

    public static EventActor? Actor(Incident incident, string role) => incident.Actors.FirstOrDefault(a => a.Role == role);

    /// <summary>The outlets of an incident's articles, distinct, in report order.</summary>
    public static IEnumerable<string> Outlets(StoredIncident stored) =>
        stored.Incident.Reports.Select(r => stored.ArticleOf(r).Source).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The web addresses of an incident's articles (those read from the web, or given with one), distinct, in report order.</summary>
    public static IEnumerable<string> Addresses(StoredIncident stored) =>
        Articles(stored).Select(a => a.Url).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The distinct articles of an incident, in report order.</summary>
    public static IEnumerable<ArticleInfo> Articles(StoredIncident stored) =>
        stored.Incident.Reports.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Select(id => stored.Articles[id]);

    /// <summary>A count range as words: <c>20</c>, <c>20-25</c>, <c>at least 20</c>.</summary>
    public static string Range(CountRange range) =>
        range.High is null ? $"at least {range.Low.ToString(CultureInfo.InvariantCulture)}"
        : range.IsExact ? range.Low.ToString(CultureInfo.InvariantCulture)
        : $"{range.Low.ToString(CultureInfo.InvariantCulture)}-{range.High.Value.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A claim's killed figures as words: <c>20 (actor1)</c>, <c>none (denial)</c>.</summary>
    public static string Killed(Claim claim)
    {
        string figures = claim.Killed.Count == 0
            ? "no killed figure"
            : string.Join(", ", claim.Killed.Select(kv => $"{Range(kv.Value)} ({kv.Key})"));
        return claim.Denial ? figures + ", denial" : figures;
    }

    /// <summary>The text clipped to at most <paramref name="max"/> characters, with an ellipsis when cut.</summary>
    public static string Clip(string text, int max)
    {
        string flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : flat[..max].TrimEnd() + "…";
    }
}
