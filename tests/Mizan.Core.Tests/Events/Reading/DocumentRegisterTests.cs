using Mizan.Events;
using Mizan.Events.Reading;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Events.Reading;

/// <summary>
/// The register of a whole document: in a sport report the words of war are play, except a death; in an
/// accident report the deaths and wounds told again are the accident's.
/// </summary>
public class DocumentRegisterTests
{
    // Written for these tests: a match report whose injury and attack sentences name no word of sport of their own.
    private const string MatchReport =
        "فاز الفريق الأحمر على ضيفه بهدفين دون رد في مباراة الدوري مساء السبت.\n" +
        "وقال المدرب بعد المباراة إن الفوز مستحق.\n" +
        "وأكد الطبيب أن إصابة سامي بتمزق في الرباط ستبعده شهرا.\n" +
        "وشن الضيوف هجوما متأخرا دون جدوى.\n" +
        "وخرج مئات المشجعين في مسيرة احتفالا بالفوز.";

    // Written for these tests: news that names one match in passing.
    private const string NewsNamingAMatch =
        "أصيب ثلاثة أشخاص بجروح في قصف على حي سكني جنوب المدينة مساء السبت.\n" +
        "وقال شهود إن القصف وقع بعد انتهاء مباراة في ملعب الحي.\n" +
        "وأكد مسعف أن إصابة أحد الجرحى خطيرة.";

    // Written for these tests: an earthquake told in the title, its toll told again in the body without its cause.
    private const string QuakeTitle = "زلزال عنيف يضرب جزيرة في المحيط الهادئ ويقتل 12 شخصا";

    private const string QuakeBody =
        "قالت السلطات إن زلزالا بقوة 6.8 درجات ضرب الجزيرة فجر الأحد.\n" +
        "وأصيب أكثر من 40 آخرين بجروح، وقال مسؤول في الدفاع المدني إن حصيلة القتلى قد ترتفع.\n" +
        "وانتشلت فرق الإنقاذ جثث ثلاثة أطفال من تحت أنقاض منزلهم.";

    private static DocumentRegister RegisterOf(string text, string? title = null)
    {
        Document document = Engines.Process(text, title: title);
        var mentions = new DocumentMentions(document);
        var detections = new List<TriggerDetection>();
        for (int i = 0; i < document.Sentences.Length; i++)
        {
            detections.Add(Sentences.Detector.Detect(new SentenceContext(document, mentions, i, Engines.Default.Resources.Casualties)));
        }

        return DocumentRegister.Read(document, Engines.Default.Resources.Events.SportWords, detections);
    }

    [Fact]
    public void Four_words_of_sport_over_two_sentences_make_a_sport_report()
    {
        Assert.True(RegisterOf(MatchReport).SportReport);
    }

    [Fact]
    public void A_basketball_report_is_a_sport_report()
    {
        // Written for this test: the words of a league and its players, with no football word.
        Assert.True(RegisterOf(
            "خسر الفريق أمام منافسه في دوري كرة السلة الأميركي للمحترفين مساء الاثنين.\n" +
            "واستغل اللاعبون غياب نجم المنافس في ربع النهائي، وأصيب أحد اللاعبين في الربع الثاني.").SportReport);
    }

    [Fact]
    public void One_match_named_in_passing_makes_no_sport_report()
    {
        Assert.False(RegisterOf(NewsNamingAMatch).SportReport);
    }

    [Fact]
    public void Words_of_sport_in_one_sentence_alone_make_no_sport_report()
    {
        Assert.False(RegisterOf("سجل اللاعب هدفين في مباراة الدوري وقال المدرب إن اللاعب يستحق الكأس.").SportReport);
    }

    [Fact]
    public void A_report_of_a_death_is_no_sport_report()
    {
        Assert.False(RegisterOf(MatchReport + "\nوقتل مشجع برصاص مسلحين مجهولين قرب الملعب بعد المباراة.").SportReport);
    }

    [Fact]
    public void A_sport_report_gives_no_assault_and_no_protest()
    {
        // Each of its injury, attack and march sentences is read as a hit when it stands alone.
        Assert.Contains(Sentences.Detected("وأكد الطبيب أن إصابة سامي بتمزق في الرباط ستبعده شهرا.").Detection.Hits, h => h.Entry.Type == "ASSAULT");
        Assert.Contains(Sentences.Detected("وشن الضيوف هجوما متأخرا دون جدوى.").Detection.Hits, h => h.Entry.Type == "ASSAULT");
        Assert.Contains(Sentences.Detected("وخرج مئات المشجعين في مسيرة احتفالا بالفوز.").Detection.Hits, h => h.Entry.Type == "PROTEST");
        Document document = Engines.Process(MatchReport, new DateOnly(2018, 5, 6));
        Assert.DoesNotContain(document.Events, e => e.Type is "ASSAULT" or "PROTEST");
    }

    [Fact]
    public void A_bomb_at_a_match_is_news_with_its_town()
    {
        // Written for this test: a blast at a football ground, its town told in a sentence of its own.
        const string text =
            "انفجرت قنبلة في ملعب لكرة القدم جنوبي البلاد مما أسفر عن مقتل أربعة من المشجعين.\n" +
            "ووقع الانفجار في بلدة براوة الساحلية أثناء مباراة في الدوري المحلي.\n" +
            "وقال مدرب أحد الفريقين إن المباراة توقفت وإن اللاعبين لم يصابوا.";
        Document document = Engines.Process(text, new DateOnly(2018, 4, 13));
        Event attack = Assert.Single(document.Events, e => e.Type == "ASSAULT");
        Assert.Equal("Baraawe", attack.Location?.Name);
    }

    [Fact]
    public void A_title_that_tells_deaths_by_a_natural_hazard_makes_an_accident_report()
    {
        Assert.True(RegisterOf(QuakeBody, QuakeTitle).AccidentReport);
        Assert.False(RegisterOf(QuakeBody).AccidentReport); // no title, no register
        Assert.False(RegisterOf(QuakeBody, QuakeTitle).SportReport);
    }

    [Fact]
    public void An_accident_report_tells_no_assault()
    {
        // The body's wounds and bodies are read as hits when they stand alone.
        Assert.Contains(Sentences.Detected("وأصيب أكثر من 40 آخرين بجروح، وقال مسؤول في الدفاع المدني إن حصيلة القتلى قد ترتفع.").Detection.Hits, h => h.Entry.Type == "ASSAULT");
        Document document = Engines.ProcessWithRules(QuakeBody, new DateOnly(2018, 8, 6), QuakeTitle);
        Assert.DoesNotContain(document.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_told_in_an_accident_report_is_news()
    {
        // Written for this test: a separate attack told after the earthquake, by a word of attack.
        Document document = Engines.ProcessWithRules(
            QuakeBody + "\nوفي حادث منفصل، قتل جنديان في هجوم مسلح على نقطة تفتيش شمال الجزيرة.", new DateOnly(2018, 8, 6), QuakeTitle);
        Assert.Contains(document.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_title_that_tells_an_attack_beside_an_accident_makes_no_accident_report()
    {
        // Written for this test: a title with an armed attack and a road accident.
        Assert.False(RegisterOf(QuakeBody, "هجوم مسلح يقتل جنديين في الشمال وحادث سير يودي بحياة ثلاثة").AccidentReport);
    }
}
