using System.Collections.Immutable;

namespace Mizan.Geocoding;

/// <summary>A country: codes, names, demonyms, capital and ACLED-style region.</summary>
/// <param name="Iso2">ISO 3166-1 alpha-2 code.</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">Short English name.</param>
/// <param name="ArabicNames">Arabic names and variants, as written in the data.</param>
/// <param name="Demonyms">Bare Arabic nisba adjectives (masculine, feminine ...), without the article.</param>
/// <param name="Capital">English name of the capital, when it has one.</param>
/// <param name="Region">ACLED-style region ("Middle East", "Western Africa" ...).</param>
/// <param name="Place">The country as a place (precision Country, coordinates of the capital).</param>
public sealed record Country(
    string Iso2,
    string Iso3,
    string Name,
    ImmutableArray<string> ArabicNames,
    ImmutableArray<string> Demonyms,
    string? Capital,
    string Region,
    Place Place);
