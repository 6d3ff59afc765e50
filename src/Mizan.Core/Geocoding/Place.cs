using Mizan.Events;

namespace Mizan.Geocoding;

/// <summary>
/// A place of the gazetteer: a populated place, a site, a district, a first-level region or
/// a country. <see cref="Id"/> is <c>geonames:N</c> for GeoNames entries and <c>mizan:slug</c>
/// for places of the hand-curated supplement.
/// </summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Name">English name.</param>
/// <param name="CountryIso3">ISO 3166-1 alpha-3 code of the country.</param>
/// <param name="Admin1">English name of the first-level region, when known.</param>
/// <param name="Latitude">Latitude in degrees (WGS 84).</param>
/// <param name="Longitude">Longitude in degrees (WGS 84).</param>
/// <param name="Population">Population, 0 when unknown.</param>
/// <param name="FeatureClass">GeoNames feature class (P populated place, A administrative area, S site, L area, H water, T terrain).</param>
/// <param name="FeatureCode">GeoNames feature code (PPLC capital, PPLA regional seat, PPL, ADM1, PCLI country...).</param>
/// <param name="Precision">How exactly the coordinates locate an event there.</param>
public sealed record Place(
    string Id,
    string Name,
    string CountryIso3,
    string? Admin1,
    double Latitude,
    double Longitude,
    long Population,
    string FeatureClass,
    string FeatureCode,
    LocationPrecision Precision)
{
    /// <summary>True for a national capital (feature code PPLC).</summary>
    public bool IsCapital => FeatureCode == "PPLC";

    /// <summary>True for the seat of a first-level region (feature code PPLA): a governorate's capital, often named like it.</summary>
    public bool IsRegionalSeat => FeatureCode == "PPLA";

    /// <summary>True for a border crossing (feature code PSTB): معبر رفح، معبر نصيب.</summary>
    public bool IsBorderCrossing => FeatureCode == "PSTB";

    /// <summary>
    /// True for a small GeoNames place (under 15,000 people, or no population given; not a
    /// capital): a village or a hamlet, named in the news only where the news is.
    /// </summary>
    public bool IsVillage =>
        Population < 15_000 && Precision is LocationPrecision.Town && !IsCapital && Id.StartsWith("geonames:", StringComparison.Ordinal);

    /// <summary>True for a country or a first-level region.</summary>
    public bool IsArea => Precision is LocationPrecision.Country or LocationPrecision.Region or LocationPrecision.District;
}
