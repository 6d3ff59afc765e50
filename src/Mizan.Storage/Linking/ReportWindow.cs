namespace Mizan.Storage.Linking;

/// <summary>The events at a place of one country whose dates overlap <c>[From, To]</c> (both inclusive).</summary>
/// <param name="Country">The country's ISO 3166-1 alpha-3 code, as places store it.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public sealed record ReportWindow(string Country, DateOnly From, DateOnly To);
