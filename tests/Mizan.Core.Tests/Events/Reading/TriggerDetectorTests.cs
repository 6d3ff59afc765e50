using Mizan.Events;
using Mizan.Events.Reading;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Events.Reading;

/// <summary>The trigger detector on its own: hits with status and assertion, and the triggers it rejects with the reason.</summary>
public class TriggerDetectorTests
{
    [Fact]
    public void A_verb_in_the_past_is_an_asserted_hit_that_occurred()
    {
        (_, TriggerDetection d) = Sentences.Detected("قصفت الطائرات الحربية مواقع المسلحين قرب الحدود.");
        TriggerHit hit = Assert.Single(d.Hits);
        Assert.Equal("ASSAULT", hit.Entry.Type);
        Assert.True(hit.Entry.IsVerb);
        Assert.True(hit.Asserted);
        Assert.False(hit.Anaphoric);
        Assert.Equal(EventStatus.Occurred, hit.Status);
        Assert.Empty(d.Rejected);
    }

    [Theory]
    [InlineData("نفى الجيش قصف المدنيين في القرية.", EventStatus.Denied)]
    [InlineData("هددت الحركة بشن هجمات جديدة على المعسكر.", EventStatus.Threatened)]
    [InlineData("من المقرر أن يزور الوزير العاصمة الأسبوع المقبل.", EventStatus.Planned)]
    public void Status_cues_set_the_status(string sentence, EventStatus status)
    {
        (_, TriggerDetection d) = Sentences.Detected(sentence);
        Assert.Contains(d.Hits, h => h.Status == status);
    }

    [Theory]
    [InlineData("أعلن الجيش أن قواته تمكنت من تحرير مناطق واسعة شرق المدينة أمس.", nameof(TriggerFrame.Attack))] // a battle told as a gain
    [InlineData("شنت مقاتلات التحالف ضربات على مواقع للمسلحين قرب الحدود أمس.", nameof(TriggerFrame.Attack))] // strikes named by the bare noun
    [InlineData("أفاد شهود بأن مسلحين فتحوا النار على دورية للشرطة في المدينة أمس.", nameof(TriggerFrame.Attack))] // opening fire
    [InlineData("قالت مصادر محلية إن قوات الجيش تقاتل مسلحي التنظيم في الأحياء الجنوبية.", nameof(TriggerFrame.Clash))] // fighting told by its verb
    [InlineData("أعلن التحالف أن دفاعاته الجوية أسقطت طائرة مسيرة أطلقها الحوثيون باتجاه جازان.", nameof(TriggerFrame.Intercept))] // a drone shot down
    public void Battles_strikes_shooting_and_drones_shot_down_told_in_other_words_are_assault_triggers(string sentence, string frame)
    {
        (_, TriggerDetection d) = Sentences.Detected(sentence);
        Assert.Contains(d.Hits, h => h.Entry.Type == "ASSAULT" && h.Entry.Frame == Enum.Parse<TriggerFrame>(frame));
    }

    [Fact]
    public void A_passive_written_out_is_not_the_first_person_another_verb_conjugates_to()
    {
        // أصيب is "was wounded" (triggers.tsv lists it as written), not أُصيب "I hit" of يصيب.
        (_, TriggerDetection d) = Sentences.Detected("أصيب ثلاثة جنود في انفجار لغم أرضي قرب الحدود.");
        TriggerHit wounded = Assert.Single(d.Hits, h => h.Entry.Lemma == "أصيب");
        Assert.Equal(TriggerFrame.Wounded, wounded.Frame);
        Assert.True(wounded.Asserted);
        Assert.DoesNotContain(d.Hits, h => h.Entry.Lemma == "أصاب");
    }

    [Fact]
    public void Exposed_to_reaches_over_its_subject_to_the_attack()
    {
        // تعرض موكب عسكري إلى إطلاق نار: the light verb asserts the shooting three words on.
        (_, TriggerDetection d) = Sentences.Detected("تعرض موكب عسكري إلى إطلاق نار من قبل مجموعة مسلحة قرب الحدود.");
        TriggerHit shooting = Assert.Single(d.Hits, h => h.Entry.Type == "ASSAULT");
        Assert.True(shooting.Asserted);
    }

