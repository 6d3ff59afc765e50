using System.Collections.Immutable;

namespace Mizan.Geocoding;

/// <summary>A first-level administrative region (governorate, province, state, region ...).</summary>
/// <param name="Code">GeoNames admin1 code, e.g. <c>ML.10</c>.</param>
/// <param name="CountryIso3">ISO alpha-3 code of its country.</param>
/// <param name="Name">English name, as the gazetteer's <c>admin1</c> column gives it.</param>
/// <param name="ArabicNames">Arabic names and variants.</param>
/// <param name="Place">The region as a place (precision Region, coordinates of its seat).</param>
public sealed record Admin1Region(
    string Code,
    string CountryIso3,
    string Name,
    ImmutableArray<string> ArabicNames,
    Place Place);
