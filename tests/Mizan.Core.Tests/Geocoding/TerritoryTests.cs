using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Pipeline;
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

    [Theory]
    [InlineData("أطلق جنود الاحتلال النار على محتجين تجمعوا قرب السياج الفاصل بين غزة وإسرائيل.", "إسرائيل")]
    [InlineData("أصيب عشرات المتظاهرين على السياج الحدودي بين إسرائيل وقطاع غزة.", "إسرائيل")]
    [InlineData("قصفت مدفعية الاحتلال نقطة رصد على الحدود الشرقية لقطاع غزة مع إسرائيل.", "إسرائيل")]
    public void A_country_paired_with_Gaza_at_the_fence_is_the_other_side(string text, string country)
    {
        Document doc = Engines.Process(text);
        Assert.All(doc.Places.Where(p => doc.Slice(p.Span) == country), p => Assert.Equal(PlaceRole.Border, p.Role));
    }

    [Fact]
    public void Two_countries_of_a_border_are_both_places()
    {
        Document doc = Engines.Process("اندلعت اشتباكات على الحدود بين سوريا والأردن.");
        Assert.All(doc.Places, p => Assert.Equal(PlaceRole.Location, p.Role));
    }

    [Theory]
    [InlineData("قتل شاب فلسطيني برصاص الجيش الإسرائيلي قرب السياج الفاصل بين غزة وإسرائيل.")]
    [InlineData("قتل شاب فلسطيني برصاص الجيش الإسرائيلي قرب السياج الحدودي بين إسرائيل وقطاع غزة.")]
    [InlineData("قتل شاب فلسطيني برصاص الجيش الإسرائيلي على الحدود الشرقية لقطاع غزة.")]
    [InlineData("قتل شاب فلسطيني برصاص الجيش الإسرائيلي قرب السياج الحدودي مع إسرائيل شرق خان يونس.")]
    public void An_event_at_the_Gaza_fence_is_in_Palestine_in_an_article_that_names_Israel_most(string sentence)
    {
        string text = sentence + " وقالت إسرائيل إن الشاب حاول اجتياز السياج. وتتهم إسرائيل حركة حماس بتنظيم الاحتجاجات.";
        Event e = Assert.Single(Engines.ProcessWithRules(text, title: "إسرائيل تحمل حماس المسؤولية").Events, e => e.Type == "ASSAULT");
        Assert.Equal("PSE", e.Location?.Country);
    }

    [Fact]
    public void The_Rafah_crossing_is_in_Palestine_in_an_article_about_Egypt()
    {
        const string text = "أعلنت السلطات المصرية فتح معبر رفح أمام الجرحى. وقتل شاب فلسطيني برصاص مجهولين عند معبر رفح مساء أمس. "
            + "وقالت مصادر في القاهرة إن مصر سترسل قوافل طبية، وإن مستشفيات العريش مستعدة.";
        Event e = Assert.Single(Engines.ProcessWithRules(text).Events, e => e.Type == "ASSAULT");
        Assert.Equal("PSE", e.Location?.Country);
    }
}
