using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Events.Reading;

namespace Mizan.Tests.Events.Reading;

/// <summary>
/// What a toll counts: a number of a date or of another event's trigger counts no one killed, and
/// a toll over a long span (a duration, a date long past, a war's total) is background, not an
/// incident. Sentences written for these tests.
/// </summary>
public class TollReadingTests
{
    private static readonly DateOnly Published = new(2018, 6, 10);

    private static EventLexicon Lexicon => Tests.Support.Engines.Default.Resources.Events;

    [Theory]
    [InlineData("وفي صيف 2016 خلف هجوم على السوق 25 قتيلا.", 25)]
    [InlineData("وقع هجوم على القرية في 2014 أوقع 17 قتيلا من المدنيين.", 17)]
    public void A_year_is_never_read_as_killed(string text, long killed)
    {
        EventCandidate c = Read(text);

        Assert.Equal([killed], c.Claim!.Killed.Values.Select(r => r.Low));
    }

    [Theory]
    [InlineData("أسفرت الاشتباكات في البلدة عن 12 قتيلا ونحو 70 جريحا.", 12, 70)]
    [InlineData("أسفرت الاشتباكات في البلدة عن 12 قتيلا وأكثر من 300 جريح.", 12, 300)]
    [InlineData("أسفرت الاشتباكات في البلدة عن 12 قتيلا وحوالي ألف مصاب.", 12, 1000)]
    [InlineData("أسفرت الاشتباكات في البلدة عن 12 قتيلا ونحو 40 مصابا.", 12, 40)]
    [InlineData("أسفر الهجوم على السوق عن سقوط 12 قتيلا وإصابة 70 آخرين بجروح.", 12, 70)]
    [InlineData("أسفر الهجوم على السوق عن سقوط 12 قتيلا وإصابة نحو 70 آخرين.", 12, 70)]
    public void A_figure_after_the_dead_and_before_the_wounded_counts_the_wounded(string text, long killed, long injured)
    {
        EventCandidate c = Read(text);

        Assert.Equal([killed], Killed(c));
        Assert.Equal([injured], c.Claim!.Injured.Values.Select(r => r.Low));
    }

    [Fact]
    public void Thousands_before_the_dead_they_mourn_leave_the_funeral_news()
    {
        EventCandidate c = Read("وشيع عدة آلاف القتيلين الشابين في البلدة بعد مقتلهما برصاص الشرطة.");

        Assert.False(c.Background);
        Assert.Equal([2L], Killed(c));
    }

    [Fact]
    public void Thousands_who_do_something_else_before_the_trigger_are_no_toll()
    {
        EventCandidate c = Read("آلاف الأهالي يشيعون شابا قتل برصاص الشرطة في البلدة.");

        Assert.False(c.Background);
        Assert.DoesNotContain(Killed(c), k => k >= 1000);
    }

    [Fact]
    public void Animals_and_vehicles_are_not_people()
    {
        EventCandidate c = Read("أدى القصف إلى نفوق 3 آلاف طير ومقتل 4 مزارعين في القرية.");

        Assert.Equal([4L], c.Claim!.Killed.Values.Select(r => r.Low));
    }

    [Fact]
    public void A_number_nearer_to_another_events_trigger_is_that_events()
    {
        EventCandidate c = Read("أدى القصف إلى مقتل 12 شخصا ونزوح 4 آلاف من سكان القرية.");

        Assert.Equal([12L], c.Claim!.Killed.Values.Select(r => r.Low));
    }

    [Theory]
    [InlineData("قتل 900 مدني خلال ستة أشهر من القصف على المدينة.")]
    [InlineData("قتل أكثر من 70 ألف شخص منذ آذار 2015 في المواجهات بين الطرفين.")]
    [InlineData("وأسفر النزاع عن مقتل نحو 60 ألف شخص في البلاد.")]
    [InlineData("وقتل عشرات الآلاف في الحرب الأهلية التي شهدتها البلاد.")]
    [InlineData("وقتل الآلاف من سكان المنطقة في المعارك.")]
    [InlineData("قتل نحو 15 ألف شخص في البلاد بحسب الأمم المتحدة.")]
    public void A_toll_over_a_long_span_or_a_wars_total_is_background(string text)
    {
        EventCandidate c = Read(text);

        Assert.NotEmpty(c.Claim!.Killed);
        Assert.True(c.Background);
    }

