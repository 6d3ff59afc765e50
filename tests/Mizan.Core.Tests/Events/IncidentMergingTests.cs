using Mizan;
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
    public void Strikes_on_two_named_towns_are_two_events_with_ids_of_their_own_and_one_toll()
    {
        List<Event> events = Assaults("قتل سبعة مدنيين في غارات جوية استهدفت دوما وزملكا في ريف دمشق.", new DateOnly(2018, 2, 23));
        Assert.Equal(["Dūmā", "Zamalka"], events.Select(e => e.Location?.Name));
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());

        // The seven dead are told once for both towns: an analyst who adds the events' tolls counts them once.
        Assert.Equal(7, events[0].Fatalities?.Best);
        Assert.Null(events[1].Fatalities);
        Assert.Contains(events[1].Evidence, x => x.Text.Contains("زملكا", StringComparison.Ordinal));
        Assert.Equal(events.Select(e => e.Id), Assaults("قتل سبعة مدنيين في غارات جوية استهدفت دوما وزملكا في ريف دمشق.", new DateOnly(2018, 2, 23)).Select(e => e.Id));
    }

    [Fact]
    public void One_district_named_twice_is_one_incident()
    {
        // A district is the place of one front: its name told again, by another account, is the incident told again.
        const string text = "سيطرت القوات الحكومية السبت على مواقع جديدة في مديرية باقم شمال محافظة صعدة. "
            + "وفي صنعاء، عقد البرلمان جلسة لمناقشة الموازنة. "
            + "وتحاصر القوات المتمردين في مركز مديرية باقم من عدة محاور.";
        Event e = Assert.Single(Assaults(text, new DateOnly(2018, 7, 28)));
        Assert.Equal("YEM", e.Location?.Country);
        Assert.Contains(e.Evidence, x => x.Text.Contains("تحاصر", StringComparison.Ordinal));
    }

    [Fact]
    public void A_toll_told_as_going_on_from_a_total_is_part_of_the_total()
    {
        const string text = "وأدى قمع المسيرات قرب الحدود إلى مقتل 40 شخصا منذ بدء الاحتجاجات في 30 آذار/مارس. "
            + "كما أصيب أكثر من 1500 شخص بالرصاص الحي بحسب وزارة الصحة.";
        MizanEngine engine = MizanEngine.Create(Engines.Default.Resources, options: new ExtractionOptions { IncludeBackground = true });
        List<Event> events = [.. engine.Process(new Mizan.Pipeline.Article("test", null, text, new DateOnly(2018, 5, 1))).Events.Where(e => e.Type == "ASSAULT")];
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.Background));
        Assert.Contains(events, e => e.Claims.Any(c => c.Injured.Values.Any(r => r.Low == 1500)));
    }

    [Fact]
    public void A_toll_told_as_going_on_from_an_incident_stays_news()
    {
        const string text = "قتل ثلاثة جنود في هجوم على حاجز للجيش شمال المدينة أمس. كما أصيب خمسة آخرون بجروح.";
        Event e = Assert.Single(Assaults(text, new DateOnly(2018, 5, 1)));
        Assert.False(e.Background);
        Assert.Contains(e.Claims, c => c.Injured.Values.Any(r => r.Low == 5));
    }

    [Fact]
    public void A_report_that_names_no_place_joins_the_incident_the_title_tells_where_the_article_is()
    {
        // The body's report has a day of its own (so it is not a mere reference back) and no place:
        // it is where the article is, and the title told a protest there.
        const string title = "احتجاجات غاضبة تعم الناصرية";
        const string body = "عاد التوتر مرة أخرى إلى جنوب العراق بعد أسابيع من الهدوء. "
            + "واستمرت الاحتجاجات القاتلة الثلاثاء، فقد ضاق السكان ذرعا بانقطاع الكهرباء وشح المياه.";
        Event e = Assert.Single(Engines.Process(body, new DateOnly(2018, 7, 20), title).Events, x => x.Type == "PROTEST");
        Assert.Equal("Nasiriyah", e.Location?.Name);
        Assert.Contains(e.Evidence, x => x.Text.Contains("تعم الناصرية", StringComparison.Ordinal));
        Assert.Contains(e.Evidence, x => x.Text.Contains("الاحتجاجات القاتلة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_that_names_no_place_stays_apart_from_an_incident_in_another_town_than_the_article()
    {
        const string title = "احتجاجات غاضبة تعم مدينة الناصرية";
        const string body = "خرج مئات المحتجين إلى شوارع الناصرية مساء الخميس. وفي البصرة، تجمع عشرات المتظاهرين أمام مبنى المحافظة الجمعة. "
            + "وقال شهود إن قوات الأمن أطلقت الغاز المسيل للدموع على المحتجين هناك.";
        Mizan.Pipeline.Document document = Engines.ProcessWithRules(body, new DateOnly(2018, 7, 21), title);
        Assert.Contains(document.Events, x => x.Type == "PROTEST" && x.Location?.Name == "Basrah");
    }

    [Fact]
    public void A_title_that_names_the_governorate_seat_tells_the_incident_the_body_places_in_a_town_of_it()
    {
        // حجة is the seat of Hajjah governorate; عبس is a town of it, 40 km away.
        const string title = "مقتل مدنيين بقصف على حجة";
        const string body = "قتل ثلاثة مدنيين وأصيب خمسة آخرون، الأحد، في قصف مدفعي استهدف منازلهم في مدينة عبس غرب اليمن. "
            + "وفي صنعاء، قتل جنديان في انفجار عبوة ناسفة.";
        List<Event> events = [.. Engines.Process(body, new DateOnly(2018, 10, 7), title).Events.Where(e => e.Type == "ASSAULT")];
        Assert.Equal(2, events.Count);
        Event shelling = Assert.Single(events, e => e.Evidence.Any(x => x.Text.Contains("حجة", StringComparison.Ordinal)));
        Assert.Equal("Abs", shelling.Location?.Name);
        Assert.Contains(shelling.Evidence, x => x.Text.Contains("عبس", StringComparison.Ordinal) || x.Text.Contains("قصف مدفعي", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Location?.Name == "Sanaa");
    }

    [Fact]
    public void A_move_toward_a_place_of_the_incident_goes_on_with_it()
    {
        const string text = "اندلعت معارك عنيفة بين القوات الحكومية والمتمردين في مدينة الحديدة صباح الأربعاء. "
            + "وأفاد شهود بفرار عشرات المسلحين من الأحياء الجنوبية، مع تقدم القوات الحكومية باتجاه مطار الحديدة.";
        Event e = Assert.Single(Assaults(text, new DateOnly(2018, 6, 13)));
        Assert.Contains(e.Evidence, x => x.Text.Contains("تقدم", StringComparison.Ordinal));
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

    [Theory]
    [InlineData("مقتل شاب بغزة")]
    [InlineData("مقتل شاب بغزة.. وتحذيرات من التصعيد")] // a title in two pieces is one unit before the body
    public void A_title_may_name_the_incident_by_a_town_near_the_one_the_body_names(string title)
    {
        // Beit Lahia is 6 km from Gaza City: the title names the better-known town.
        const string body = "قتل شاب وأصيب اثنان آخران في غارة إسرائيلية على بيت لاهيا شمالي قطاع غزة، الخميس. وقال مسعفون إن الجرحى نقلوا إلى المستشفى.";
        List<Event> assaults = [.. Engines.Process(body, new DateOnly(2019, 3, 14), title: title).Events.Where(e => e.Type == "ASSAULT")];
        Event e = Assert.Single(assaults);
        Assert.Contains(e.Evidence, x => x.Text.Contains("بغزة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_town_far_from_the_body_town_is_another_incident()
    {
        // Khan Younis is 25 km from Beit Lahia: two incidents.
        const string body = "قتل شاب وأصيب اثنان آخران في غارة إسرائيلية على بيت لاهيا شمالي قطاع غزة، الخميس. وقال مسعفون إن الجرحى نقلوا إلى المستشفى.";
        List<Event> assaults = [.. Engines.Process(body, new DateOnly(2019, 3, 14), title: "مقتل شاب في خان يونس").Events.Where(e => e.Type == "ASSAULT")];
        Assert.Equal(2, assaults.Count);
    }

    [Fact]
    public void A_strike_on_a_base_and_the_blasts_heard_in_the_town_near_it_are_one_incident()
    {
        // Al-Dulaimi Air Base is 14 km from the centre of Sanaa: the title names the base, the body the town.
        const string body = "هزت انفجارات عنيفة صباح الأحد العاصمة صنعاء عقب غارات شنتها مقاتلات التحالف على القاعدة الجوية شمال المدينة. وقال سكان إن الغارات هي الأعنف منذ أشهر.";
        List<Event> assaults = [.. Engines.Process(body, new DateOnly(2018, 3, 11), title: "غارات تستهدف قاعدة الديلمي").Events.Where(e => e.Type == "ASSAULT")];
        Event e = Assert.Single(assaults);
        Assert.Equal("Al-Dulaimi Air Base", e.Location?.Name);
    }
}
