using Mizan.Events;

namespace Mizan.Reconciliation;

/// <summary>
/// Links reports of one incident across articles into <see cref="Incident"/>s. Reports are read
/// in <see cref="Order"/> (date, then event id) and only incidents whose dates are still within
/// reach are kept open, so memory stays bounded by the reports of a few days whatever the
/// number of reports.
/// </summary>
/// <remarks>
/// A report joins an open incident only when <see cref="ReportLinker.CanLink"/> holds for it and
/// EVERY report already in the incident (complete linkage): a vague report can never chain two
/// different places into one incident. Among several incidents it could join, it joins one with a
/// report at the same gazetteer place, then the one whose first report is closest in date, then
/// the one opened first. Reports without a resolved date or a place finer than a country stay
/// incidents of their own. The result depends only on the set of reports, not on the order they
/// were stored in.
/// </remarks>
public sealed class IncidentReconciler(ReconciliationOptions? options = null)
{
    private readonly ReportLinker _linker = new(options);

    /// <summary>The order reports must come in: resolved start date (undated first), then event id (ordinal).</summary>
    public static IComparer<Report> Order { get; } = Comparer<Report>.Create(Compare);

    /// <summary>Reconciles reports already in <see cref="Order"/>, streaming the incidents as they close.</summary>
    /// <exception cref="ArgumentException">A report comes before one it should follow.</exception>
    public IEnumerable<Incident> Reconcile(IEnumerable<Report> orderedReports)
    {
        ArgumentNullException.ThrowIfNull(orderedReports);
        return ReconcileIterator(orderedReports);
    }

    /// <summary>Sorts the reports into <see cref="Order"/> and reconciles them.</summary>
    public IReadOnlyList<Incident> ReconcileAll(IEnumerable<Report> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var sorted = reports.ToList();
        sorted.Sort(Order);
        return [.. Reconcile(sorted)];
    }

    private IEnumerable<Incident> ReconcileIterator(IEnumerable<Report> orderedReports)
    {
        var open = new List<OpenIncident>();
        Report? previous = null;
        int slack = _linker.Options.DateSlackDays;
        foreach (Report report in orderedReports)
        {
            if (previous is not null && Compare(previous, report) > 0)
            {
                throw new ArgumentException(
                    $"Reports must come in reconciliation order (date, then event id): '{report.Event.Id}' came after '{previous.Event.Id}'.",
                    nameof(orderedReports));
            }

            previous = report;
            if (!ReportLinker.IsLinkable(report.Event.Date) || !ReportLinker.IsLinkable(report.Event.Location))
            {
                yield return IncidentAssembler.Assemble([report]);
                continue;
            }

            DateOnly start = report.Event.Date!.Start!.Value;

            // Incidents that no later report can reach any more are complete.
            for (int i = 0; i < open.Count;)
            {
                if (open[i].LatestEnd.AddDays(slack) < start)
                {
                    yield return IncidentAssembler.Assemble(open[i].Reports);
                    open.RemoveAt(i);
                }
                else
                {
                    i++;
                }
            }

            OpenIncident? chosen = null;
            foreach (OpenIncident candidate in open)
            {
                if (candidate.Reports.TrueForAll(member => _linker.CanLink(member, report))
                    && (chosen is null || Better(candidate, chosen, report)))
                {
                    chosen = candidate;
                }
            }

            if (chosen is null)
            {
                open.Add(new OpenIncident(report));
            }
            else
            {
                chosen.Add(report);
            }
        }

        foreach (OpenIncident incident in open)
        {
            yield return IncidentAssembler.Assemble(incident.Reports);
        }
    }

    private static bool Better(OpenIncident candidate, OpenIncident chosen, Report report)
    {
        bool candidateSamePlace = candidate.HasPlace(report.Event.Location?.GazetteerId);
        bool chosenSamePlace = chosen.HasPlace(report.Event.Location?.GazetteerId);
        if (candidateSamePlace != chosenSamePlace)
        {
            return candidateSamePlace;
        }

        DateOnly start = report.Event.Date!.Start!.Value;
        int candidateGap = Math.Abs(start.DayNumber - candidate.FirstStart.DayNumber);
        int chosenGap = Math.Abs(start.DayNumber - chosen.FirstStart.DayNumber);
        return candidateGap < chosenGap;
    }

    private static int Compare(Report? x, Report? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        DateOnly? a = x.Event.Date?.Start;
        DateOnly? b = y.Event.Date?.Start;
        int byDate = (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => a.Value.CompareTo(b.Value),
        };
        return byDate != 0 ? byDate : string.CompareOrdinal(x.Event.Id, y.Event.Id);
    }

    private sealed class OpenIncident
    {
        public OpenIncident(Report first)
        {
            Reports = [first];
            FirstStart = first.Event.Date!.Start!.Value;
            LatestEnd = first.Event.Date!.End!.Value;
        }

        public List<Report> Reports { get; }

        public DateOnly FirstStart { get; }

        public DateOnly LatestEnd { get; private set; }

        public void Add(Report report)
        {
            Reports.Add(report);
            if (report.Event.Date?.End is { } end && end > LatestEnd)
            {
                LatestEnd = end;
            }
        }

        public bool HasPlace(string? gazetteerId) =>
            gazetteerId is not null && Reports.Exists(r => string.Equals(r.Event.Location?.GazetteerId, gazetteerId, StringComparison.Ordinal));
    }
}
