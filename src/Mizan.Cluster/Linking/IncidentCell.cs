using System.Globalization;
using Mizan.Reconciliation;

namespace Mizan.Cluster.Linking;

/// <summary>
/// Where a report is linked in a cluster: its country, first-level region and ISO week (of the
/// start of its date), each <c>-</c> when the report has none. One grain per cell links the cell's
/// new reports, so that two nodes never link the reports of one cell at once.
/// </summary>
public readonly record struct IncidentCell(string Country, string Region, string Week)
{
    /// <summary>The cell of a report.</summary>
    public static IncidentCell Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        string week = report.Event.Date?.Start is { } start
            ? WeekOf(start)
            : "-";
        return new IncidentCell(report.Event.Location?.Country ?? "-", report.Event.Location?.Admin1 ?? "-", week);
    }

    /// <summary>The key of the cell's grain.</summary>
    public string Key => string.Join('|', Country, Region, Week);

    private static string WeekOf(DateOnly date)
    {
        DateTime day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}");
    }
}
