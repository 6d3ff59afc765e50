using Mizan.Events;
using Mizan.Tests.Support;

namespace Mizan.Tests.Events;

/// <summary>
/// Who did it to whom and the toll per side, one test per rule, on sentences written for these
/// tests. They run the rules without the learned scorer, like <see cref="EventRuleTests"/>.
/// </summary>
public class ActorRoleRuleTests
{
    private static Event Assault(string text) =>
        Assert.Single(Engines.ProcessWithRules(text).Events, e => e.Type == "ASSAULT");

    private static EventActor Role(Event e, string role) => Assert.Single(e.Actors, a => a.Role == role);

    [Fact]
    public void The_owner_of_a_convoy_attacked_is_the_target()
    {
        Event e = Assault("هاجم مسلحون مجهولون أمس قافلة إمدادات تابعة للجيش قرب مدينة غاو.");
        Assert.Equal(ActorKind.UnidentifiedArmedGroup, Role(e, "actor1").Kind);
        Assert.Equal(ActorKind.StateForces, Role(e, "actor2").Kind);
        Assert.Equal(new AcledType("Battles", "Armed clash"), e.Acled);
    }

    [Fact]
    public void A_Tunisian_security_agent_killed_is_one_dead_of_the_police()
    {
        // عون أمن: one agent of the security forces (Tunisian usage); عونان: two.
        Event e = Assault("استشهد عون أمن وأصيب عونان آخران في هجوم إرهابي استهدف دورية بولاية القصرين.");
        Assert.Equal(1, e.Fatalities?.Best);
        Assert.Equal(ActorKind.StateForces, Role(e, "actor2").Kind);
        Assert.Contains(e.Claims, c => c.Injured.Values.Any(r => r.Low == 2));
    }

    [Theory]
    [InlineData("قتل 5 من مسلحي حركة الشباب في غارة جوية على معسكر للحركة جنوب الصومال.")]
    [InlineData("قتل ما لا يقل عن 12 من عناصر حركة الشباب في غارة جوية جنوب الصومال.")]
    public void A_party_counted_after_a_verb_of_killing_was_killed(string text)
    {
        // 5 من مسلحي الحركة: some of the party, counted, were killed; they did not kill.
        Event e = Assault(text);
        Assert.Equal(ActorKind.RebelGroup, Role(e, "actor2").Kind);
        Assert.DoesNotContain(e.Actors, a => a.Role == "actor1" && a.Kind == ActorKind.RebelGroup);
    }

    [Theory]
    [InlineData("أفاد سكان بأن قوات الجيش كانت تقصف المتمردين في البلدة فجر الأحد ما أسفر عن مقتل 12 مسلحا.")]
    [InlineData("قال شهود إن الجيش ظل يقصف المتمردين في البلدة طوال ليل الأحد مما أسفر عن مقتل 12 مسلحا.")]
    public void After_a_verb_of_becoming_or_going_on_the_doer_stands_before_it_and_the_party_after_the_act_is_the_target(string text)
    {
        Event e = Assault(text);
        Assert.Equal(ActorKind.StateForces, Role(e, "actor1").Kind);
        Assert.Equal(ActorKind.RebelGroup, Role(e, "actor2").Kind);
    }

