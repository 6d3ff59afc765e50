using Mizan.Events;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Events;

/// <summary>
/// One test per rule of event extraction, on sentences written for these tests: triggers and
/// their morphology, the cues that change the status or make a trigger no event, assertion,
/// arguments and figures. They describe the rules, so they run without the learned scorer
/// (<see cref="Engines.RulesOnly"/>), which may overrule a rule's decision on what starts an event.
/// </summary>
public class EventRuleTests
{
    private static List<Event> Events(string text, DateOnly? published = null) => [.. Engines.ProcessWithRules(text, published).Events];

    private static Event Single(string text, string type = "ASSAULT", DateOnly? published = null) =>
        Assert.Single(Events(text, published), e => e.Type == type);

    private static void None(string text, string type = "ASSAULT") =>
        Assert.DoesNotContain(Events(text), e => e.Type == type);

    [Theory]
    [InlineData("هاجم مسلحون مجهولون حاجزا للشرطة في مدينة الرمادي أمس.")]
    [InlineData("قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دوريتهم جنوب كركوك.")]
    [InlineData("شنت طائرات حربية غارات على مواقع المسلحين في إدلب فجر اليوم.")]
    [InlineData("لقي أربعة أشخاص مصرعهم في قصف مدفعي على بلدة مارع.")]
    [InlineData("اختطف مسلحون مهندسا تركيا من موقع عمله في سرت.")]
    public void A_reported_attack_is_an_assault_that_occurred(string sentence)
    {
        Event e = Single(sentence);
        Assert.Equal(EventStatus.Occurred, e.Status);
    }

    [Theory]
    [InlineData("قتل خمسة أشخاص أمس في قصف مدفعي استهدف حيا سكنيا في مدينة درعا.", "Shelling/artillery/missile attack")]
    [InlineData("قتل ثلاثة مدنيين في غارة جوية على سوق في ريف إدلب.", "Air/drone strike")]
    [InlineData("قتل جنديان مساء أمس في انفجار عبوة ناسفة بدورية عسكرية جنوب بغداد.", "Remote explosive/landmine/IED")]
    public void A_toll_told_with_its_means_is_typed_by_the_means(string sentence, string subEventType)
    {
        Event e = Single(sentence);
        Assert.Equal(new AcledType("Explosions/Remote violence", subEventType), e.Acled);
    }

