using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Geocoding;

/// <summary>Place names that are not where something happens (data/ar/place-roles.tsv).</summary>
public class PlaceRoleTests
{
    private static PlaceRole RoleOf(string text, string name, string? title = null)
    {
        Document doc = Engines.Process(text, title: title);
        return doc.Places.First(p => doc.Slice(p.Span) == name).Role;
    }

    private static Event Single(string text, string? title = null) =>
        Assert.Single(Engines.ProcessWithRules(text, title: title).Events, e => e.Type == "ASSAULT");

    [Fact]
    public void A_state_that_backs_a_group_is_an_affiliation()
    {
        Assert.Equal(PlaceRole.Affiliation, RoleOf("هاجم مسلحو الجماعة المدعومة من إيران موقعا للجيش.", "إيران"));
        Assert.Equal(PlaceRole.Affiliation, RoleOf("قتل عشرة من عناصر الميليشيات الموالية لإيران.", "إيران"));
    }

    [Fact]
    public void Every_state_of_a_list_after_backed_by_is_an_affiliation()
    {
        Assert.Equal(PlaceRole.Affiliation, RoleOf("تقدمت القوات المدعومة من تركيا وقطر نحو البلدة.", "قطر"));
    }

    [Fact]
    public void The_seat_of_a_source_is_a_seat()
    {
        Assert.Equal(PlaceRole.Seat, RoleOf("وقالت المنظمة الحقوقية ومقرها باريس إن خمسة قتلوا.", "باريس"));
    }

    [Fact]
    public void Where_a_statement_was_made_is_a_venue()
    {
        Assert.Equal(PlaceRole.Venue, RoleOf("وقال المبعوث في جنيف إن المحادثات ستستأنف.", "جنيف"));
    }

    [Fact]
    public void A_capital_before_a_verb_of_saying_is_its_government()
    {
        Assert.Equal(PlaceRole.Government, RoleOf("موسكو ترفض الاتهامات وتطالب بتحقيق مستقل.", "موسكو"));
    }

    [Fact]
    public void A_capital_after_in_is_a_place_whatever_follows()
    {
        Assert.Equal(PlaceRole.Location, RoleOf("تظاهر المئات في موسكو وقالت الشرطة إنها اعتقلت العشرات.", "موسكو"));
    }

    [Fact]
    public void The_country_across_a_border_is_the_other_side()
    {
        Assert.Equal(PlaceRole.Border, RoleOf("سقطت قذيفة على قرية قريبة من الشريط الحدودي مع لبنان.", "لبنان"));
    }

    [Fact]
    public void The_town_before_the_dash_at_the_start_of_the_body_is_the_dateline()
    {
        Assert.Equal(PlaceRole.Dateline, RoleOf("القاهرة - انفجرت سيارة ملغومة في مدينة العريش.", "القاهرة", title: "انفجار في العريش"));
    }

    [Fact]
    public void A_backer_named_in_the_sentence_is_not_where_the_attack_was()
    {
        Event e = Single("قتل ثلاثة جنود في هجوم شنه مسلحون مدعومون من إيران على مدينة الحديدة أمس.");
        Assert.NotEqual("IRN", e.Location?.Country);

        Event affiliated = Single("قتل خمسة من عناصر الجماعة الموالية لإيران في غارة جوية.");
        Assert.NotEqual("IRN", affiliated.Location?.Country);
    }

    [Fact]
    public void A_source_seat_is_not_where_the_attack_was()
    {
        Event e = Single("قتل أربعة مدنيين في قصف على بلدة في ريف إدلب بحسب المرصد ومقره لندن.");
        Assert.NotEqual("GBR", e.Location?.Country);
    }

    [Fact]
    public void A_country_that_strikes_is_the_attacker_not_the_place()
    {
        Event e = Assert.Single(Engines.Process("شهدت منطقة كيدال شمالي مالي توترا كبيرا هذا الأسبوع. وكانت فرنسا شنت غارات جوية على مواقع للمسلحين أمس، ما أسفر عن مقتل عشرة منهم.").Events, e => e.Type == "ASSAULT");
        Assert.Equal("MLI", e.Location?.Country);
    }

    [Fact]
    public void An_unknown_position_names_the_file_and_line()
    {
        var error = Assert.Throws<LexiconFormatException>(() => PlaceRoles.Load(new StringReader("# source: test\n# licence: MIT\nphrase\trole\tposition\nمقره\tseat\tabove\n")));
        Assert.Contains("place-roles.tsv", error.Message, StringComparison.Ordinal);
    }
}
