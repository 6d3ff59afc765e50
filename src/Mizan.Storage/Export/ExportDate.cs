using Mizan.Events;
using Mizan.Reconciliation;

namespace Mizan.Storage.Export;

/// <summary>
/// The dates an export row gives an incident: the reports' own when they name a day, a week or a
/// month; else the day its first article was published, marked imprecise (a year, no date, or a
/// date after the report, which cannot be when something took place).
/// </summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
/// <param name="Date">The reports' own date, when the row uses it.</param>
public sealed record ExportDate(DateOnly Start, DateOnly End, IncidentDate? Date)
{
    /// <summary>Whether the row's date is the publication date standing in for a date the reports do not give.</summary>
    public bool FromPublication => Date is null;

    /// <summary>The dates of an incident's row; null when neither the reports nor the articles give a date.</summary>
    public static ExportDate? Of(StoredIncident stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        IncidentDate? date = stored.Incident.Date;
        DateOnly? published = ExportText.Articles(stored).Select(a => a.Published).Where(p => p is not null).Min();
        bool usable = date is { Precision: not DatePrecision.Year } && (published is null || date.Start <= published);
        if (usable)
        {
            return new ExportDate(date!.Start, date.End, date);
        }

        if (published is { } day)
        {
            return new ExportDate(day, day, null);
        }

        return date is null ? null : new ExportDate(date.Start, date.End, null);
    }
}
