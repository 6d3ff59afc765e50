using Mizan.Reconciliation;
using Mizan.Storage.Linking;

namespace Mizan.Cluster.Linking;

/// <summary>
/// The reports whose incidents change when some reports are added: the added reports and every
/// stored report connected to them through <see cref="ReportLinker.CanLink"/>, directly or through
/// others (their connected components), and the window of the store they were read from.
/// </summary>
/// <remarks>
/// <see cref="IncidentReconciler"/> puts a report only with reports it can link to, so its incidents
/// over all the reports are, component by component, its incidents over each component alone: a
/// candidate incident of another component never accepts the report, and the order of the candidates
/// of one component is the same. Relinking the components of the added reports therefore gives
/// exactly the incidents a full rebuild gives, wherever the components reach (another region, another
/// week). Only reports of one country can link, with dates that overlap within the slack, so the
/// components are read from one country's window of dates, widened until it holds them.
/// </remarks>
public sealed class LinkedReports
{
    private LinkedReports(IReadOnlyList<Report> reports, ReportWindow? window)
    {
        Reports = reports;
        Window = window;
    }

    /// <summary>The seeds and their components, in no particular order.</summary>
    public IReadOnlyList<Report> Reports { get; }

    /// <summary>The window the components were read from, or null when no seed can link.</summary>
    public ReportWindow? Window { get; }

    /// <summary>Whether a report can link to another at all (a resolved date, a place finer than a country).</summary>
    public static bool IsLinkable(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportLinker.IsLinkable(report.Event.Date) && ReportLinker.IsLinkable(report.Event.Location);
    }

    /// <summary>
    /// Collects the components of <paramref name="seeds"/> (whose linkable reports are of one country)
    /// from the stored reports <paramref name="read"/> returns for a window, starting from
    /// <paramref name="window"/> when given.
    /// </summary>
    public static LinkedReports Collect(IReadOnlyList<Report> seeds, Func<ReportWindow, IEnumerable<Report>> read, ReportLinker linker, ReportWindow? window = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(linker);
        var members = new Dictionary<string, Report>(StringComparer.Ordinal);
        foreach (Report seed in seeds)
        {
            members[seed.Event.Id] = seed;
        }

        var linkable = members.Values.Where(IsLinkable).ToList();
        if (linkable.Count == 0)
        {
            return new LinkedReports([.. members.Values], null);
        }

        string country = linkable[0].Event.Location!.Country!;
        if (linkable.Exists(r => !string.Equals(r.Event.Location!.Country, country, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"The seeds that can link are of one country: {country} and others.", nameof(seeds));
        }

        int slack = linker.Options.DateSlackDays;
        bool windowRead = false;
        while (true)
        {
            // Every report that can link to a member overlaps the members' dates widened by the slack.
            DateOnly from = linkable.Min(r => r.Event.Date!.Start!.Value).AddDays(-slack);
            DateOnly to = linkable.Max(r => r.Event.Date!.End!.Value).AddDays(slack);
            if (windowRead && window!.From <= from && to <= window.To)
            {
                break;
            }

            window = window is null ? new ReportWindow(country, from, to) : new ReportWindow(country, Min(from, window.From), Max(to, window.To));
            Grow(window);
            windowRead = true;
        }

        return new LinkedReports([.. members.Values], window);

        void Grow(ReportWindow current)
        {
            var pool = read(current).Where(r => IsLinkable(r) && !members.ContainsKey(r.Event.Id)).ToList();
            var frontier = new Queue<Report>(linkable);
            while (frontier.TryDequeue(out Report? member))
            {
                for (int i = pool.Count - 1; i >= 0; i--)
                {
                    if (linker.CanLink(member, pool[i]))
                    {
                        members.Add(pool[i].Event.Id, pool[i]);
                        linkable.Add(pool[i]);
                        frontier.Enqueue(pool[i]);
                        pool.RemoveAt(i);
                    }
                }
            }
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
