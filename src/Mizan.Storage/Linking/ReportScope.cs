namespace Mizan.Storage.Linking;

/// <summary>
/// The stored events a part of the incidents depends on: the events of one country whose dates
/// overlap a window (every report that could link to the part's reports), and given events by id.
/// </summary>
/// <param name="EventIds">Events that belong to the scope whatever their country and date.</param>
/// <param name="Window">The country and dates (inclusive) whose events belong to the scope, or null.</param>
public sealed record ReportScope(IReadOnlyCollection<string> EventIds, ReportWindow? Window = null);
