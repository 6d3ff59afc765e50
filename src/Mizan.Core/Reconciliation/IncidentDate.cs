using Mizan.Events;

namespace Mizan.Reconciliation;

/// <summary>When an incident took place: the most precise date its reports give.</summary>
public sealed record IncidentDate(DateOnly Start, DateOnly End, DatePrecision Precision);
