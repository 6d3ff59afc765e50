using Mizan.Events;
using Mizan.Tests.Support;

namespace Mizan.Tests.Events;

/// <summary>
/// How the shipped engine (rules and learned scorer) folds the reports of one incident into one
/// event, on articles written for these tests.
/// </summary>
public class IncidentMergingTests
{
    private static List<Event> Assaults(string text, DateOnly published) =>
        [.. Engines.Process(text, published).Events.Where(e => e.Type == "ASSAULT")];

    [Fact]
    public void A_later_report_placed_only_in_the_country_is_the_town_incident_told_again()
    {
        const string text = "قتل خمسة جنود في هجوم مسلح استهدف دورية للجيش قرب مدينة كيدال شمالي مالي صباح الاثنين. "
            + "وطالب الرئيس المالي بتعزيز الأمن على الطرق. وأعلنت وزارة الدفاع في بيان مقتل جنود ماليين في كمين نصبه مسلحون.";
        Event e = Assert.Single(Assaults(text, new DateOnly(2019, 3, 12)));
        Assert.Equal("Kidal", e.Location?.Name);
        Assert.Contains(e.Evidence, x => x.Text.Contains("كمين", StringComparison.Ordinal));
    }

    [Fact]
    public void A_later_report_in_another_town_stays_its_own_incident()
    {
        const string text = "قتل خمسة جنود في هجوم مسلح استهدف دورية للجيش قرب مدينة كيدال شمالي مالي صباح الاثنين. "
            + "وطالب الرئيس المالي بتعزيز الأمن على الطرق. وفي مدينة موبتي، قتل ثلاثة مدنيين في هجوم شنه مسلحون على سوق.";
        Assert.Equal(2, Assaults(text, new DateOnly(2019, 3, 12)).Count);
    }

    [Fact]
    public void A_clash_whose_shells_are_told_later_stays_a_battle()
    {
        const string text = "اندلعت اشتباكات عنيفة بين الجيش الصومالي ومسلحي حركة الشباب قرب بلدة أفجوي صباح الأحد. "
            + "وأفاد مصدر طبي بأن ثلاثة مدنيين أصيبوا بشظايا قذائف سقطت على أطراف البلدة.";
        Event e = Assert.Single(Assaults(text, new DateOnly(2019, 3, 12)));
        Assert.Equal(2, e.Evidence.Length);
        Assert.Equal(new AcledType("Battles", "Armed clash"), e.Acled);
    }
}