    [Fact]
    public void Soldiers_wounded_by_a_landmine_are_an_incident_for_the_rules()
    {
        Mizan.Events.Event blast = Assert.Single(Engines.ProcessWithRules("أصيب ثلاثة جنود في انفجار لغم أرضي بجبل الشعانبي غرب تونس.", new DateOnly(2018, 7, 8)).Events, e => e.Type == "ASSAULT");
        Assert.Equal(3, blast.Claims.Single().Injured.Values.Single().Low);
    }

    [Fact]
    public void A_plan_told_in_a_relative_clause_after_a_noun_is_not_the_nouns()
    {
        // The continuation is planned; the protest is under way.
        (_, TriggerDetection d) = Sentences.Detected("خرج آلاف المتظاهرين الجمعة في إطار حركة الاحتجاج التي من المقرر أن تستمر ستة أسابيع.");
        Assert.Contains(d.Hits, h => h.Entry.Type == "PROTEST");
        Assert.DoesNotContain(d.Hits, h => h.Entry.Type == "PROTEST" && h.Status == EventStatus.Planned);
    }

    [Fact]
    public void A_definite_noun_may_refer_back()
    {
        (_, TriggerDetection d) = Sentences.Detected("وأثار الهجوم موجة غضب في البلدة.");
        Assert.Contains(d.Hits, h => h.Entry.Type == "ASSAULT" && h.Anaphoric);
    }

    [Theory]
    [InlineData("وقال المرصد إن هناك اشتباكات عنيفة بين الطرفين في ريف المدينة.")]
    [InlineData("هنا سقطت القذائف على السوق المزدحم صباح اليوم.")]
    public void Here_and_there_is_are_no_congratulation(string sentence)
    {
        // هنأ (congratulated) and هنا (here) share a matching key: only the other forms of the verb are a reaction cue.
        (_, TriggerDetection d) = Sentences.Detected(sentence);
        Assert.Contains(d.Hits, h => h.Entry.Type == "ASSAULT");
        Assert.DoesNotContain(d.Rejected, r => r.Cue == CueKind.Reaction);
    }

    [Theory]
    [InlineData("وأفادت تقارير إعلامية أن القوات شنت غارات جوية على مواقع شمال المدينة.")] // media reports are a source
    [InlineData("وأكدت مصادر ميدانية أن قوات الجيش شنت هجوما عنيفا على مواقع تتمركز فيها الميليشيا.")] // a violent attack on positions
    [InlineData("وقال مصدر عسكري إن أحد أفراد ميليشيا الانقلاب لقي مصرعه بنيران الجيش.")] // the coup's militia, no overturned car
    [InlineData("وفي حادث منفصل، قتل شرطي برصاص مسلحين مجهولين في حي الجامعة.")] // "a separate incident" is no accident
    [InlineData("وتقدمت القوات نحو مركز المديرية وسط انهيار دفاعات المسلحين الذين قتل منهم العشرات.")] // a rout, no building's collapse
    public void Words_that_only_look_like_a_metaphor_or_an_accident_leave_the_trigger(string sentence)
    {
        (_, TriggerDetection d) = Sentences.Detected(sentence);
        Assert.Contains(d.Hits, h => h.Entry.Type == "ASSAULT");
        Assert.DoesNotContain(d.Rejected, r => r.Cue is CueKind.Metaphor or CueKind.Accident);
    }

    [Theory]
    [InlineData("ونفذت طائرات من دون طيار غارات عدة على مواقع المسلحين شرق المدينة.")] // drones: "without a pilot" negates nothing
    [InlineData("وتواصلت الاشتباكات في أحياء المدينة، ولا سيما قصف الأحياء الشرقية بالمدفعية.")] // "especially"
    public void A_fixed_phrase_hides_the_negation_inside_it(string sentence)
    {
        (_, TriggerDetection d) = Sentences.Detected(sentence);
        Assert.Contains(d.Hits, h => h.Entry.Type == "ASSAULT");
        Assert.DoesNotContain(d.Rejected, r => r.Cue == CueKind.Negated);
    }

