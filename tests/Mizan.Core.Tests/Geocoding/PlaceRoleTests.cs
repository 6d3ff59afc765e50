using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Languages.Arabic;
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

    [Theory]
    [InlineData("شنت مقاتلات التحالف بقيادة الولايات المتحدة غارات على مواقع للتنظيم في دير الزور.", "الولايات المتحدة")]
    [InlineData("تقدمت القوات التي تقودها واشنطن نحو مواقع المسلحين شرقي البلاد.", "واشنطن")]
    [InlineData("قتل عشرة من مقاتلي الفصائل المدعومة من واشنطن في كمين قرب منبج.", "واشنطن")]
    [InlineData("وكانت قوى غربية متمثلة بالولايات المتحدة وفرنسا قد قصفت مواقع عسكرية فجر الأحد.", "الولايات المتحدة")]
    public void A_state_that_leads_backs_or_makes_up_the_attacker_is_an_affiliation(string text, string name)
    {
        Assert.Equal(PlaceRole.Affiliation, RoleOf(text, name));
    }

    [Fact]
    public void A_state_that_leads_a_coalition_is_an_affiliation()
    {
        Assert.Equal(PlaceRole.Affiliation, RoleOf("وتتهم الجماعة السعودية التي تقود التحالف بقصف الأحياء السكنية.", "السعودية"));
    }

    [Fact]
    public void A_coalition_led_by_the_United_States_strikes_in_Syria_not_in_the_United_States()
    {
        Event e = Single("قتل سبعة مدنيين في غارات شنتها طائرات التحالف بقيادة الولايات المتحدة على بلدة هجين.");
        Assert.Equal("SYR", e.Location?.Country);

        Event western = Single("قالت وزارة الدفاع إن قوى غربية متمثلة بالولايات المتحدة وبريطانيا شنت غارات على مواقع عسكرية قرب حمص فجر الأحد.");
        Assert.Equal("SYR", western.Location?.Country);
    }

    [Theory]
    [InlineData("شنت الولايات المتحدة غارات جوية على مواقع للمسلحين في اليمن.", "YEM")]
    [InlineData("شنت الولايات المتحدة غارات جوية على مواقع للمسلحين في محافظة شبوة.", "YEM")]
    [InlineData("شنت روسيا غارات جوية على مواقع للمسلحين في ريف إدلب.", "SYR")]
    public void A_country_that_strikes_right_after_the_verb_is_not_the_place(string text, string iso3)
    {
        Assert.Equal(iso3, Single(text).Location?.Country);
    }

    [Fact]
    public void An_ambassadors_post_is_a_seat_and_the_state_that_sends_them_its_government()
    {
        const string text = "وقال سفير الإمارات في الولايات المتحدة إن القائد الميداني قتل في غارة على مدينة الحديدة.";
        Assert.Equal(PlaceRole.Seat, RoleOf(text, "الولايات المتحدة"));
        Assert.Equal(PlaceRole.Government, RoleOf(text, "الإمارات"));
        Assert.Equal(PlaceRole.Seat, RoleOf("واستدعت الحكومة سفيرها لدى أنقرة للتشاور.", "أنقرة"));
    }

    [Theory]
    [InlineData("وأفاد مراسل القناة في القدس بأن صاروخا أطلق على طائرة مسيرة قرب الحدود.", "القدس")]
    [InlineData("وذكر مراسل \"الإذاعة الوطنية\" في رام الله أن شابا قتل برصاص الجنود في الخليل.", "رام الله")]
    [InlineData("وقال مراسلنا في القاهرة إن الشرطة فرقت المحتجين.", "القاهرة")]
    public void A_correspondents_post_is_a_seat_even_with_the_outlet_in_quotation_marks(string text, string post)
    {
        Assert.Equal(PlaceRole.Seat, RoleOf(text, post));
    }

    [Fact]
    public void An_event_reported_by_a_correspondent_is_where_it_happened_not_at_the_correspondents_post()
    {
        Event e = Single("وذكر مراسل \"الإذاعة الوطنية\" في رام الله أن شابا قتل برصاص الجنود في مدينة الخليل صباح السبت.");
        Assert.Equal("Hebron", e.Location?.Name);
    }

    [Fact]
    public void A_state_that_speaks_without_a_locative_word_is_its_government()
    {
        Assert.Equal(PlaceRole.Government, RoleOf("وقالت إسرائيل إن صاروخا سقط في منطقة مفتوحة.", "إسرائيل"));
        Assert.Equal(PlaceRole.Government, RoleOf("واتهمت تركيا المسلحين بشن الهجوم.", "تركيا"));
    }

    [Fact]
    public void A_state_that_strikes_is_the_attacker_not_the_place_struck()
    {
        Assert.Equal(PlaceRole.Attacker, RoleOf("وشنت تركيا فجر الأحد غارات جوية على مواقع للمسلحين.", "تركيا"));
        Assert.Equal(PlaceRole.Attacker, RoleOf("إسرائيل تقصف مواقع للفصائل بعد سقوط صاروخين.", "إسرائيل"));

        // The strike is where its targets are, in the country the article tells of, not in the state that struck.
        Event e = Single("قتل خمسة مسلحين في ريف حمص. وقالت مصادر محلية إن الولايات المتحدة نفذت الغارات على مواقع التنظيم في ريف حمص فجر اليوم.");
        Assert.NotEqual("USA", e.Location?.Country);
    }

    [Theory]
    [InlineData("وذلك بعد الغارات التي شنتها إسرائيل على مواقع في سوريا.", "إسرائيل")] // the verb holds its object: its subject follows
    [InlineData("وأدى الهجوم الكيماوي إلى شن الولايات المتحدة غارات على مواقع في سوريا.", "الولايات المتحدة")] // a verbal noun and its agent
    [InlineData("فيما شنت الرياض هجمات على مواقع المتمردين في اليمن.", "الرياض")]
    public void A_state_after_a_verb_that_opens_its_clause_is_the_attacker(string text, string name)
    {
        Assert.Equal(PlaceRole.Attacker, RoleOf(text, name));
    }

    [Theory]
    [InlineData("وأطلق المسلحون عدة صواريخ استهدفت الرياض مساء السبت.", "الرياض")]
    [InlineData("وأسقطت الدفاعات الجوية الطائرات التي هاجمت سوريا فجرا.", "سوريا")]
    public void A_state_after_a_verb_that_has_its_subject_is_the_place_struck(string text, string name)
    {
        Assert.Equal(PlaceRole.Location, RoleOf(text, name));
    }

    [Fact]
    public void A_town_after_a_verb_of_attack_stays_a_place()
    {
        // Not a state, so the verb is passive or the town its object: قصفت حلب "Aleppo was shelled"; قصف حماة "the shelling of Hama".
        Assert.Equal(PlaceRole.Location, RoleOf("وقصفت حلب بعشرات القذائف ليلا.", "حلب"));
        Assert.Equal(PlaceRole.Location, RoleOf("وتواصل قصف حماة لليوم الثالث.", "حماة"));
        Assert.Equal(PlaceRole.Location, RoleOf("وسقطت قذائف في موسكو وقصفت بعدها الأحياء.", "موسكو"));
    }

    [Fact]
    public void The_city_an_embassy_moves_to_is_the_topic_of_a_protest_not_its_place()
    {
        Assert.Equal(PlaceRole.Topic, RoleOf("خرج الآلاف في مسيرة احتجاجا على نقل السفارة الأمريكية إلى القدس.", "القدس"));
        Event e = Assert.Single(Engines.ProcessWithRules("تظاهر مئات الطلاب في مدينة نابلس احتجاجا على نقل السفارة الأميركية إلى القدس.").Events, e => e.Type == "PROTEST");
        Assert.Equal("PSE", e.Location?.Country);
    }

    [Fact]
    public void A_crossing_opened_or_closed_is_the_topic_not_the_place()
    {
        Assert.Equal(PlaceRole.Topic, RoleOf("وقررت السلطات فتح معبر رفح أمام المسافرين طوال الشهر.", "معبر رفح"));
        Assert.Equal(PlaceRole.Topic, RoleOf("وأعلن الجيش إغلاق معبر كرم أبو سالم حتى إشعار آخر.", "معبر كرم أبو سالم"));
        Event e = Single("أصيب عشرات الفلسطينيين برصاص الجنود في قطاع غزة، بعد ساعات من قرار إغلاق معبر كرم أبو سالم.");
        Assert.Equal("Gaza Strip", e.Location?.Name);
    }

    [Fact]
    public void The_country_across_the_border_of_a_place_referred_to_is_the_other_side()
    {
        // القطاع refers to قطاع غزة named before; مع makes إسرائيل the other side, not what القطاع names.
        var events = Engines.ProcessWithRules("وصل مئات المتظاهرين إلى قطاع غزة صباح أمس. وأصيب عشرات الشبان برصاص الجنود على حدود القطاع مع إسرائيل.").Events;
        Event e = Assert.Single(events, x => x.Type == "ASSAULT");
        Assert.Equal("Gaza Strip", e.Location?.Name);
        Assert.Equal("PSE", e.Location?.Country);
    }

    [Fact]
    public void A_correspondent_in_a_town_named_with_its_noun_is_at_a_seat()
    {
        const string text = "وقال مراسل الوكالة في مدينة دوما، كبرى مدن الغوطة الشرقية، إن الطائرات قصفت الأحياء السكنية صباح الثلاثاء.";
        Assert.Equal(PlaceRole.Seat, RoleOf(text, "دوما"));
        Assert.Equal("Eastern Ghouta", Assert.Single(Engines.Process(text).Events, e => e.Type == "ASSAULT").Location?.Name);
        Assert.Equal(PlaceRole.Location, RoleOf("سقطت قذائف في مدينة دوما صباح الثلاثاء.", "دوما"));
    }

    [Fact]
    public void A_birthplace_is_no_capital()
    {
        // مسقط رأسه is "his birthplace"; مسقط alone is Muscat.
        Assert.Equal(PlaceRole.Idiom, RoleOf("وتقدمت القوات نحو مران مسقط رأس زعيم الجماعة في محافظة صعدة.", "مسقط"));
        Assert.Equal(PlaceRole.Location, RoleOf("وصل الوفد إلى مسقط مساء الثلاثاء لإجراء محادثات.", "مسقط"));
        Assert.Equal(PlaceRole.Location, RoleOf("وسيطرت القوات على ميناءي السدرة ورأس لانوف النفطيين.", "السدرة")); // the word opens the next name
    }

    [Fact]
    public void A_man_called_by_a_name_that_is_also_a_town_is_a_person()
    {
        Assert.Equal(PlaceRole.Person, RoleOf("وقال شاهد عيان يدعى عمران إن المسلح فر من المكان.", "عمران"));
        Assert.Equal(PlaceRole.Location, RoleOf("قصفت الطائرات مواقع في محافظة عمران شمالي صنعاء.", "عمران"));
    }

    [Fact]
    public void Where_a_drone_was_launched_from_is_its_origin_not_where_it_was_downed()
    {
        const string text = "أسقطت الدفاعات الجوية طائرة مسيرة انطلقت من لبنان فوق بلدة المطلة.";
        Assert.Equal(PlaceRole.Origin, RoleOf(text, "لبنان"));
        Assert.Equal(PlaceRole.Origin, RoleOf("انفجرت شاحنة قادمة من حلب عند مدخل المدينة.", "حلب"));
        Assert.Equal(PlaceRole.Origin, RoleOf("وقال المتحدث إن الصواريخ الآتية من لبنان سقطت في مناطق مفتوحة.", "لبنان"));
        Assert.Equal(PlaceRole.Origin, RoleOf("واعترض الجيش طائرة مسيرة دخلت من سوريا صباح الأربعاء.", "سوريا"));
        Assert.Equal(PlaceRole.Origin, RoleOf("وقتل مسلح تسلل من الأردن إلى البلدة ليلا.", "الأردن"));
    }

    [Fact]
    public void An_unknown_position_names_the_file_and_line()
    {
        var error = Assert.Throws<LexiconFormatException>(() => PlaceRoles.Load(ArabicLanguagePack.Instance, new StringReader("# source: test\n# licence: MIT\nphrase\trole\tposition\nمقره\tseat\tabove\n")));
        Assert.Contains("place-roles.tsv", error.Message, StringComparison.Ordinal);
    }
}