    [Theory]
    [InlineData("قتل 12 جنديا في هجوم على حاجز للجيش خلال الليل.")]
    [InlineData("قتل 30 شخصا منذ صباح اليوم في قصف على المدينة.")]
    [InlineData("قتل 35 مسلحا في معارك مع الجيش في إطار الحرب على التنظيم.")]
    [InlineData("قتل تسعة متظاهرين الأحد في العاصمة، لترتفع حصيلة القتلى منذ ثلاثة أشهر إلى 200 قتيل.")]
    public void A_toll_of_one_night_one_day_or_a_few_dozen_in_a_war_is_news(string text)
    {
        EventCandidate c = Read(text);

        Assert.NotEmpty(c.Claim!.Killed);
        Assert.False(c.Background);
    }

    [Fact]
    public void A_year_after_a_levantine_month_written_alone_is_no_toll()
    {
        EventCandidate c = Read("ونفذ المسلحون هجمات تشرين 2016 وقتلوا عددا من الحراس.");

        Assert.DoesNotContain(2016L, Killed(c));
    }

    [Theory]
    [InlineData("أعدمت السلطات 6 آلاف خنزير بعد تفشي المرض وقتل 3 مزارعين.", 3)]
    [InlineData("أطلقت القوات 400 صاروخ على البلدة وقتلت 9 مدنيين.", 9)]
    [InlineData("باعت الشركة 3 آلاف \"منظومة قتل\" للجيش قبل أن تقتل غارة 4 مدنيين.", 4)]
    [InlineData("ومنحت اللعبة 300 نقطة لمن يقتل خصمه، وقتل مسلحون 6 حراس في الليلة نفسها.", 6)]
    public void Animals_and_weapons_counted_are_no_toll(string text, long killed)
    {
        EventCandidate c = Read(text);

        Assert.Equal([killed], Killed(c));
    }

    [Fact]
    public void Killed_and_wounded_with_a_detached_and_are_no_death_count()
    {
        EventCandidate c = Read("وسقط المئات من المسلحين بين قتيل و جريح في المعارك.");

        Assert.Empty(Killed(c));
        Assert.NotEmpty(c.Claim!.Injured);
    }

    [Theory]
    [InlineData("وعلى مدى عشرين عاما من التمرد، قتل المسلحون نحو 700 شخص في الإقليم.")]
    [InlineData("ومنذ 12 أيار/مايو، تقصف الطائرات البلدة، ما أسفر عن مقتل أكثر من 200 مدني.")]
    public void A_span_that_opens_the_sentence_makes_its_toll_a_total(string text)
    {
        EventCandidate c = Read(text);

        Assert.NotEmpty(Killed(c));
        Assert.True(c.Background);
    }

    [Theory]
    [InlineData("قتل 150 شخصا خلال عشرة أيام من المعارك في المدينة.")]
    [InlineData("قتل أكثر من 90 مدنيا في القصف على المدينة منذ 25 أيار/مايو.")]
    public void A_toll_over_a_week_or_more_is_a_total(string text)
    {
        EventCandidate c = Read(text);

        Assert.NotEmpty(Killed(c));
        Assert.True(c.Background);
    }

    [Theory]
    [InlineData("وقتل أكثر من 300 شخص في القصف على الأحياء منذ أن بدأت القوات هجومها.")]
    [InlineData("وقتل 250 مدنيا في المحافظة خلال الأسابيع الأخيرة.")]
    [InlineData("وأسفر التمرد عن مقتل نحو 400 شخص خلال ثلاثة عقود.")]
    public void Hundreds_told_with_a_span_that_is_not_short_are_a_total(string text)
    {
        EventCandidate c = Read(text);

        Assert.NotEmpty(Killed(c));
        Assert.True(c.Background);
    }

