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

    private static SentenceContext Context(string text, int index, out DocumentRegister register)
    {
        Document document = Engines.Process(text);
        register = DocumentRegister.Read(document, Engines.Default.Resources.Events.SportWords);
        return new SentenceContext(document, new DocumentMentions(document), index, Engines.Default.Resources.Casualties, register);
    }

    [Fact]
    public void Four_words_of_sport_over_two_sentences_make_a_sport_report()
    {
        Context(MatchReport, 0, out DocumentRegister register);
        Assert.True(register.SportReport);
    }

    [Fact]
    public void One_match_named_in_passing_makes_no_sport_report()
    {
        Context(NewsNamingAMatch, 0, out DocumentRegister register);
        Assert.False(register.SportReport);
    }

    [Fact]
    public void Words_of_sport_in_one_sentence_alone_make_no_sport_report()
    {
        Context("سجل اللاعب هدفين في مباراة الدوري وقال المدرب إن اللاعب يستحق الكأس.", 0, out DocumentRegister register);
        Assert.False(register.SportReport);
    }

    [Theory]
    [InlineData(2, "ASSAULT")] // إصابة سامي بتمزق: an injury of play
    [InlineData(3, "ASSAULT")] // شن الضيوف هجوما: an attack of play
    [InlineData(4, "PROTEST")] // مسيرة احتفالا بالفوز: a march of fans celebrating
    public void In_a_sport_report_a_trigger_with_no_word_of_sport_beside_it_is_play(int sentence, string type)
    {
        SentenceContext context = Context(MatchReport, sentence, out _);
        TriggerDetection detection = Sentences.Detector.Detect(context);
        Assert.DoesNotContain(detection.Hits, h => h.Entry.Type == type);
        Assert.Contains(detection.Rejected, r => r.Entry?.Type == type && r.Cue == CueKind.Sport);
    }

    [Fact]
    public void The_same_injury_in_news_is_read()
    {
        SentenceContext context = Context(NewsNamingAMatch, 2, out _);
        Assert.Contains(Sentences.Detector.Detect(context).Hits, h => h.Entry.Type == "ASSAULT");
    }

    [Fact]
    public void A_death_in_a_sport_report_is_news()
    {
        Document document = Engines.Process(MatchReport + "\nوقتل مشجع برصاص مسلحين مجهولين قرب الملعب بعد المباراة.", new DateOnly(2018, 5, 6));
        Assert.Contains(document.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_sport_report_gives_no_assault_and_no_protest()
    {
        Document document = Engines.Process(MatchReport, new DateOnly(2018, 5, 6));
        Assert.DoesNotContain(document.Events, e => e.Type is "ASSAULT" or "PROTEST");
    }
}
