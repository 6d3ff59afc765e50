namespace Mizan.Storage.Export;

/// <summary>The formats <c>mizan export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>ACLED-style CSV: one row per incident that took place, with an ACLED type.</summary>
    Acled,

    /// <summary>UCDP GED-style CSV: one row per incident of organised violence with at least one death reported.</summary>
    Ucdp,

    /// <summary>A GeoJSON FeatureCollection: one point feature per incident with coordinates.</summary>
    GeoJson,

    /// <summary>JSON Lines: one object per incident with every report, claim and quote.</summary>
    JsonLines,
}
