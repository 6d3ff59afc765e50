using Mizan.Events;
using Mizan.Reconciliation;
using static Mizan.Storage.Tests.Support.Build;

namespace Mizan.Storage.Tests.Reconciliation;

/// <summary>Reports of one incident across articles, built by hand: two outlets, different tolls, a denial, places that differ.</summary>
public sealed class IncidentReconcilerTests
{
    private readonly IncidentReconciler _reconciler = new();

    [Fact]
    public void Two_outlets_with_different_tolls_make_one_incident_that_keeps_both_claims()
    {
        Report a = Report(Assault("ev-a", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("article", SourceKind.Unattributed, 12)]), "outlet-a-1", "Outlet A");
        Report b = Report(Assault("ev-b", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("Security source", SourceKind.Military, 20)]), "outlet-b-1", "Outlet B");

        Incident incident = Assert.Single(_reconciler.ReconcileAll([b, a]));

        Assert.Equal("in-a", incident.Id);
        Assert.Equal(["ev-a", "ev-b"], incident.Reports.Select(r => r.Event.Id));
        Assert.Equal(2, incident.ArticleCount);
        Assert.Equal([("outlet-a-1", "article"), ("outlet-b-1", "Security source")], incident.Claims.Select(c => (c.ArticleId, c.Claim.Source.Name)));
        Assert.Equal(new FatalityEstimate(12, 16, 20), incident.Fatalities);
        Assert.Equal(12, incident.ConservativeFatalities);
        Assert.True(incident.Disputed);
    }

    [Fact]
    public void A_denial_from_a_third_outlet_joins_the_incident_and_lowers_the_conservative_figure_to_zero()
    {
        Report a = Report(Assault("ev-a", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("article", SourceKind.Unattributed, 12)]), "outlet-a-1", "Outlet A");
        Report b = Report(Assault("ev-b", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("Security source", SourceKind.Military, 20)]), "outlet-b-1", "Outlet B");
        Report c = Report(
            Assault("ev-c", Kidal(), Day(June2), [Army("actor2")], [Killed("Ministry of Defence of Mali", SourceKind.Government, 0, denial: true)], EventStatus.Denied),
            "outlet-c-1",
            "Outlet C");

        Incident incident = Assert.Single(_reconciler.ReconcileAll([a, b, c]));

        Assert.Equal(EventStatus.Occurred, incident.Status);
        Assert.Equal(3, incident.Claims.Length);
        Assert.Contains(incident.Claims, s => s.Claim.Denial && s.Outlet == "Outlet C");
        Assert.Equal(0, incident.Fatalities!.Low);
        Assert.Equal(20, incident.Fatalities.High);
        Assert.Equal(12, incident.Fatalities.Best);
        Assert.Equal(0, incident.ConservativeFatalities);
        Assert.True(incident.Disputed);
    }

    [Fact]
    public void Reports_at_different_towns_are_never_merged()
    {
        Report kidal = Report(Assault("ev-a", Kidal(), Day(June2), [Gunmen()], [Killed("article", SourceKind.Unattributed, 12)]), "a", "Outlet A");
        Report gao = Report(Assault("ev-b", Gao(), Day(June2), [Gunmen()], [Killed("article", SourceKind.Unattributed, 5)]), "b", "Outlet B");

        Assert.Equal(2, _reconciler.ReconcileAll([kidal, gao]).Count);
    }

    [Fact]
    public void A_report_that_names_only_the_region_joins_the_town_in_it_but_never_bridges_two_towns()
    {
        Report kidal = Report(Assault("ev-1", Kidal(), Day(June2), [Gunmen()], []), "a", "Outlet A");
        Report region = Report(Assault("ev-2", KidalRegion(), Day(June2), [Gunmen()], []), "b", "Outlet B");
        Report otherTown = Report(
            Assault("ev-3", Kidal() with { Name = "Tessalit", GazetteerId = "geonames:2450173", Latitude = 20.2, Longitude = 1.0 }, Day(June2), [Gunmen()], []),
            "c",
            "Outlet C");

        IReadOnlyList<Incident> incidents = _reconciler.ReconcileAll([kidal, region, otherTown]);

        Assert.Equal(2, incidents.Count);
        Incident joined = Assert.Single(incidents, i => i.Reports.Length == 2);
        Assert.Equal(["ev-1", "ev-2"], joined.Reports.Select(r => r.Event.Id));
        Assert.Equal(LocationPrecision.Town, joined.Location!.Precision);
    }

    [Fact]
    public void Reports_located_only_in_a_country_or_without_a_date_stay_alone()
    {
        Report kidal = Report(Assault("ev-1", Kidal(), Day(June2), [Gunmen()], []), "a", "Outlet A");
        Report country = Report(Assault("ev-2", Mali(), Day(June2), [Gunmen()], []), "b", "Outlet B");
        Report undated = Report(Assault("ev-3", Kidal(), null, [Gunmen()], []), "c", "Outlet C");

        Assert.Equal(3, _reconciler.ReconcileAll([kidal, country, undated]).Count);
    }

    [Fact]
    public void Reports_dated_only_by_their_month_stay_alone()
    {
        var lastMonth = new EventDate(new Evidence(0, 12, "الشهر الماضي"), new DateOnly(2018, 5, 1), new DateOnly(2018, 5, 31), DatePrecision.Month);
        Report a = Report(Assault("ev-1", Kidal(), lastMonth, [Gunmen()], []), "a", "Outlet A");
        Report b = Report(Assault("ev-2", Kidal(), lastMonth, [Gunmen()], []), "b", "Outlet B");

        Assert.Equal(2, _reconciler.ReconcileAll([a, b]).Count);
    }

    [Fact]
    public void Dates_more_than_a_day_apart_are_different_incidents()
    {
        Report first = Report(Assault("ev-1", Kidal(), Day(June2), [Gunmen()], []), "a", "Outlet A");
        Report nextDay = Report(Assault("ev-2", Kidal(), Day(June2.AddDays(1)), [Gunmen()], []), "b", "Outlet B");
        Report later = Report(Assault("ev-3", Kidal(), Day(June2.AddDays(5)), [Gunmen()], []), "c", "Outlet C");

        IReadOnlyList<Incident> incidents = _reconciler.ReconcileAll([first, nextDay, later]);

        Assert.Equal([2, 1], incidents.Select(i => i.Reports.Length));
    }

    [Fact]
    public void Two_different_rebel_groups_are_not_the_same_attacker()
    {
        Report a = Report(Assault("ev-1", Kidal(), Day(June2), [Rebels("MNLA"), Army()], []), "a", "Outlet A");
        Report b = Report(Assault("ev-2", Kidal(), Day(June2), [Rebels("Ansar Dine"), Army()], []), "b", "Outlet B");

        Assert.Equal(2, _reconciler.ReconcileAll([a, b]).Count);
    }

    [Fact]
    public void A_clash_told_with_the_sides_swapped_is_one_incident()
    {
        Report a = Report(Assault("ev-1", Kidal(), Day(June2), [Rebels("MNLA"), Army()], []), "a", "Outlet A");
        Report b = Report(Assault("ev-2", Kidal(), Day(June2), [Army("actor1"), Rebels("MNLA", "actor2")], []), "b", "Outlet B");

        Assert.Single(_reconciler.ReconcileAll([a, b]));
    }

    [Fact]
    public void Two_events_of_one_article_are_never_linked_again()
    {
        Report a = Report(Assault("ev-1", Kidal(), Day(June2), [Gunmen()], []), "same", "Outlet A");
        Report b = Report(Assault("ev-2", Kidal(), Day(June2), [Gunmen()], []), "same", "Outlet A");

        Assert.Equal(2, _reconciler.ReconcileAll([a, b]).Count);
    }

    [Fact]
    public void A_planned_protest_is_not_linked_to_one_that_occurred()
    {
        Report planned = Report(Assault("ev-1", Kidal(), Day(June2), [], [], EventStatus.Planned, "PROTEST"), "a", "Outlet A");
        Report occurred = Report(Assault("ev-2", Kidal(), Day(June2), [], [], EventStatus.Occurred, "PROTEST"), "b", "Outlet B");

        Assert.Equal(2, _reconciler.ReconcileAll([planned, occurred]).Count);
    }

    [Fact]
    public void The_same_statement_relayed_by_two_outlets_counts_once_in_the_estimate()
    {
        Report a = Report(Assault("ev-1", Kidal(), Day(June2), [Gunmen()], [Killed("Ministry of Defence of Mali", SourceKind.Government, 20)]), "a", "Outlet A");
        Report b = Report(Assault("ev-2", Kidal(), Day(June2), [Gunmen()], [Killed("Ministry of Defence of Mali", SourceKind.Government, 20)]), "b", "Outlet B");
        Report c = Report(Assault("ev-3", Kidal(), Day(June2), [Gunmen()], [Killed("article", SourceKind.Unattributed, 10)]), "c", "Outlet C");

        Incident incident = Assert.Single(_reconciler.ReconcileAll([a, b, c]));

        Assert.Equal(3, incident.Claims.Length);
        Assert.Equal(new FatalityEstimate(10, 15, 20), incident.Fatalities);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_the_reports_come_in()
    {
        Report[] reports =
        [
            Report(Assault("ev-1", Kidal(), Day(June2), [Gunmen()], []), "a", "A"),
            Report(Assault("ev-2", KidalRegion(), Day(June2), [Gunmen()], []), "b", "B"),
            Report(Assault("ev-3", Gao(), Day(June2), [Gunmen()], []), "c", "C"),
            Report(Assault("ev-4", Kidal(), Day(June2.AddDays(1)), [Gunmen()], []), "d", "D"),
            Report(Assault("ev-5", Gao(), Day(June2.AddDays(1)), [Gunmen()], []), "e", "E"),
        ];

        string Shape(IEnumerable<Report> order) => string.Join(" | ", _reconciler.ReconcileAll(order)
            .Select(i => string.Join(",", i.Reports.Select(r => r.Event.Id)))
            .Order(StringComparer.Ordinal));

        string expected = Shape(reports);
        Assert.Equal(expected, Shape(reports.Reverse()));
        Assert.Equal(expected, Shape([reports[2], reports[4], reports[0], reports[3], reports[1]]));
    }

    [Fact]
    public void A_report_told_as_past_context_stays_apart_from_the_news_and_only_an_incident_of_recollections_is_background()
    {
        Report news = Report(Assault("ev-a", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("article", SourceKind.Unattributed, 12)]), "a", "A");
        Report recalled = Report(Assault("ev-b", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("article", SourceKind.Unattributed, 40)]) with { Background = true }, "b", "B");
        Report recalledAgain = Report(Assault("ev-c", Kidal(), Day(June2), [Gunmen(), Army()], [Killed("article", SourceKind.Unattributed, 40)]) with { Background = true }, "c", "C");

        IReadOnlyList<Incident> incidents = _reconciler.ReconcileAll([news, recalled, recalledAgain]);

        Assert.Equal(2, incidents.Count);
        Incident fresh = Assert.Single(incidents, i => !i.Background);
        Assert.Equal(["ev-a"], fresh.Reports.Select(r => r.Event.Id));
        Assert.Equal(12, fresh.ConservativeFatalities);
        Assert.Equal(["ev-b", "ev-c"], Assert.Single(incidents, i => i.Background).Reports.Select(r => r.Event.Id));
    }

    [Fact]
    public void Streaming_refuses_reports_out_of_date_order()
    {
        Report later = Report(Assault("ev-1", Kidal(), Day(June2.AddDays(3)), [Gunmen()], []), "a", "A");
        Report earlier = Report(Assault("ev-2", Kidal(), Day(June2), [Gunmen()], []), "b", "B");

        Assert.Throws<ArgumentException>(() => _reconciler.Reconcile([later, earlier]).ToList());
    }
}
