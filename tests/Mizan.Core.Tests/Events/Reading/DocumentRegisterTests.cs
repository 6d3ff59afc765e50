using Mizan.Events;
using Mizan.Events.Reading;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Events.Reading;

/// <summary>The register of a whole document: in a sport report the words of war are play, except a death.</summary>
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

    private static DocumentRegister RegisterOf(string text)
    {
        Document document = Engines.Process(text);
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
}
