using Mizan.Events;
using Mizan.Tests.Support;

namespace Mizan.Tests.Geocoding;

/// <summary>Events in Gaza or the West Bank are in Palestine, even when the article names Israel most.</summary>
public class TerritoryTests
{
    [Fact]
    public void An_event_without_a_place_of_its_own_is_in_the_territory_the_article_is_about()
    {
        const string text = "قالت إسرائيل إن جيشها رد على إطلاق صواريخ من قطاع غزة. واتهمت إسرائيل حركة حماس بالتصعيد. "
            + "وقالت وزارة الصحة في غزة إن شابا قتل برصاص القوات الإسرائيلية. وأضافت الوزارة أن الوضع في غزة متوتر، وأن إسرائيل تتحمل المسؤولية.";
        Event e = Assert.Single(Engines.ProcessWithRules(text).Events, e => e.Type == "ASSAULT" && e.Evidence.Any(q => q.Text.Contains("برصاص", StringComparison.Ordinal)));
        Assert.Equal("PSE", e.Location?.Country);
    }

    [Fact]
    public void A_shelling_west_of_the_Gaza_Strip_by_an_Israeli_tank_is_in_Palestine()
    {
        Event e = Assert.Single(Engines.ProcessWithRules("أصيب خمسة فلسطينيين في قصف مدفعي إسرائيلي استهدف منزلا شرق قطاع غزة.").Events);
        Assert.Equal("PSE", e.Location?.Country);
    }
}
