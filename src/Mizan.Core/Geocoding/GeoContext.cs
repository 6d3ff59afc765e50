using System.Collections.Immutable;

namespace Mizan.Geocoding;

/// <summary>
/// What the article around one place mention says about geography: the countries it
/// mentions (ISO alpha-3, most frequent first), the first-level regions it mentions, and
/// optionally the words right before and after the mention (raw text or keys).
/// </summary>
/// <param name="Countries">ISO alpha-3 codes of the article's countries, most frequent first.</param>
/// <param name="Admin1Regions">First-level regions the article mentions, most frequent first.</param>
/// <param name="WordsBefore">The few words just before the mention ("في مدينة"), or null.</param>
/// <param name="WordsAfter">The few words just after the mention ("العاصمة"), or null.</param>
public sealed record GeoContext(
    ImmutableArray<string> Countries,
    ImmutableArray<Admin1Region> Admin1Regions,
    string? WordsBefore = null,
    string? WordsAfter = null)
{
    /// <summary>Whether the mention's name is more often an ordinary word than a place (<see cref="PlaceMention.CommonWord"/>).</summary>
    public bool CommonWord { get; init; }

    /// <summary>Whether a noun of place stands before the mention (<see cref="PlaceMention.PlaceNoun"/>).</summary>
    public bool PlaceNoun { get; init; }

    /// <summary>Whether the name was read with a proclitic on its word (بحجة، وكسلا): the word may be another word with that letter.</summary>
    public bool Proclitic { get; init; }

    /// <summary>
    /// The countries the article names by their name or adjective (ISO alpha-3), not through the towns it names;
    /// empty when unknown. A town is "abroad" when its country is not among them.
    /// </summary>
    public ImmutableArray<string> StatedCountries { get; init; } = [];

    /// <summary>No context: resolution by names and prominence alone.</summary>
    public static GeoContext Empty { get; } = new([], []);

    /// <summary>A context of countries only.</summary>
    public static GeoContext OfCountries(params string[] iso3) => new([.. iso3], []);
}