    [Theory]
    [InlineData("وقتل أكثر من 300 شخص في القاهرة خلال ساعات من فض الاعتصام.")]
    [InlineData("وقتل 120 شخصا خلال الهجوم على السوق.")]
    public void Hundreds_killed_within_hours_or_during_one_attack_are_news(string text)
    {
        EventCandidate c = Read(text);

        Assert.NotEmpty(Killed(c));
        Assert.False(c.Background);
    }

    [Theory]
    [InlineData("ومنذ صباح اليوم، قتل 14 شخصا في قصف على البلدة.")]
    [InlineData("وخلال الهجوم، قتل ثمانية جنود في الثكنة.")]
    [InlineData("قتل 20 شخصا في القصف على المدينة منذ 8 حزيران/يونيو.")]
    public void A_span_of_hours_days_or_an_event_that_opens_the_sentence_leaves_the_toll_news(string text)
    {
        EventCandidate c = Read(text);

        Assert.NotEmpty(Killed(c));
        Assert.False(c.Background);
    }

    [Fact]
    public void A_year_right_after_a_place_is_no_toll()
    {
        EventCandidate c = Read("وأعادت الحادثة إلى الأذهان ما جرى في بيروت 2005 وقتل فيه رجل.");

        Assert.DoesNotContain(2005L, Killed(c));
    }

    [Theory]
    [InlineData("ومنذ توليه السلطة، قتل نحو ثلاثة آلاف شخص بأيدي الشرطة.")]
    [InlineData("وقتل أكثر من 5 آلاف مدني خلال تلك الفترة، بحسب منظمة محلية.")]
    [InlineData("وقتل نحو 2500 شخص في المنطقة، بعد ثلاثة أشهر من الغارات.")]
    [InlineData("وفي معركة وقعت في ربيع عام 1916، قتل نحو ثلاثة آلاف جندي.")]
    [InlineData("وأسفرت العمليات العسكرية في الريف الشمالي عن مقتل قرابة 2400 شخص.")]
    [InlineData("وقتلت الغارات الجوية على الإقليم نحو 1800 مدني.")]
    [InlineData("وقد وصل عدد القتلى في المحافظة إلى 2100 شخص.")]
    [InlineData("وتسببت المعركة حتى الآن بمقتل أكثر من 1300 مقاتل.")]
    [InlineData("ونزح السكان بعد أسابيع من الحصار الذي تسبب بمقتل 1700 شخص.")]
    [InlineData("وكان الهجوم على الريف قد أدى إلى مقتل أكثر من 1200 شخص في قصف متواصل بالمدفعية والطائرات.")]
    [InlineData("وأسفر القصف المستمر على الأحياء الشرقية عن مقتل نحو 1100 مدني.")]
    public void Thousands_in_a_sentence_that_tells_a_long_time_or_a_campaign_are_background(string text)
    {
        EventCandidate c = Read(text);

        Assert.NotEmpty(Killed(c));
        Assert.True(c.Background);
    }

    [Theory]
    [InlineData("وتقول منظمات محلية إن آلاف القرويين قتلوا في الإقليم.")]
    [InlineData("وخلفت المجاعة والغارات عشرات آلاف القتلى في الإقليم.")]
    public void Thousands_told_vaguely_before_their_trigger_are_background(string text)
    {
        EventCandidate c = Read(text);

        Assert.NotEmpty(Killed(c));
        Assert.True(c.Background);
    }

    [Theory]
    [InlineData("وقالت منظمة الصحة العالمية إن أكثر من 3 آلاف شخص قتلوا في المحافظة.")]
    [InlineData("وقتل 2600 مدني في الإقليم، وفق الأمم المتحدة.")]
    public void Thousands_counted_by_the_un_a_monitor_or_a_medical_body_are_background(string text)
    {
        EventCandidate c = ReadAttributed(text);

        Assert.NotEmpty(Killed(c));
        Assert.True(c.Background);
    }