    [Theory]
    [InlineData("وجاء في البيان أن صاروخا أطلق من سوريا وسقط في منطقة مفتوحة شمال إسرائيل الجمعة.")] // a statement
    [InlineData("وكالة أعماق تبنت الهجوم الذي استهدف حاجزا للجيش قرب المدينة أمس.")] // a news agency
    public void What_is_no_party_never_does_the_act(string text)
    {
        Event e = Assert.Single(Engines.Process(text, new DateOnly(2018, 6, 1)).Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(e.Actors, a => a.Role == "actor1");
    }

    [Fact]
    public void An_organisation_hit_is_the_target_as_acled_s_external_or_other_forces()
    {
        Event e = Assert.Single(Engines.Process("هاجم مسلحون قافلة تابعة للأمم المتحدة قرب الحدود أمس وقتلوا ثلاثة من سائقيها.", new DateOnly(2018, 6, 1)).Events, e => e.Type == "ASSAULT");
        Assert.Equal(ActorKind.UnidentifiedArmedGroup, Role(e, "actor1").Kind);
        EventActor un = Role(e, "actor2");
        Assert.Equal("United Nations", un.Name);
        Assert.Equal(ActorKind.ExternalForces, un.Kind);
    }

    [Fact]
    public void The_owner_of_positions_shelled_is_the_target_never_the_agent()
    {
        Event e = Assault("قتل خمسة جنود في قصف لمواقع الجيش شمال حماة.");
        Assert.DoesNotContain(e.Actors, a => a.Role == "actor1" && a.Kind == ActorKind.StateForces);
        Assert.Equal(ActorKind.StateForces, Role(e, "actor2").Kind);
    }

    [Fact]
    public void A_count_does_not_hide_the_group_it_counts_and_a_killing_noun_takes_the_victims_as_actor2()
    {
        Event e = Assault("أعلنت الشرطة مقتل 7 مدنيين في هجوم للمتمردين على سوق القرية.");
        Assert.Equal(ActorKind.Civilians, Role(e, "actor2").Kind);
        Assert.Equal(ActorKind.RebelGroup, Role(e, "actor1").Kind);
        Assert.Equal(new AcledType("Violence against civilians", "Attack"), e.Acled);
    }

    [Fact]
    public void A_killing_verb_before_a_count_is_read_as_the_passive()
    {
        Event e = Assault("قتل 15 مسلحا برصاص قوات الأمن في اشتباك قرب الحدود.");
        Assert.Equal(ActorKind.UnidentifiedArmedGroup, Role(e, "actor2").Kind);
        Assert.Equal(ActorKind.StateForces, Role(e, "actor1").Kind);
    }

    [Fact]
    public void Attackers_who_died_in_their_attack_are_actor1_and_their_dead_are_on_their_side()
    {
        Event e = Assault("وقال المتحدث إن 9 متمردين لقوا حتفهم بعد أن هاجموا دورية تابعة للجيش في الصحراء.");
        Assert.Equal(ActorKind.RebelGroup, Role(e, "actor1").Kind);
        Assert.Equal(ActorKind.StateForces, Role(e, "actor2").Kind);
        Assert.Contains(e.Claims, c => c.Killed.TryGetValue("actor1", out CountRange r) && r.Low == 9);
    }

    [Fact]
    public void The_subject_of_a_support_verb_before_an_attack_noun_is_the_agent()
    {
        Event e = Assault("شنت الطائرات الروسية غارات على مواقع للمسلحين في ريف إدلب.");
        Assert.Equal(ActorKind.StateForces, Role(e, "actor1").Kind);
        Assert.Equal(ActorKind.UnidentifiedArmedGroup, Role(e, "actor2").Kind);
    }

    [Fact]
    public void An_empty_role_takes_the_opposed_party_that_the_report_names()
    {
        // Only the army is an argument of the trigger; the rebels stand elsewhere in the sentence.
        Event e = Assault("قصف الجيش فجر اليوم بلدة تساليت بالمدفعية الثقيلة بعد أن انسحب منها المتمردون.");
        Assert.Equal(ActorKind.StateForces, Role(e, "actor1").Kind);
        Assert.Equal(ActorKind.RebelGroup, Role(e, "actor2").Kind);
    }

    [Fact]
    public void A_member_of_the_Tunisian_national_guard_is_a_state_force()
    {
        Event e = Assault("هاجم إرهابيون دورية للحرس الوطني بجبل سمامة فجر اليوم.");
        Assert.Equal(ActorKind.StateForces, Role(e, "actor2").Kind);
    }

    [Fact]
    public void No_deaths_among_the_soldiers_does_not_contradict_the_rebels_killed()
    {
        Event e = Assault("وأكدت وزارة الدفاع أن 12 متمردا قتلوا بعد أن هاجموا ثكنة للجيش، وأن الحصيلة لدى القوات الحكومية اقتصرت على إصابة جندي ولا خسائر في الأرواح.");
        Assert.Equal(new FatalityEstimate(12, 12, 12), e.Fatalities);
    }

    [Fact]
    public void Civilians_counted_before_a_killing_verb_are_its_victims()
    {
        Event e = Assault("وقال شهود إن 4 مدنيين قتلوا برصاص مسلحين في سوق البلدة.");
        Assert.Equal(ActorKind.Civilians, Role(e, "actor2").Kind);
        Assert.DoesNotContain(e.Actors, a => a.Role == "actor1" && a.Kind == ActorKind.Civilians);
    }

    [Theory]
    [InlineData("وذكرت مصادر محلية أن عناصر من المتمردين قتلوا جراء غارات الطيران الحربي التابع للجيش على مواقعهم.")]
    [InlineData("وأفاد سكان بأن عشرات المتمردين قتلوا بقصف لقوات الجيش استهدف تجمعاتهم قرب البلدة.")]
    public void A_party_named_before_a_killing_verb_with_the_attacker_named_after_it_was_killed(string text)
    {
        Event e = Assert.Single(Engines.Process(text, new DateOnly(2018, 6, 1)).Events, e => e.Type == "ASSAULT");
        Assert.Equal(ActorKind.StateForces, Role(e, "actor1").Kind);
        Assert.Equal(ActorKind.RebelGroup, Role(e, "actor2").Kind);
    }

    [Theory]
    [InlineData("قتل ثلاثة مزارعين بغارة إسرائيلية على أرض زراعية شرق البلدة صباح اليوم.", "Israel")]
    [InlineData("وأصيب أربعة مدنيين في قصف جوي روسي استهدف سوقا شعبيا في ريف المدينة.", "Russia")]
    public void A_nationality_adjective_on_an_attack_noun_names_the_forces_that_carried_it_out(string text, string country)
    {
        Event e = Assault(text);
        ArmedForcesOf(e, country);
        Assert.Equal(ActorKind.Civilians, Role(e, "actor2").Kind);
    }

    [Theory]
    [InlineData("وشنت تركيا فجر الأحد غارات جوية على مواقع للمسلحين في جبال المنطقة الحدودية.", "Turkey")]
    [InlineData("وقالت مصادر محلية إن إسرائيل قصفت فجر اليوم مواقع لحركة حماس في قطاع غزة بعد سقوط صاروخين.", "Israel")]
    public void A_state_named_as_the_one_that_strikes_is_its_armed_forces(string text, string country)
    {
        Event e = Assault(text);
        EventActor forces = ArmedForcesOf(e, country);
        Assert.NotEqual(forces.Country, e.Location?.Country);
    }

    /// <summary>The event's actor1, checked to be the armed forces of <paramref name="country"/>.</summary>
    private static EventActor ArmedForcesOf(Event e, string country)
    {
        EventActor forces = Role(e, "actor1");
        Assert.Equal(ActorKind.StateForces, forces.Kind);
        Assert.Equal($"Military Forces of {country}", forces.Name);
        return forces;
    }

    [Theory]
    [InlineData("أصيب 14 عراقيا بجروح في انفجار عبوة ناسفة داخل سوق شعبي جنوب المدينة.", "Iraq")]
    [InlineData("وأعلنت السلطات مقتل ليبي برصاص مسلحين مجهولين قرب مدخل البلدة.", "Libya")]
    public void People_counted_or_hurt_by_their_nationality_alone_are_civilians_of_that_country(string text, string country)
    {
        Event e = Assert.Single(Engines.Process(text, new DateOnly(2018, 6, 1)).Events, e => e.Type == "ASSAULT");
        EventActor people = Role(e, "actor2");
        Assert.Equal(ActorKind.Civilians, people.Kind);
        Assert.Equal($"Civilians ({country})", people.Name);
    }

    [Fact]
    public void Bodies_received_are_deaths_of_the_source_that_tells_them()
    {
        Event e = Assert.Single(Engines.Process("وأفاد مصدر طبي بأن مستشفى البلدة استقبل جثث أربعة مدنيين قتلوا في القصف الليلة الماضية.", new DateOnly(2018, 6, 1)).Events, e => e.Type == "ASSAULT");
        Assert.Contains(e.Claims, c => c.Killed.Values.Any(r => r.Low == 4));
    }

    [Fact]
    public void A_count_after_a_word_of_capture_is_of_the_captured_not_the_dead()
    {
        Event e = Assault("وقالت الوزارة إن قواتها قتلت ثمانية من المتمردين وأسرت خمسة آخرين خلال الاشتباكات قرب البلدة.");
        Assert.Contains(e.Claims, c => c.Killed.Values.Any(r => r.Low == 8));
        Assert.DoesNotContain(e.Claims, c => c.Killed.Values.Any(r => r.Low == 5));
        Assert.Contains(e.Claims, c => c.Captured.Values.Any(r => r.Low == 5));
    }

    [Fact]
    public void A_nationality_adjective_on_a_target_names_no_attacker()
    {
        Event e = Assault("قتل جنديان في هجوم على موقع إسرائيلي قرب الحدود الليلة الماضية.");
        Assert.DoesNotContain(e.Actors, a => a.Role == "actor1" && a.Name == "Military Forces of Israel");
    }

    [Fact]
    public void Figures_take_the_source_that_their_sentence_names_after_them()
    {
        Event e = Assault("قتل 30 مسلحا في غارات على مواقع المتمردين في الجبل، وفق ما أعلنت مصادر عسكرية.");
        Claim claim = Assert.Single(e.Claims, c => c.Killed.Count > 0);
        Assert.Equal(SourceKind.Military, claim.Source.Kind);
    }

    [Fact]
    public void Figures_take_the_source_named_earlier_in_their_paragraph()
    {
        Event e = Assault("وقال المتحدث باسم الجيش إن القوات هاجمت وكرا للمسلحين في الجبل. وأسفرت العملية عن مقتل 8 مسلحين.");
        Assert.Contains(e.Claims, c => c.Killed.Values.Any(r => r.Low == 8) && c.Source.Kind == SourceKind.Military);
    }

    [Fact]
    public void A_protest_that_names_nobody_is_held_by_protesters()
    {
        Event e = Assert.Single(Engines.ProcessWithRules("خرجت مظاهرة حاشدة أمس في وسط مدينة صفاقس.").Events, x => x.Type == "PROTEST");
        Assert.Equal(ActorKind.Protesters, Role(e, "actor1").Kind);
    }

    [Fact]
    public void Civilians_never_attack_a_child_read_as_the_agent_was_the_victim()
    {
        Event e = Assault("قتل طفل وأصيب اثنان من أشقائه بقذيفة سقطت على منزلهم في حي الشيخ مقصود.");
        Assert.DoesNotContain(e.Actors, a => a.Role == "actor1" && a.Kind == ActorKind.Civilians);
    }

    [Fact]
    public void Police_read_as_the_subject_of_a_protest_faced_it()
    {
        Event e = Assert.Single(Engines.ProcessWithRules("فرقت الشرطة التركية مظاهرة لمئات الطلاب في أنقرة أمس.").Events, x => x.Type == "PROTEST");
        Assert.Equal(ActorKind.Protesters, Role(e, "actor1").Kind);
        Assert.Equal(ActorKind.StateForces, Role(e, "actor2").Kind);
    }

    [Fact]
    public void An_attack_with_no_role_read_is_by_the_armed_party_named_nearest_it()
    {
        Event e = Assault("وذكرت وكالة الأنباء أن قوات النظام السوري قصفت أحياء مدينة درعا بالبراميل المتفجرة فجر اليوم، ما أدى إلى دمار واسع.");
        Assert.Equal(ActorKind.StateForces, Role(e, "actor1").Kind);
    }

    [Fact]
    public void An_attack_whose_reports_name_no_party_is_by_the_party_the_article_names_most()
    {
        const string text = "صعدت قوات النظام السوري عملياتها في الريف الجنوبي. وقالت مصادر محلية إن قوات النظام السوري تحشد تعزيزات جديدة.\n"
            + "وسقطت قذائف صاروخية على سوق بلدة الحراك فجر اليوم، ما أدى إلى مقتل 5 مدنيين.";
        Event e = Assert.Single(Engines.ProcessWithRules(text).Events, x => x.Type == "ASSAULT" && x.Claims.Any(c => c.Killed.Count > 0));
        Assert.Equal(ActorKind.StateForces, Role(e, "actor1").Kind);
        Assert.Equal(ActorKind.Civilians, Role(e, "actor2").Kind);
    }

    [Fact]
    public void A_protest_is_faced_by_the_state_forces_the_article_names_when_its_own_sentence_names_none()
    {
        const string text = "انتشرت قوات الأمن بكثافة في شوارع العاصمة منذ الصباح.\nوتظاهر مئات الطلاب أمام مبنى البرلمان احتجاجا على رفع الرسوم.";
        Event e = Assert.Single(Engines.ProcessWithRules(text).Events, x => x.Type == "PROTEST");
        Assert.Equal(ActorKind.Protesters, Role(e, "actor1").Kind);
        Assert.Equal(ActorKind.StateForces, Role(e, "actor2").Kind);
    }

    [Fact]
    public void One_person_named_after_a_killing_verb_is_its_victim_and_counts_one()
    {
        Event e = Assault("قتل عنصر مسلح في اشتباك مع الشرطة جنوب المدينة.");
        Assert.Equal(ActorKind.UnidentifiedArmedGroup, Role(e, "actor2").Kind);
        Assert.Contains(e.Claims, c => c.Killed.Values.Any(r => r.Low == 1));
    }

    [Fact]
    public void Martyrdom_and_a_toll_carried_off_are_deaths()
    {
        Assert.Contains(Assault("وقال بيان للشرطة إن 4 من المارة استشهدوا إثر انفجار عبوة في السوق.").Claims, c => c.Killed.Values.Any(r => r.Low == 4));
        Assert.Contains(Assault("وشن مسلحون هجوما على قرية نائية أودى بثلاثين شخصا.").Claims, c => c.Killed.Values.Any(r => r.Low == 30));
    }

    [Fact]
    public void A_strike_that_caused_no_casualties_is_a_claim_of_zero_killed()
    {
        Event e = Assault("وقصفت الطائرات الإسرائيلية موقعا لحماس شرق مدينة غزة من دون أن تسفر عن إصابات، وفق مصادر محلية.");
        Assert.Contains(e.Claims, c => c.Killed.Values.Any(r => r.Low == 0 && r.High == 0));
        Assert.Equal(0, e.Fatalities?.High);
    }

    [Fact]
    public void Some_killed_is_three_to_nine()
    {
        Event e = Assault("قتل بعض المسلحين في اشتباك مع الجيش قرب الحدود أمس.");
        Assert.Contains(e.Claims, c => c.Killed.Values.Any(r => r.Low == 3 && r.High == 9));
    }

    [Fact]
    public void A_local_source_is_a_witness()
    {
        Event e = Assault("وقال مصدر محلي إن 3 مدنيين قتلوا في قصف مدفعي على القرية.");
        Assert.Contains(e.Claims, c => c.Source.Kind == SourceKind.Witness && c.Killed.Values.Any(r => r.Low == 3));
    }

    [Fact]
    public void The_people_hurt_when_a_protest_is_met_with_force_are_protesters()
    {
        const string text = "واحتشد آلاف المتظاهرين قرب السياج الحدودي شرق غزة. وأطلقت القوات الإسرائيلية النار على الحشود ما أدى إلى إصابة 30 شخصا.";
        Event e = Assert.Single(Engines.ProcessWithRules(text).Events, x => x.Type == "ASSAULT");
        Assert.Equal(ActorKind.StateForces, Role(e, "actor1").Kind);
        Assert.Equal(ActorKind.Protesters, Role(e, "actor2").Kind);
    }

    [Fact]
    public void Two_figures_for_two_sides_in_one_sentence_stay_apart_and_add_up()
    {
        Event e = Assault("أسفرت الاشتباكات بين الجيش والمتمردين عن مقتل 4 جنود و9 متمردين.");
        Claim claim = Assert.Single(e.Claims, c => c.Killed.Count > 0);
        Assert.Equal(CountRange.Exactly(4), claim.Killed["actor1"]);
        Assert.Equal(CountRange.Exactly(9), claim.Killed["actor2"]);
        Assert.Equal(new FatalityEstimate(13, 13, 13), e.Fatalities);
    }

    [Fact]
    public void The_government_a_protest_is_against_is_not_who_faced_it()
    {
        Event e = Assert.Single(Engines.ProcessWithRules("تظاهر مئات الطلاب ضد الحكومة في وسط العاصمة أمس.").Events, x => x.Type == "PROTEST");
        Assert.Equal(ActorKind.Protesters, Role(e, "actor1").Kind);
        Assert.DoesNotContain(e.Actors, a => a.Role == "actor2" && a.Kind == ActorKind.Government);
    }
}
