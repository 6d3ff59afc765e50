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

    [Fact]
    public void Thousands_before_the_dead_they_mourn_leave_the_funeral_news()
    {
        EventCandidate c = Read("وشيع عدة آلاف القتيلين الشابين في البلدة بعد مقتلهما برصاص الشرطة.");

        Assert.False(c.Background);
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

    private static EventCandidate Read(string text)
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate(text, published: Published);
        new FigureReader(Lexicon).Read(c, s);
        new AggregateTollReader(Lexicon.ReaderWords).Read(c, s);
        return c;
    }
}