    [Fact]
    public void Asylum_seekers_are_no_demand()
    {
        (_, TriggerDetection d) = Sentences.Detected("وتظاهر مئات من طالبي اللجوء أمام مقر البرلمان احتجاجا على قرار ترحيلهم.");
        Assert.Contains(d.Hits, h => h.Entry.Type == "PROTEST");
        Assert.DoesNotContain(d.Rejected, r => r.Cue == CueKind.Modal);
    }

    [Theory]
    [InlineData("ودخل عمال مصنع الإسمنت بالجهة منذ صباح اليوم في إضراب مفتوح عن العمل.", "PROTEST")] // "went on strike"
    [InlineData("ودخلت القوات الحكومية في مواجهات عنيفة مع المسلحين شرق المدينة.", "ASSAULT")]
    public void Entering_into_an_event_asserts_it(string sentence, string type)
    {
        (_, TriggerDetection d) = Sentences.Detected(sentence);
        Assert.Contains(d.Hits, h => h.Entry.Type == type && h.Asserted);
    }

    [Fact]
    public void A_lone_word_of_accident_still_rejects()
    {
        (_, TriggerDetection d) = Sentences.Detected("وقتل ثلاثة أشخاص في حادث على الطريق السريع شمال المدينة.");
        Assert.Contains(d.Rejected, r => r.Cue == CueKind.Accident);
    }