    [Fact]
    public void What_took_place_is_never_dated_after_its_report()
    {
        Event e = Single("قتل مسلحون ثلاثة جنود في هجوم على ثكنة في مدينة كيدال في مارس 2019.", published: new DateOnly(2018, 6, 1));
        Assert.Equal(EventStatus.Occurred, e.Status);
        Assert.NotNull(e.Date);
        Assert.Null(e.Date.Start);
        Assert.Contains("2019", e.Date.Mention.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_and_month_without_a_year_after_the_report_are_of_the_year_before()
    {
        const string text = "وفي 25 حزيران/يونيو قصفت الطائرات قرية جبلية وقتلت 40 شخصا.";
        var published = new DateOnly(2018, 6, 10);
        Assert.DoesNotContain(Events(text, published), e => e.Type == "ASSAULT");
        MizanEngine withBackground = MizanEngine.Create(Engines.RulesOnly.Resources, options: new ExtractionOptions { RulesOnly = true, IncludeBackground = true });
        Event e = Assert.Single(withBackground.Process(new Article("t", null, text, published)).Events, x => x.Type == "ASSAULT");
        Assert.True(e.Background);
        Assert.Equal(new DateOnly(2017, 6, 25), e.Date?.Start);
    }

    [Theory]
    [InlineData("وقتل أكثر من عشرة آلاف شخص منذ اندلاع الحرب في البلاد.")]
    [InlineData("وقتل نحو ثلاثة آلاف مسلح خلال ست سنوات من القتال في المنطقة.")]
    public void A_total_over_a_long_span_is_background_not_an_incident(string sentence)
    {
        None(sentence);
        MizanEngine withBackground = MizanEngine.Create(Engines.RulesOnly.Resources, options: new ExtractionOptions { RulesOnly = true, IncludeBackground = true });
        Event e = Assert.Single(withBackground.Process(new Article("t", null, sentence)).Events, x => x.Type == "ASSAULT");
        Assert.True(e.Background);
    }

    [Fact]
    public void Up_to_a_number_is_one_to_the_number()
    {
        Event e = Single("قتل ما يصل إلى 60 شخصا في قصف على سوق مدينة دوما أمس.");
        Assert.Contains(e.Claims, c => c.Killed.Values.Any(r => r.Low == 1 && r.High == 60));
        Assert.Equal(1, e.Fatalities?.Low);
    }

    [Fact]
    public void Killed_and_wounded_counted_together_are_not_a_death_count()
    {
        Event e = Single("سقط مئات القتلى والجرحى في قصف على مدينة دوما أمس.");
        Assert.DoesNotContain(e.Claims, c => c.Killed.Count > 0);
        Assert.Contains(e.Claims, c => c.Injured.Values.Any(r => r.Low == 200 && r.High == 999));
    }

    [Fact]
    public void Demonstrations_are_protests()
    {
        Event e = Single("تظاهر مئات الطلاب أمس أمام مقر البرلمان في عمان احتجاجا على رفع الأسعار.", "PROTEST");
        Assert.Equal(EventStatus.Occurred, e.Status);
    }

    [Fact]
    public void Rockets_fired_by_a_verb_in_the_past_are_a_strike_with_its_shooter()
    {
        Event e = Single("وأطلقت فصائل فلسطينية مساء أمس عشرات الصواريخ على مدينة سديروت.", published: new DateOnly(2018, 5, 15));
        Assert.Equal(EventStatus.Occurred, e.Status);
        Assert.Contains(e.Actors, a => a.Role == "actor1");
        Assert.Equal(new DateOnly(2018, 5, 14), e.Date?.Start);
    }

    [Fact]
    public void A_tally_since_the_start_of_the_year_is_recalled()
    {
        None("ونفذ المسلحون نحو خمسين هجوما منذ بداية العام في الإقليم.");
    }

    [Fact]
    public void An_incident_told_in_a_country_and_then_in_one_of_its_towns_is_one_event()
    {
        const string text = "قتل خمسة جنود في سوريا أمس. وأعلنت وزارة الدفاع الحداد. وقتل أمس خمسة جنود في انفجار عند حاجز في مدينة دير الزور.";

        Event e = Assert.Single(Events(text, new DateOnly(2018, 3, 2)), x => x.Type == "ASSAULT");

        Assert.Equal("Deir ez-Zor", e.Location?.Name);
    }

    [Fact]
    public void One_town_told_twice_with_nothing_against_it_is_one_incident()
    {
        const string text = "قتل ثلاثة جنود في هجوم على حاجز عسكري في مدينة الرمادي. وتعيش المحافظة أزمة سياسية منذ أشهر. وقال مسؤول محلي إن مسلحين استهدفوا الحاجز بقذائف في مدينة الرمادي.";

        Event e = Assert.Single(Events(text, new DateOnly(2018, 3, 2)), x => x.Type == "ASSAULT");

        Assert.Equal("Ramadi", e.Location?.Name);
    }

    [Fact]
    public void One_town_on_two_days_is_two_incidents()
    {
        const string text = "قتل ثلاثة جنود في هجوم على حاجز عسكري في مدينة الرمادي يوم الأحد. وتعيش المحافظة أزمة سياسية منذ أشهر. وقال مسؤول محلي إن مسلحين استهدفوا يوم الخميس حاجزا بقذائف في مدينة الرمادي.";

        Assert.Equal(2, Events(text, new DateOnly(2018, 3, 2)).Count(x => x.Type == "ASSAULT"));
    }

    [Fact]
    public void Incidents_in_two_countries_stay_apart()
    {
        const string text = "قتل خمسة جنود في سوريا أمس. وأعلنت وزارة الدفاع الحداد. وقتل أمس خمسة جنود في انفجار عند حاجز في مدينة الموصل.";

        Assert.Equal(2, Events(text, new DateOnly(2018, 3, 2)).Count(x => x.Type == "ASSAULT"));
    }

    [Fact]
    public void A_verb_describing_a_subordinate_attack_is_part_of_its_clause()
    {
        None("وتراجعت أسعار النفط بعد هجوم انتحاري قتل فيه 30 شخصا في ميناء عدن.");
        None("وتوترت العلاقات بين البلدين إثر ضربات جوية شنها الحلف على الحدود.");
    }

    [Fact]
    public void What_two_sources_announce_together_is_stated()
    {
        Event e = Single("أعلنت وزارة الداخلية العراقية والجيش الأمريكي أمس مقتل ثلاثة جنود في انفجار عبوة ناسفة.", published: new DateOnly(2018, 3, 2));
        Assert.Contains(e.Claims, c => c.Killed.Values.Any(r => r.Low == 3));
    }

    [Fact]
    public void Chants_of_the_protesters_already_told_are_no_new_protest()
    {
        None("وردد المحتجون هتافات ضد الحكومة، وهتف المتظاهرون «ارحل ارحل».", "PROTEST");
        None("وهتف المتظاهرون أمس «لا للغلاء».", "PROTEST");
        None("ورفع المتظاهرون لافتات تندد بالفساد.", "PROTEST");

        // After a gathering the sentence names, the chant tells that the gathering took place.
        Single("وشهد محيط البرلمان، حيث مقر الحكومة، توافد المئات من الطلاب، وهتف المتظاهرون ضد القانون.", "PROTEST");
        Event e = Single("تظاهر آلاف الطلاب أمس في وسط الخرطوم، وهتف المتظاهرون ضد رفع الأسعار.", "PROTEST", new DateOnly(2018, 1, 10));
        Assert.Contains(e.Evidence, x => x.Text.Contains("تظاهر", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وتجمع نحو 300 متظاهر أمام مبنى البلدية للمطالبة بتحسين الخدمات.")]
    [InlineData("ونزل آلاف المحتجين الى شوارع المدينة رافعين الأعلام الوطنية.")]
    [InlineData("وتجمع عشرات الطلاب في ساحة الجامعة احتجاجا على رفع الرسوم.")]
    public void A_gathering_with_the_size_of_its_crowd_is_a_protest(string sentence)
    {
        Assert.Equal(EventStatus.Occurred, Single(sentence, "PROTEST").Status);
    }

    [Fact]
    public void A_number_after_the_protesters_counts_something_else()
    {
        None("وأحرق المتظاهرون 12 سيارة ومبنى البلدية.", "PROTEST");
    }

    [Fact]
    public void Flight_with_a_number_is_displacement()
    {
        Event e = Single("أدت المعارك إلى نزوح ثلاثة آلاف شخص إلى النيجر.", "DISPLACE");
        Assert.Contains(e.Claims, c => c.Displaced.Values.Any(r => r.Low == 3000));
    }

    [Fact]
    public void Fighters_falling_back_is_not_displacement()
    {
        None("وقال الجيش إن المسلحين فروا من القرية بعد الاشتباك.", "DISPLACE");
    }

    [Fact]
    public void The_future_prefix_and_planning_words_make_an_event_planned()
    {
        Assert.Equal(EventStatus.Planned, Single("سيزور وزير الخارجية المصري الخرطوم الأسبوع المقبل.", "CONSULT").Status);
        Assert.Equal(EventStatus.Planned, Single("ومن المقرر أن تعقد محادثات بين الحكومة اليمنية والحوثيين في جنيف الأسبوع المقبل.", "CONSULT").Status);
    }

    [Theory]
    [InlineData("وأعلن الجيش أن قواته على وشك اقتحام المدينة من ثلاثة محاور.")]
    [InlineData("وتحدثت الصحيفة عن استعداد الجيش لشن هجوم واسع على المدينة.")]
    [InlineData("وحذرت المنظمة من الهجوم الوشيك على المدينة المحاصرة.")]
    public void Preparing_for_an_attack_is_no_attack_that_occurred(string sentence)
    {
        Assert.DoesNotContain(Engines.Process(sentence, new DateOnly(2018, 7, 16)).Events, e => e.Type == "ASSAULT" && e.Status == EventStatus.Occurred);
    }

    [Theory]
    [InlineData("وقال الجيش إن المسلحين الذين قتلوا في الغارة كانوا يخططون لشن هجمات في بغداد الأسبوع المقبل.")]
    [InlineData("وكان زعيم المعارضة يخطط لقيادة المظاهرات في العاصمة لكنه اعتقل.")]
    public void A_plan_told_in_the_past_is_no_planned_event_of_the_news(string sentence)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Status == EventStatus.Planned && !e.Background);
    }

    [Fact]
    public void A_threat_is_not_an_attack_that_occurred()
    {
        Assert.DoesNotContain(Events("وهدد التنظيم بشن هجمات جديدة على المدينة."), e => e.Type == "ASSAULT" && e.Status == EventStatus.Occurred);
    }

    [Fact]
    public void A_condition_makes_an_event_hypothetical()
    {
        Assert.DoesNotContain(Events("وقال إن الجيش سيرد إذا قصفت الطائرات المدينة."), e => e.Type == "ASSAULT" && e.Status == EventStatus.Occurred);
    }

    [Fact]
    public void A_negated_verb_is_no_event()
    {
        None("لم يهاجم المسلحون القرية هذه المرة.");
    }

    [Fact]
    public void A_verbal_attack_on_a_minister_is_a_metaphor()
    {
        None("شن النائب هجوما حادا على وزير المالية بسبب الميزانية.");
    }

    [Fact]
    public void A_film_about_an_attack_is_no_event()
    {
        None("يروي فيلم جديد قصة هجوم على قرية في الجبال.");
    }

    [Fact]
    public void A_court_case_about_an_old_attack_is_no_event()
    {
        None("أصدرت المحكمة حكما بالسجن على متهم في قضية تفجير السفارة.");
    }

    [Theory]
    [InlineData("تمكنت وحدات الحرس الوطني فجر اليوم من حجز بندقيتي صيد ومسدس خلال مداهمة منزل بمنطقة ريفية.")]
    [InlineData("داهمت الشرطة منزلا في ضواحي المدينة وألقت القبض على ثلاثة أشخاص مفتش عنهم.")]
    public void A_raid_of_the_police_that_ends_in_an_arrest_is_no_assault(string sentence)
    {
        None(sentence);
    }

    [Theory]
    [InlineData("داهمت مجموعة إرهابية مسلحة منازل في قرية جبلية ليلة أمس واستولت على مؤونة وحجزت هواتف السكان.")]
    [InlineData("داهمت قوات الأمن منزلا وألقت القبض على مطلوب، وقتل شرطي في تبادل لإطلاق النار.")]
    public void A_raid_by_militants_or_one_that_kills_stays_an_assault(string sentence)
    {
        Assert.Contains(Events(sentence), e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_accident_that_kills_is_no_assault()
    {
        None("لقي خمسة أشخاص مصرعهم في حادث سير على الطريق الصحراوي.");
    }

    [Theory]
    [InlineData("لقي أربعة ركاب حتفهم وأصيب ثلاثون آخرون بجروح متفاوتة في حادث تصادم بين حافلة وشاحنة على الطريق الساحلي.")]
    [InlineData("قتل 12 شخصا وأصيب 60 آخرون صباح اليوم إثر خروج قطار للركاب عن مساره قرب المدينة.")]
    [InlineData("لقي عشرون مهاجرا مصرعهم وفقد آخرون ليل السبت إثر غرق قارب كان يقلهم قبالة الساحل.")]
    [InlineData("قتل وأصيب عشرات الأشخاص أمس في انهيار جسر على طريق سريع في شمال البلاد.")]
    [InlineData("لقي عونا أمن حتفهما وأصيب ثالث بجروح في حادث مرور جد صباح اليوم على الطريق الرابطة بين المدينتين.")]
    public void A_named_accident_further_off_in_the_sentence_is_still_no_assault(string text)
    {
        None(text);
    }

    [Theory]
    [InlineData("وقتل تسعة أشخاص على الأقل، وأصيب أكثر من مئة آخرين بجروح في الجزيرة جراء الزلزال.")]
    [InlineData("لقي ثلاثة أشخاص حتفهم في الولاية بسبب العواصف التي ضربت المنطقة ليل الأحد.")]
    [InlineData("وتوفي ثمانية مسنين بسبب ضربات الشمس في المدينة خلال الأسبوع الماضي.")]
    [InlineData("أجبر ثوران البركان آلاف السكان على الفرار وأدى إلى مقتل شخصين.")]
    [InlineData("ضرب زلزال بقوة 6 درجات جزيرة في شرق البلاد ليل الأحد وأسفر عن مقتل 16 شخصا.")]
    [InlineData("توقفت فرق الإنقاذ عن البحث قرب البركان الثائر في وسط الجزيرة، والذي أسفر عن 40 قتيلا.")]
    [InlineData("قتل 20 شخصا على الأقل في حريق بمركز تجاري في العاصمة ليل السبت.")]
    public void Deaths_from_a_natural_hazard_are_no_assault(string text)
    {
        Assert.DoesNotContain(Engines.ProcessWithRules(text, new DateOnly(2018, 8, 6)).Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_told_beside_a_hazard_of_another_clause_stays_an_assault()
    {
        Assert.Equal("ASSAULT", Single("قتل خمسة جنود في هجوم مسلح على دورية للجيش في الإقليم الذي ضربه الزلزال قبل عام.").Type);
    }

    [Theory]
    [InlineData("مقتل ثلاثة أشخاص في سقوط طائرة هليكوبتر سياحية قرب المدينة.")]
    [InlineData("لقي الطيار ومساعده حتفهما إثر تحطم طائرة تدريب عسكرية جنوب البلاد.")]
    public void Deaths_in_an_aircraft_crash_are_no_assault(string text)
    {
        Assert.DoesNotContain(Engines.ProcessWithRules(text, new DateOnly(2018, 7, 16)).Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("ويشمل العفو الفارين من الخدمة العسكرية إذا سلموا أنفسهم خلال شهرين.")]
    [InlineData("وأعلنت الشرطة القبض على ثلاثة من الفارين من العدالة في المحافظة.")]
    public void Deserters_and_fugitives_are_no_displacement(string text)
    {
        Assert.DoesNotContain(Engines.Process(text, new DateOnly(2018, 7, 16)).Events, e => e.Type == "DISPLACE");
    }

    [Theory]
    [InlineData("وأوقفت الشرطة شابا نشر تدوينات هنأ فيها منفذي الهجمات الإرهابية في العاصمة.")]
    [InlineData("وقضت المحكمة بسجنه عامين بتهمة تمجيد الاعتداءات التي استهدفت الأمنيين.")]
    public void Praising_attacks_is_no_report_of_them(string text)
    {
        Assert.DoesNotContain(Engines.ProcessWithRules(text, new DateOnly(2018, 7, 16)).Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Fighters_overrunning_a_base_is_an_assault()
    {
        Event e = Single("اجتاح مسلحون من الجماعة مساء الجمعة معسكرا للجيش في ولاية بورنو وقتلوا سبعة جنود.", published: new DateOnly(2018, 7, 16));
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal("Borno", e.Location?.Name);
    }

    [Theory]
    [InlineData("اجتاحت العواصف الثلجية ولايات الشمال الشرقي أمس.")]
    [InlineData("اجتاح الجراد مزارع الإقليم الشهر الماضي.")]
    public void A_sweep_with_no_armed_party_is_no_assault(string text)
    {
        Assert.DoesNotContain(Engines.Process(text, new DateOnly(2018, 7, 16)).Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("وحررت وحدات الجيش ثلاث قرى في ريف المحافظة الجنوبي أمس.")]
    [InlineData("كما طهرت القوات المشتركة مواقع جديدة شرق المديرية صباح الأحد.")]
    [InlineData("وأعلن الجيش استعادة مطار المدينة من قبضة المتمردين.")]
    [InlineData("وتقدمت قوات الجيش باتجاه مواقع المتمردين شمال المدينة فجر اليوم.")]
    [InlineData("واستعادت القوات الحكومية مؤخرا، وبدعم جوي من حلفائها، مناطق واسعة قرب العاصمة.")] // a long subject before the ground
    [InlineData("وأكد مصدر ميداني أن قوات الجيش حررت موقعين استراتيجيين في الجبال المطلة على البلدة.")] // ground in the dual
    [InlineData("وقال المرصد إن قوات الحكومة تقدمت في منطقة حوش الضواهرة على الطرف الشرقي للجيب المحاصر.")] // an advance gains the ground it moves in
    [InlineData("وتقدمت قوات الجيش نحو بلدة صغيرة في الريف الغربي فجر اليوم.")] // بلدة is a noun of ground, not بلد with a suffix
    [InlineData("وواصلت قوات الجيش تقدمها نحو مدينة الحديدة فجر اليوم.")] // the verbal noun of an advance, with its ground
    [InlineData("واستعادت القوات الحكومية 70 في المئة من أراضي المحافظة خلال أسبوعين.")] // في المئة is a share, no place where
    public void A_gain_of_ground_is_an_assault(string text)
    {
        Assert.Contains(Engines.Process(text, new DateOnly(2018, 7, 16)).Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("واستعاد المريض وعيه بعد ساعات في مستشفى المدينة.")]
    [InlineData("وحرر الشرطي محضرا بالواقعة وأحاله إلى النيابة.")]
    [InlineData("وتقدم المحامي بطلب إلى المحكمة في العاصمة أمس.")]
    [InlineData("وتقدمت نحو 750 سيدة في بريطانيا بطلبات للعلاج في مستشفيات العاصمة.")] // an advance needs an armed party: "applied"
    [InlineData("وتقدمت الدوحة الاثنين بشكوى رسمية في مجلس الأمن ضد جيرانها.")]
    [InlineData("ووافقت المحكمة على الطلب الذي تقدم به المحامي في العاصمة أمس.")] // تقدم به: "submitted", no advance
    [InlineData("وأشاد الوزير بالتقدم الذي أحرزته البلاد في مجال التعليم.")] // progress: no armed party, no ground
    public void A_gain_of_no_ground_is_no_assault(string text)
    {
        Assert.DoesNotContain(Engines.Process(text, new DateOnly(2018, 7, 16)).Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("أطلقت شركة سبيس إكس صاروخا من طراز فالكون 9 يحمل قمرا صناعيا للاتصالات من قاعدة في فلوريدا.")] // a launch into space
    [InlineData("وأظهرت الدراسة إصابة ألفي شخص بالخرف في المدينة خلال عشر سنوات.")] // a disease, no wound
    public void A_launch_into_space_or_a_disease_is_no_assault(string text)
    {
        Assert.DoesNotContain(Engines.Process(text, new DateOnly(2018, 7, 16)).Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_missile_launched_at_a_town_is_still_an_assault()
    {
        Assert.Contains(Engines.Process("أطلق الحوثيون صاروخا باليستيا على مدينة جازان صباح اليوم.", new DateOnly(2018, 7, 16)).Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attacking_football_team_is_no_assault()
    {
        None("شن الفريق هجوما قويا في الشوط الثاني وسجل هدفين في المباراة.");
    }

    [Theory]
    [InlineData("شنت طائرات حربية غارات جوية عدة على أهداف للمتمردين شرق المدينة أمس.")]
    [InlineData("قالت مصادر عسكرية إن الفريق عبد الله الحمادي قتل مع ثلاثة من مرافقيه بتفجير استهدف موكبه أمس.")]
    [InlineData("أطلق المهاجم النار على المصلين داخل المسجد فقتل خمسة منهم أمس.")]
    public void A_word_of_sport_that_is_also_a_word_of_war_makes_no_match_of_an_attack(string text)
    {
        Assert.Equal("ASSAULT", Single(text).Type);
    }

    [Fact]
    public void A_penalty_kick_is_no_strike()
    {
        None("أهدر المهاجم ضربة جزاء في الدقيقة الأخيرة من المباراة.");
    }

    [Fact]
    public void A_cyber_attack_is_no_assault()
    {
        None("تعرضت مواقع حكومية لهجوم إلكتروني واسع أمس.");
    }

    [Fact]
    public void A_drone_is_not_a_march()
    {
        None("حلقت طائرة مسيرة فوق المدينة طوال النهار.", "PROTEST");
    }

    [Fact]
    public void Missiles_that_are_only_owned_are_no_attack()
    {
        None("تمتلك الدولة صواريخ بالستية بعيدة المدى.");
    }

    [Fact]
    public void A_condemnation_refers_to_an_attack_without_reporting_it()
    {
        None("أدانت الجامعة العربية الهجوم على السفارة.");
    }

    [Fact]
    public void An_attack_named_after_a_preposition_is_only_a_reference()
    {
        None("تحدث الكاتب في مقاله عن الهجوم على السفارة.");
    }

    [Fact]
    public void Fighting_that_goes_on_is_ongoing()
    {
        Assert.Equal(EventStatus.Ongoing, Single("لا تزال الاشتباكات مستمرة بين الجيش والمسلحين في أطراف درعا منذ صباح أمس.").Status);
    }

    [Fact]
    public void A_failed_plot_is_failed()
    {
        Event? e = Events("أحبطت الشرطة محاولة تفجير سيارة مفخخة قرب السوق.").Find(x => x.Type == "ASSAULT");
        Assert.True(e is null || e.Status == EventStatus.Failed);
    }

    [Fact]
    public void Casualty_figures_are_read_with_their_bounds()
    {
        Event e = Single("قتل ما لا يقل عن 12 شخصا وأصيب العشرات في تفجير انتحاري في سوق ببغداد.");
        Claim claim = Assert.Single(e.Claims);
        Assert.Contains(claim.Killed.Values, r => r.Low == 12 && r.High is null);
        Assert.Contains(claim.Injured.Values, r => r.Low == 24 && r.High == 99);
    }

    [Fact]
    public void One_person_named_by_a_singular_noun_is_one()
    {
        Event e = Single("أعلنت الشرطة مقتل جندي في هجوم على حاجز قرب الموصل.");
        Assert.Contains(e.Claims, c => c.Killed.Values.Any(r => r.Low == 1 && r.High == 1));
    }

    [Fact]
    public void No_losses_is_a_claim_of_zero()
    {
        Event e = Single("سقطت قذيفة على حي سكني في المدينة دون وقوع خسائر بشرية، بحسب الدفاع المدني.");
        Assert.Contains(e.Claims, c => c.Killed.Values.Any(r => r.Low == 0));
    }

    [Fact]
    public void A_figure_is_attributed_to_the_source_that_gives_it()
    {
        Event e = Single("وقالت وزارة الصحة الليبية إن 7 أشخاص قتلوا في الاشتباكات في طرابلس.");
        Claim claim = Assert.Single(e.Claims, c => c.Killed.Count > 0);
        Assert.Equal(SourceKind.Government, claim.Source.Kind);
        Assert.Contains("وزارة الصحة", claim.Source.Mention!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clashes_between_two_sides_have_both_actors()
    {
        Event e = Single("اندلعت اشتباكات بين الجيش اليمني والحوثيين في محافظة تعز فجر اليوم.");
        Assert.Contains(e.Actors, a => a.Kind == ActorKind.StateForces && a.Country == "YEM");
        Assert.Contains(e.Actors, a => a.Name.Contains("Houthi", StringComparison.Ordinal));
    }

    [Fact]
    public void Strikes_on_two_named_towns_are_two_events()
    {
        var events = Events("استهدفت الطائرات الحربية السورية دوما وزملكا صباح الجمعة.").Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, events.Count);
        Assert.NotEqual(events[0].Location?.Name, events[1].Location?.Name);
    }

    [Theory]
    [InlineData("شنت طائرات التحالف غارات على مواقع للحوثيين في المنطقة الواقعة بين مديريتي صرواح ومأرب صباح الأحد.")]
    [InlineData("قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم على الطريق بين تعز وعدن مساء السبت.")]
    public void Two_places_after_between_name_one_stretch_and_one_event(string sentence)
    {
        Event e = Single(sentence);
        Assert.NotNull(e.Location);
    }

    [Fact]
    public void A_city_told_in_the_title_and_a_quarter_of_it_in_the_body_are_one_incident()
    {
        const string title = "مقتل 4 أشخاص بانفجار عبوة ناسفة في بغداد";
        const string body = "قتل أربعة أشخاص على الأقل بانفجار عبوة ناسفة في سوق شعبي بمدينة الصدر شرقي بغداد، الثلاثاء، حسبما أفاد مصدر في الشرطة.";
        var events = Engines.ProcessWithRules(body, new DateOnly(2018, 8, 15), title).Events.Where(e => e.Type == "ASSAULT").ToList();
        Event e = Assert.Single(events);
        Assert.Equal("Sadr City", e.Location?.Name);
    }

    [Fact]
    public void A_city_and_an_air_base_near_it_are_one_incident_and_two_towns_near_each_other_are_two()
    {
        const string airBase = "قتل 12 عسكريا بقصف صاروخي استهدف مطار الضبعة العسكري فجر الخميس. وفي حمص، قتل 12 عسكريا بقصف صاروخي إسرائيلي فجر الخميس.";
        Event strike = Assert.Single(Events(airBase, new DateOnly(2018, 5, 25)), e => e.Type == "ASSAULT");
        Assert.Equal("Al-Dabaa Military Airport", strike.Location?.Name);

        const string twoTowns = "قتل شرطي في هجوم مسلح على دورية أمنية في السلط مساء الجمعة. وفي الفحيص، أصيب جنديان بانفجار عبوة ناسفة استهدفت دوريتهما مساء الجمعة.";
        var events = Events(twoTowns, new DateOnly(2018, 8, 11)).Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, events.Count);
    }

    [Theory]
    [InlineData("وفي هجوم آخر، قتل ثلاثة جنود بانفجار عبوة ناسفة في مالي الاثنين.")]
    [InlineData("وأسفرت غارة جديدة عن مقتل ثلاثة جنود في مالي الاثنين.")]
    public void An_incident_set_apart_by_another_is_its_own_event(string second)
    {
        string text = "قتل خمسة جنود في هجوم مسلح استهدف دورية للجيش قرب مدينة كيدال شمالي مالي صباح الاثنين. " + second;
        var events = Events(text, new DateOnly(2019, 3, 12)).Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void The_same_toll_told_again_later_in_the_article_is_the_same_incident()
    {
        const string text = "قتل 7 جنود في هجوم شنه مسلحون على ثكنة عسكرية شمال البلاد. وأكد الرئيس أن الدولة لن تتهاون مع الإرهاب. "
            + "وأضاف أن الحكومة ستعزز الأمن في المنطقة. من جهتها، أعلنت وزارة الدفاع مقتل 7 جنود بهجوم لمسلحين متشددين.";
        Event e = Single(text);
        Assert.True(e.Claims.Length >= 2);
    }

    [Fact]
    public void Two_reports_of_one_attack_make_one_event_with_two_claims()
    {
        const string text = "قتل ستة جنود في هجوم على موقع عسكري قرب العريش يوم الأحد. وقال مصدر أمني إن الهجوم نفذه مسلحون يستقلون سيارات رباعية الدفع، مضيفا أن ثلاثة مهاجمين قتلوا.";
        var events = Events(text, new DateOnly(2018, 3, 5)).Where(e => e.Type == "ASSAULT").ToList();
        Event e = Assert.Single(events);
        Assert.True(e.Claims.Length >= 2);
    }

    [Fact]
    public void A_toll_placed_in_the_attack_already_told_joins_it()
    {
        const string text = "هاجم مسلحون أمس دورية للشرطة في مدينة الموصل، وأفاد ضابط في الشرطة بأن أربعة من عناصرها قتلوا في الهجوم.";
        Event e = Single(text, published: new DateOnly(2018, 4, 2));
        Assert.Equal("Mosul", e.Location?.Name);
        Assert.Contains(e.Claims, c => c.Killed.Values.Any(r => r.Low == 4) && c.Source.Name.StartsWith("Officer, Police", StringComparison.Ordinal));

        // The police named with the source are not the attacker.
        Assert.Equal("مسلحون", Assert.Single(e.Actors, a => a.Role == "actor1").Mention.Text);
    }

    [Fact]
    public void A_protest_with_no_place_of_its_own_is_in_the_country_of_its_protesters()
    {
        // The article is about Egypt (its ministry, its hospitals); the protesters are Palestinians.
        const string text = "أعلنت وزارة الصحة المصرية أن مستشفيات العريش في مصر استقبلت عشرات الجرحى من قطاع غزة. "
            + "وشارك آلاف المتظاهرين الفلسطينيين أمس في الاحتجاجات على الحصار.";
        Event e = Single(text, "PROTEST", new DateOnly(2018, 6, 1));
        Assert.Equal("PSE", e.Location?.Country);
    }

    [Fact]
    public void A_protest_with_no_place_of_its_own_is_in_the_region_the_article_names_not_at_its_border_crossing()
    {
        // The title and the first sentence are about the crossing; the protests are in the Strip.
        const string title = "إسرائيل تعيد فتح معبر كرم أبو سالم مع قطاع غزة جزئيا";
        const string body = "أعادت السلطات الإسرائيلية فتح معبر كرم أبو سالم أمام شاحنات الوقود المتجهة إلى قطاع غزة. "
            + "ويشهد قطاع غزة منذ أسابيع أزمة خانقة في الكهرباء. "
            + "وشارك آلاف الفلسطينيين الجمعة في احتجاجات جديدة قرب السياج الفاصل.";
        // The protest is read by the shipped engine (its learned layer), not by the rules alone.
        Event e = Assert.Single(Engines.Process(body, new DateOnly(2018, 7, 24), title).Events, x => x.Type == "PROTEST");
        Assert.Equal("Gaza Strip", e.Location?.Name);
    }

    [Fact]
    public void An_attack_with_no_place_of_its_own_is_at_the_air_base_the_article_is_about()
    {
        const string title = "غارات تستهدف مطار الشعيرات العسكري";
        const string body = "استهدفت صواريخ مطار الشعيرات العسكري في ريف حمص فجر الاثنين. "
            + "وقالت مصادر إن الصواريخ أصابت مطار الشعيرات وإن خمسة عسكريين قتلوا في القصف.";
        Event e = Assert.Single(Engines.ProcessWithRules(body, new DateOnly(2018, 5, 14), title).Events, x => x.Type == "ASSAULT");
        Assert.Equal("Shayrat Air Base", e.Location?.Name);
    }

    [Fact]
    public void A_drone_downed_over_a_lake_is_at_the_lake_not_in_the_town_named_after_it()
    {
        // A drone downed is an event of the learned layer, not of the rules alone: the shipped engine reads it.
        Event e = Assert.Single(Engines.Process("أعلن الجيش الإسرائيلي أنه أسقط طائرة مسيرة قادمة من سوريا فوق بحيرة طبريا صباح الأربعاء.", new DateOnly(2018, 7, 11)).Events, x => x.Type == "ASSAULT");
        Assert.Equal("Sea of Galilee", e.Location?.Name);
        Assert.Equal("ISR", e.Location?.Country);
    }

    [Fact]
    public void A_district_named_with_its_governorate_is_the_place()
    {
        Event e = Single("شنت طائرات التحالف غارات على مواقع للمتمردين في مديرية حيدان بمحافظة صعدة، ما أسفر عن مقتل خمسة مسلحين.");
        Assert.Equal("Haydan", e.Location?.Name);
        Assert.Equal("Sa'dah", e.Location?.Admin1);
    }

    [Theory]
    [InlineData("شنت مقاتلات التحالف غارات على مواقع للمتمردين في صنعاء أمس.", LocationPrecision.Town, "Amanat al Asimah")]
    [InlineData("شنت مقاتلات التحالف غارات على مواقع للمتمردين في محافظة صنعاء أمس.", LocationPrecision.Region, "Sanaa")]
    public void A_capital_named_like_its_governorate_is_the_city_unless_a_region_word_says_otherwise(string text, LocationPrecision precision, string admin1)
    {
        // The city of Sanaa lies in Amanat al Asimah; the governorate of Sanaa is around it. The bare
        // name's region reading must not count as a region the article names and win over the city.
        Event e = Single(text, published: new DateOnly(2018, 3, 12));
        Assert.Equal(precision, e.Location?.Precision);
        Assert.Equal(admin1, e.Location?.Admin1);
    }

    [Fact]
    public void Strikes_on_a_list_of_governorates_are_one_event_in_the_first()
    {
        Event e = Single("قصفت الطائرات الحربية مواقع للمسلحين في محافظات إدلب وحماة وحلب أمس.", published: new DateOnly(2018, 5, 3));
        Assert.Equal(LocationPrecision.Region, e.Location?.Precision);
        Assert.Equal("Idlib", e.Location?.Admin1);
    }

    [Fact]
    public void The_place_of_a_later_clause_is_not_the_place_of_the_main_trigger()
    {
        Event e = Single("وقالت المصادر إن الطائرات قصفت أمس معسكرا للمتمردين في مديرية حيدان، وسط استمرار المعارك في مدينة صعدة.", published: new DateOnly(2018, 4, 6));
        Assert.Equal("Haydan", e.Location?.Name);
    }

    [Fact]
    public void Unnamed_sources_are_not_the_attackers()
    {
        Event e = Single("قالت مصادر عسكرية إن 12 مسلحا من حركة الشباب قتلوا في اشتباكات قرب مدينة كسمايو.");
        Assert.DoesNotContain(e.Actors, a => a.Mention.Text.Contains("مصادر", StringComparison.Ordinal));
    }

    [Fact]
    public void A_toll_that_may_come_gives_no_figure_to_the_fighting_told_before()
    {
        // The fighting goes on; the toll is the UN's worst case, a possibility (قد يؤدي), not a report of its dead.
        const string text = "تتواصل المعارك في المدينة منذ أسبوع. وبحسب أرقام الأمم المتحدة، فقد يؤدي القتال في أسوأ الاحتمالات إلى مقتل ما يصل إلى 30 ألف شخص.";
        var events = Engines.Default.Process(new Article("t", null, text, new DateOnly(2019, 4, 10))).Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.Fatalities));
        Assert.DoesNotContain(events, e => e.Claims.Any(c => c.Killed.Count > 0));
    }

    [Fact]
    public void A_recalled_incident_is_reported_only_when_asked_for()
    {
        const string text = "قتل 20 شخصا في هجوم على فندق في الموصل في مارس 2015.";
        var resources = Engines.Default.Resources;
        Assert.Empty(Events(text, new DateOnly(2018, 3, 5)));
        MizanEngine withBackground = MizanEngine.Create(resources, options: new ExtractionOptions { IncludeBackground = true });
        Event e = Assert.Single(withBackground.Process(new Article("t", null, text, new DateOnly(2018, 3, 5))).Events);
        Assert.True(e.Background);
    }

    [Fact]
    public void Without_a_publication_date_an_incident_dated_by_month_or_year_is_recalled()
    {
        None("وفي مارس 2009 هاجم مسلحون فندقا في مدينة بيشاور وقتلوا 12 شخصا.");
        None("واستهدف تفجير انتحاري مقر الأمم المتحدة في بغداد عام 2003 وقتل 22 شخصا.");

        // A day is how news tells a new incident, even in a list of dates.
        Assert.Single(Events("12 مارس 2009: هاجم مسلحون فندقا في مدينة بيشاور وقتلوا 12 شخصا."), e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_relative_date_resolves_against_the_publication_date()
    {
        Event e = Single("قتل جنديان في كمين نصبه مسلحون شمال سيناء أمس.", published: new DateOnly(2018, 2, 10));
        Assert.Equal(new DateOnly(2018, 2, 9), e.Date?.Start);
    }
}
