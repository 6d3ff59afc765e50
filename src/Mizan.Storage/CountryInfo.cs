namespace Mizan.Storage;

/// <summary>A country as the store keeps it: ISO 3166-1 alpha-3 code, English name and ACLED-style region (from the gazetteer).</summary>
public sealed record CountryInfo(string Iso3, string Name, string? Region);
