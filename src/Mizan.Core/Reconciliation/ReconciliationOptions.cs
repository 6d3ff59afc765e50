namespace Mizan.Reconciliation;

/// <summary>The distances and tolerances of cross-article linking.</summary>
public sealed record ReconciliationOptions
{
    /// <summary>The default options.</summary>
    public static ReconciliationOptions Default { get; } = new();

    /// <summary>
    /// Days of slack when comparing dates: reports resolved against different publication
    /// times ("yesterday" in an evening and a morning edition) may be a day apart. Default 1.
    /// </summary>
    public int DateSlackDays { get; init; } = 1;

    /// <summary>
    /// Two towns or sites with different gazetteer ids are one place only when they are at most
    /// this far apart (a duplicate gazetteer entry, a quarter of a city). Default 10 km.
    /// </summary>
    public double SamePlaceKilometres { get; init; } = 10;

    /// <summary>A town lies in a district-level location when it is at most this far from it. Default 30 km.</summary>
    public double DistrictKilometres { get; init; } = 30;
}