    [Theory]
    [InlineData("وتلقت صناعة السيارات في البلاد ضربة اقتصادية قاسية بعد تراجع المبيعات.")] // an economic blow
    [InlineData("وشنت الحكومة هجوما على التضخم برفع أسعار الفائدة مرة أخرى.")] // an attack on inflation
    public void A_blow_to_an_economy_is_a_metaphor(string sentence)
    {
        (_, TriggerDetection d) = Sentences.Detected(sentence);
        Assert.Contains(d.Rejected, r => r.Cue == CueKind.Metaphor);
        Assert.DoesNotContain(Engines.Process(sentence, new DateOnly(2018, 7, 16)).Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_building_that_collapses_is_an_accident()
    {
        (_, TriggerDetection d) = Sentences.Detected("وقتل سبعة أشخاص في انهيار عقار قديم وسط المدينة.");
        Assert.Contains(d.Rejected, r => r.Cue == CueKind.Accident);
    }

    [Fact]
    public void Without_its_idiom_a_negation_still_negates()
    {
        (_, TriggerDetection d) = Sentences.Detected("وأكد المتحدث أن الطائرات لم تشن غارات على المدينة.");
        Assert.Contains(d.Rejected, r => r.Cue == CueKind.Negated);
    }

    [Theory]
    [InlineData("شن الوزير هجوما إعلاميا على المعارضة في مؤتمر صحفي.", nameof(CueKind.Metaphor))]
    [InlineData("لقي ثلاثة أشخاص مصرعهم إثر انقلاب سيارتهم على الطريق الصحراوي.", nameof(CueKind.Accident))]
    public void A_media_attack_and_an_overturned_car_are_still_no_assault(string sentence, string cue)
    {
        (_, TriggerDetection d) = Sentences.Detected(sentence);
        Assert.DoesNotContain(d.Hits, h => h.Entry.Type == "ASSAULT");
        Assert.Contains(d.Rejected, r => r.Cue == Enum.Parse<CueKind>(cue));
    }

    [Fact]
    public void A_congratulation_in_other_forms_is_still_a_reaction()
    {
        (_, TriggerDetection d) = Sentences.Detected("هنأت الحركة منفذي الهجوم على الحاجز العسكري.");
        Assert.Contains(d.Rejected, r => r.Cue == CueKind.Reaction);
    }

    [Theory]
    [InlineData("استنكر رئيس البلدية الهجوم على المسجد.", nameof(CueKind.Reaction))]
    [InlineData("توعد زعيم الجماعة بالثأر لمقتل قائدها العسكري.", nameof(CueKind.Reaction))]
    [InlineData("تعهدت القبيلة بالانتقام لاغتيال شيخها.", nameof(CueKind.Reaction))]
    [InlineData("سجل اللاعب هدفا في هجوم سريع للفريق.", nameof(CueKind.Sport))]
    [InlineData("يمكن أن تقصف الطائرات المدينة.", nameof(CueKind.Modal))]
    [InlineData("وحذرت منظمات الإغاثة من أن الأزمة قد تؤدي في الأسابيع المقبلة إلى مقتل المئات من سكان الحي.", nameof(CueKind.Modal))]
    [InlineData("فقد يؤدي انهيار الهدنة في المدينة إلى مقتل آلاف السكان.", nameof(CueKind.Modal))]
    [InlineData("أصيب الوزير بجلطة دماغية خلال اجتماع الحكومة.", nameof(CueKind.Health))]
    [InlineData("وأصيب المشروع بالشلل بعد توقف التمويل.", nameof(CueKind.Health))]
    public void A_cue_that_makes_a_trigger_no_event_rejects_it_with_its_kind(string sentence, string cue)
    {
        CueKind kind = Enum.Parse<CueKind>(cue);
        (_, TriggerDetection d) = Sentences.Detected(sentence);
        Assert.DoesNotContain(d.Hits, h => h.Entry.Type == "ASSAULT");
        RejectedTrigger rejected = Assert.Single(d.Rejected, r => r.Entry?.Type == "ASSAULT");
        Assert.Equal(TriggerRejection.ContextCue, rejected.Reason);
        Assert.Equal(kind, rejected.Cue);
        Assert.True(rejected.CueToken >= 0);
    }

    [Theory]
    [InlineData("أعلنت السلطات إصابة سبعة تلاميذ بسبب هزة أرضية ضربت المنطقة صباح اليوم.")] // a tremor
    [InlineData("وقتل عشرة أشخاص بعد أمطار غزيرة أغرقت الأحياء المنخفضة.")] // heavy rain
    [InlineData("أصيب خمسة أشخاص في حادث سير على الطريق الصحراوي مساء أمس.")] // the passive of أصاب: one injured in an accident
    [InlineData("لقي أربعة ركاب حتفهم وأصيب ثلاثون آخرون بجروح متفاوتة في حادث تصادم بين حافلة وشاحنة.")] // a named accident far from the first casualty word
    public void A_casualty_of_a_natural_hazard_or_a_named_accident_is_rejected_as_an_accident(string sentence)
    {
        (_, TriggerDetection d) = Sentences.Detected(sentence);
        Assert.Contains(d.Rejected, r => r.Entry?.Type == "ASSAULT" && r.Cue == CueKind.Accident);
    }

    [Theory]
    [InlineData("أطلقت الجماعة حملة في القرى لحث الشباب على القتال في الجبهات.", "ASSAULT")] // urging to fight is no fight
    [InlineData("وجهت النيابة إلى الكاتب تهمة التحريض على التظاهر دون ترخيص.", "PROTEST")] // a charge of inciting a protest is no protest
    public void Urging_or_inciting_an_act_is_no_report_of_it(string sentence, string type)
    {
        (_, TriggerDetection d) = Sentences.Detected(sentence);
        Assert.DoesNotContain(d.Hits, h => h.Entry.Type == type);
        Assert.Contains(d.Rejected, r => r.Entry?.Type == type && r.Cue == CueKind.Purpose);
    }

    [Fact]
    public void A_blocked_phrase_is_rejected_as_such()
    {
        (_, TriggerDetection d) = Sentences.Detected("حلقت طائرة مسيرة فوق المدينة ساعات.");
        Assert.DoesNotContain(d.Hits, h => h.Entry.Type == "PROTEST");
        RejectedTrigger rejected = Assert.Single(d.Rejected);
        Assert.Equal(TriggerRejection.BlockedPhrase, rejected.Reason);
        Assert.Null(rejected.Entry);
        Assert.Null(rejected.Cue);
    }

    [Theory]
    [InlineData("يخطف الأنظار في كل ظهور له على المسرح.", "ASSAULT")] // steals the eyes: no abduction
    [InlineData("خطفت الأضواء في حفل افتتاح المهرجان مساء أمس.", "ASSAULT")] // stole the limelight
    [InlineData("احتجنا إلى ثلاث ساعات للوصول إلى المدينة بسبب الزحام.", "PROTEST")] // we needed; we protested is احتججنا
    [InlineData("كان نصيب المدينة من المساعدات الأخيرة قليلا.", "ASSAULT")] // a share, not 'we hit'
    public void A_word_that_only_looks_like_a_trigger_is_a_blocked_phrase(string sentence, string type)
    {
        (_, TriggerDetection d) = Sentences.Detected(sentence);
        Assert.DoesNotContain(d.Hits, h => h.Entry.Type == type);
        Assert.Contains(d.Rejected, r => r.Reason == TriggerRejection.BlockedPhrase);
    }

    [Fact]
    public void A_trigger_word_in_the_name_of_an_actor_is_rejected_as_such()
    {
        (_, TriggerDetection d) = Sentences.Detected("بثت قناة المسيرة صورا من صنعاء.");
        Assert.Empty(d.Hits);
        RejectedTrigger rejected = Assert.Single(d.Rejected);
        Assert.Equal(TriggerRejection.InsideNamedActor, rejected.Reason);
    }

    [Fact]
    public void A_rejected_trigger_does_not_make_the_next_verb_subordinate()
    {
        // هجوم إلكتروني is blocked: the verb after it is not the relative clause of a subordinate noun.
        (_, TriggerDetection d) = Sentences.Detected("وبعد هجوم إلكتروني قتل مسلحون ثلاثة جنود في الحاجز.");
        Assert.NotEmpty(d.Rejected);
        TriggerHit kill = Assert.Single(d.Hits, h => h.Entry.IsVerb);
        Assert.False(kill.Subordinate);
    }

    [Fact]
    public void A_sentence_with_no_trigger_has_neither_hits_nor_rejections()
    {
        (_, TriggerDetection d) = Sentences.Detected("ارتفعت أسعار الخضار في الأسواق هذا الشهر.");
        Assert.Empty(d.Hits);
        Assert.Empty(d.Rejected);
    }

    [Fact]
    public void The_candidate_reader_reads_the_hits_of_the_detector_it_is_given()
    {
        Document document = Engines.Process("قصفت الطائرات الحربية مواقع المسلحين قرب الحدود.");
        var resources = Engines.Default.Resources;
        var silent = new CandidateReader(resources.Events, resources.Casualties, new NoTriggers());
        var lexical = new CandidateReader(resources.Events, resources.Casualties);
        Assert.Empty(silent.Read(document));
        Assert.Single(lexical.Read(document), c => c.Type == "ASSAULT");
    }

    [Fact]
    public void The_cues_of_a_sentence_mark_blocked_words_and_keep_the_others()
    {
        SentenceContext s = Sentences.Context("نفى الجيش أن طائرة مسيرة قصفت السوق.");
        SentenceCues cues = SentenceCues.Read(Engines.Default.Resources.Events.Cues, s);
        int drone = Sentences.TokenOf(s, "مسيره");
        Assert.True(cues.Blocks(drone, drone + 1));
        Assert.False(cues.Blocks(s.FirstToken, s.FirstToken + 1));
        Assert.Contains(cues.Cues, c => c.Values.Any(v => v.Kind == CueKind.Denied));
    }

    [Fact]
    public void The_strongest_status_cue_gives_the_status()
    {
        // Both a threat and a denial stand before the verb: the denial ranks higher.
        (SentenceContext s, TriggerDetection d) = Sentences.Detected("نفت الحركة أنها هددت بقصف المطار.");
        SentenceCues cues = SentenceCues.Read(Engines.Default.Resources.Events.Cues, s);
        TriggerHit hit = Assert.Single(d.Hits, h => h.Entry.Type == "ASSAULT");
        CueVerdict verdict = TriggerCueRules.Judge(cues.Cues, hit.Match, hit.Entry, s);
        Assert.Null(verdict.Rejection);
        Assert.Equal(EventStatus.Denied, verdict.Status);
        Assert.Equal(6, verdict.StatusRank);
    }

    private sealed class NoTriggers : ITriggerDetector
    {
        public TriggerDetection Detect(SentenceContext sentence) => new([], []);
    }
}
