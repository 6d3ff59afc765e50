using Mizan.Events;
using Mizan.Pipeline;
using Mizan.Reconciliation;

namespace Mizan.Storage.Tests.Reconciliation;

/// <summary>
/// Short Arabic articles written for these tests, run through the real engine and then
/// reconciled: three outlets report one attack on a barracks in Kidal with different tolls
/// (12, 20, and a denial of any loss); a fourth reports another attack, in Gao.
/// </summary>
public sealed class ReconcileThroughEngineTests
{
    public static readonly Article[] Articles =
    [
        new("outlet-a-1", "مقتل 12 جنديا في هجوم على ثكنة في كيدال", "قتل 12 جنديا ماليا أمس في هجوم شنه مسلحون على ثكنة عسكرية في مدينة كيدال شمالي مالي، بحسب ما أعلنت وزارة الدفاع المالية.", new DateOnly(2018, 6, 3), "Outlet A"),
        new("outlet-b-1", "هجوم على ثكنة للجيش في كيدال", "هاجم مسلحون أمس ثكنة للجيش المالي في مدينة كيدال، وقال مصدر أمني إن 20 جنديا قتلوا في الهجوم.", new DateOnly(2018, 6, 3), "Outlet B"),
        new("outlet-c-1", null, "هاجم مسلحون أمس ثكنة للجيش المالي في مدينة كيدال. ونفت وزارة الدفاع المالية وقوع أية خسائر في صفوف الجيش.", new DateOnly(2018, 6, 3), "Outlet C"),
        new("outlet-d-1", "هجوم في غاو", "قتل 5 جنود ماليين أمس في هجوم شنه مسلحون على ثكنة عسكرية في مدينة غاو شمالي مالي.", new DateOnly(2018, 6, 3), "Outlet D"),
    ];

    private static readonly Lazy<MizanEngine> Engine = new(() => MizanEngine.CreateDefault());

    [Fact]
    public void Three_outlets_reporting_the_attack_on_Kidal_become_one_incident_and_Gao_stays_apart()
    {
        var reports = Articles
            .SelectMany(a => Engine.Value.Process(a).Events.Where(e => e.Type == "ASSAULT").Select(e => new Report(e, a.Id, a.Source, a.Published)))
            .ToList();
        Assert.True(reports.Count >= 4, $"the engine found {reports.Count} assaults in the four articles: " + string.Join("; ", reports.Select(r => $"{r.ArticleId} {r.Event.Location?.Name} {r.Event.Date?.Start}")));

        IReadOnlyList<Incident> incidents = new IncidentReconciler().ReconcileAll(reports);

        Incident kidal = Assert.Single(incidents, i => i.Location?.Name == "Kidal");
        Assert.Equal(["outlet-a-1", "outlet-b-1", "outlet-c-1"], kidal.Reports.Select(r => r.ArticleId).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2018, 6, 2), kidal.Date!.Start);
        Assert.Contains(kidal.Claims, c => c.Outlet == "Outlet C" && c.Claim.Denial);
        Assert.Equal(0, kidal.ConservativeFatalities);
        Assert.Equal(20, kidal.Fatalities!.High);
        Assert.True(kidal.Disputed);

        Incident gao = Assert.Single(incidents, i => i.Location?.Name == "Gao");
        Assert.Equal(["outlet-d-1"], gao.Reports.Select(r => r.ArticleId).Distinct());
        Assert.Equal(5, gao.ConservativeFatalities);
    }
}
