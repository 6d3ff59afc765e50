using System.Collections.Immutable;
using System.Text.Json;

namespace Mizan.Evaluation;

/// <summary>A count range of the gold: <c>High</c> null when open-ended.</summary>
public sealed record GoldRange(long Low, long? High)
{
    public bool Contains(long value) => value >= Low && (High is null || value <= High);
}

/// <summary>One claim of a gold event.</summary>
public sealed record GoldClaim(
    string Source,
    string SourceKind,
    ImmutableDictionary<string, GoldRange> Killed,
    ImmutableDictionary<string, GoldRange> Injured,
    bool Denial,
    string Evidence);

/// <summary>A gold actor.</summary>
public sealed record GoldActor(string Kind, string Name, string? Country);

/// <summary>A gold location.</summary>
public sealed record GoldLocation(string Name, string? Country, string? Admin1, string Precision);

/// <summary>A gold date.</summary>
public sealed record GoldDate(DateOnly Start, DateOnly End, string Precision);

/// <summary>One hand-annotated event.</summary>
public sealed record GoldEvent(
    string Id,
    string Type,
    string Status,
    bool Required,
    GoldActor? Actor1,
    GoldActor? Actor2,
    GoldLocation? Location,
    GoldDate? Date,
    ImmutableArray<GoldClaim> Claims,
    ImmutableArray<string> Evidence);

/// <summary>A gold article file (<c>shared/eval/articles/*.gold.json</c>).</summary>
public sealed record GoldArticle(string Doc, DateOnly? Published, string? TextFile, ImmutableArray<GoldEvent> Events)
{
    /// <summary>Types the file annotates: ASSAULT, PROTEST, DISPLACE always, plus any type it holds.</summary>
    public ImmutableHashSet<string> AnnotatedTypes =>
        ImmutableHashSet.Create(StringComparer.Ordinal, "ASSAULT", "PROTEST", "DISPLACE").Union(Events.Select(e => e.Type));

    /// <summary>Parses a gold file.</summary>
    public static GoldArticle Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        var events = ImmutableArray.CreateBuilder<GoldEvent>();
        foreach (JsonElement e in root.GetProperty("events").EnumerateArray())
        {
            events.Add(new GoldEvent(
                e.GetProperty("id").GetString()!,
                e.GetProperty("type").GetString()!,
                e.GetProperty("status").GetString()!,
                !e.TryGetProperty("required", out JsonElement req) || req.ValueKind != JsonValueKind.False,
                Actor(e, "actor1"),
                Actor(e, "actor2"),
                Location(e),
                Date(e),
                [.. Array(e, "claims").Select(Claim)],
                [.. Array(e, "evidence").Select(x => x.GetString()!)]));
        }

        return new GoldArticle(
            root.GetProperty("doc").GetString()!,
            String(root, "published") is { } p ? DateOnly.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : null,
            String(root, "text_file"),
            events.ToImmutable());
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static GoldActor? Actor(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement a) && a.ValueKind == JsonValueKind.Object
            ? new GoldActor(String(a, "kind") ?? string.Empty, String(a, "name") ?? string.Empty, String(a, "country"))
            : null;

    private static GoldLocation? Location(JsonElement e) =>
        e.TryGetProperty("location", out JsonElement a) && a.ValueKind == JsonValueKind.Object
            ? new GoldLocation(String(a, "name") ?? string.Empty, String(a, "country"), String(a, "admin1"), String(a, "precision") ?? string.Empty)
            : null;

    private static GoldDate? Date(JsonElement e)
    {
        if (!e.TryGetProperty("date", out JsonElement a) || a.ValueKind != JsonValueKind.Object
            || String(a, "start") is not { } start || String(a, "end") is not { } end)
        {
            return null;
        }

        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return new GoldDate(DateOnly.Parse(start, culture), DateOnly.Parse(end, culture), String(a, "precision") ?? string.Empty);
    }

    private static GoldClaim Claim(JsonElement c) => new(
        String(c, "source") ?? "article",
        String(c, "source_kind") ?? "unattributed",
        Ranges(c, "killed"),
        Ranges(c, "injured"),
        c.TryGetProperty("denial", out JsonElement d) && d.ValueKind == JsonValueKind.True,
        String(c, "evidence") ?? string.Empty);

    private static ImmutableDictionary<string, GoldRange> Ranges(JsonElement c, string name)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, GoldRange>(StringComparer.Ordinal);
        if (c.TryGetProperty(name, out JsonElement o) && o.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty side in o.EnumerateObject())
            {
                long low = side.Value.GetProperty("low").GetInt64();
                long? high = side.Value.TryGetProperty("high", out JsonElement h) && h.ValueKind == JsonValueKind.Number ? h.GetInt64() : null;
                builder[side.Name] = new GoldRange(low, high);
            }
        }

        return builder.ToImmutable();
    }
}