    [Theory]
    [InlineData("وقال الجيش في بيان إن قواته قتلت أكثر من 3 آلاف من المتمردين في الإقليم.")]
    [InlineData("وتقول وزارة الداخلية إن الشرطة قتلت 2500 من تجار المخدرات المشتبه بهم.")]
    public void Thousands_told_by_a_government_or_its_forces_are_its_tally(string text)
    {
        EventCandidate c = ReadAttributed(text);

        Assert.Contains(c.Attribution!.Source!.Actor.SourceKind, new SourceKind?[] { SourceKind.Government, SourceKind.Military });
        Assert.NotEmpty(Killed(c));
        Assert.True(c.Background);
    }

    [Fact]
    public void Tens_killed_on_the_word_of_the_army_are_news()
    {
        (SentenceContext s, EventCandidate unattributed) = Sentences.Candidate("وقال الجيش في بيان إن قواته قتلت 35 من المتمردين في الإقليم أمس.", published: Published);
        var c = new EventCandidate(unattributed.TypeInfo, s.Index, s.FirstToken, s.EndToken, s.Attributions[0]);
        c.Triggers.AddRange(unattributed.Triggers);
        new FigureReader(Lexicon).Read(c, s);
        new AggregateTollReader(Lexicon.ReaderWords).Read(c, s);

        Assert.Equal([35L], Killed(c));
        Assert.False(c.Background);
    }

    [Theory]
    [InlineData("قتل أكثر من 1200 شخص في هجوم كيماوي على البلدة منذ يومين.")]
    [InlineData("قتل نحو 1500 شخص خلال الهجوم على المدينة أمس.")]
    public void Thousands_killed_in_one_attack_of_days_ago_are_news(string text)
    {
        EventCandidate c = Read(text);

        Assert.NotEmpty(Killed(c));
        Assert.False(c.Background);
    }

    [Theory]
    [InlineData(12_000, true)]
    [InlineData(10_000, true)]
    [InlineData(9_999, false)]
    public void An_event_whose_most_conservative_toll_reaches_tens_of_thousands_is_implausible(long low, bool implausible)
    {
        Assert.Equal(implausible, AggregateTollReader.Implausible(new FatalityEstimate(low, low, low * 2)));
        Assert.False(AggregateTollReader.Implausible(null));
    }

    [Theory]
    [InlineData(SourceKind.Un, 2300, true)]
    [InlineData(SourceKind.Medical, 1000, true)]
    [InlineData(SourceKind.Un, 40, false)]
    [InlineData(SourceKind.Government, 2300, false)]
    public void An_event_with_thousands_on_the_word_of_a_monitor_is_a_total(SourceKind kind, long killed, bool total)
    {
        var none = ImmutableSortedDictionary<string, CountRange>.Empty;
        var claim = new Claim(
            new ClaimSource(null, "a body", kind),
            none.Add("total", new CountRange(killed, killed)),
            none,
            none,
            none,
            none,
            false,
            new Evidence(0, 1, "x"));

        Assert.Equal(total, AggregateTollReader.IsTotal(new FatalityEstimate(killed, killed, killed), [claim]));
    }

    private static IEnumerable<long> Killed(EventCandidate c) => c.Claim?.Killed.Values.Select(r => r.Low) ?? [];

    /// <summary>Reads the toll of the first sentence as told by the source its first attribution names.</summary>
    private static EventCandidate ReadAttributed(string text)
    {
        (SentenceContext s, EventCandidate unattributed) = Sentences.Candidate(text, published: Published);
        Assert.NotEmpty(s.Attributions);
        var c = new EventCandidate(unattributed.TypeInfo, s.Index, s.FirstToken, s.EndToken, s.Attributions[0]);
        c.Triggers.AddRange(unattributed.Triggers);
        new FigureReader(Lexicon).Read(c, s);
        new AggregateTollReader(Lexicon.ReaderWords).Read(c, s);
        return c;
    }

    private static EventCandidate Read(string text)
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate(text, published: Published);
        new FigureReader(Lexicon).Read(c, s);
        new AggregateTollReader(Lexicon.ReaderWords).Read(c, s);
        return c;
    }
}
