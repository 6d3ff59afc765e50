using Microsoft.Extensions.Time.Testing;
using Mizan.Dates;
using Mizan.Numbers;
using Mizan.Pipeline;
using Mizan.Tokenization;
using static Mizan.Tests.Dates.DateTestSupport;
using Mizan.Languages.Arabic;

namespace Mizan.Tests.Dates;

public class DateRecognitionStageTests
{
    private const string Body = "قتل ثلاثة مدنيين مساء أمس في قصف على البلدة، بعد هدنة أعلنت الخميس الماضي وانهارت عام 2005.";

    private static MizanPipeline Pipeline(TimeProvider clock, FutureReferencePolicy policy = FutureReferencePolicy.Reject) =>
        new PipelineBuilder(ArabicLanguagePack.Instance)
            .Add(new SegmentationStage())
            .Add(new NumberRecognitionStage(Mizan.Tests.Numbers.NumberTestSupport.Recognizer))
            .Add(new DateRecognitionStage(Recognizer, clock, policy))
            .Build();

    private static FakeTimeProvider ClockAt(int year, int month, int day) =>
        new(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_stage_requires_tokens_and_numbers_and_provides_dates()
    {
        var stage = new DateRecognitionStage(Recognizer);
        Assert.Equal([Layers.Tokens, Layers.Numbers], stage.Requires);
        Assert.Equal([Layers.Dates], stage.Provides);
        Assert.Throws<InvalidOperationException>(() => new PipelineBuilder(ArabicLanguagePack.Instance).Add(stage).Build());
    }

    [Fact]
    public void The_stage_resolves_against_the_publication_date()
    {
        var article = new Article("a1", "غارة على البلدة", Body, Published: Sunday20180902);
        Document document = Pipeline(ClockAt(2018, 9, 3)).Process(article);
        Assert.Equal(["مساء أمس", "الخميس الماضي", "عام 2005"], document.Dates.Select(d => document.Slice(d.Span)));
        Assert.Equal(new DateOnly(2018, 9, 1), document.Dates[0].Start);
        Assert.Equal(new DateOnly(2018, 8, 30), document.Dates[1].Start);
        Assert.Equal(new DateOnly(2005, 1, 1), document.Dates[2].Start);
    }

    [Fact]
    public void The_stage_counts_from_the_day_before_for_an_article_published_in_the_small_hours()
    {
        // Stamped 01:10 on Monday 3 September 2018, Gulf time: "مساء أمس" is Saturday evening.
        var article = new Article("a1", "غارة على البلدة", Body, Published: new DateOnly(2018, 9, 3))
        {
            PublishedAt = new DateTimeOffset(2018, 9, 3, 1, 10, 0, TimeSpan.FromHours(4)),
        };
        Document document = Pipeline(ClockAt(2018, 9, 3)).Process(article);
        Assert.Equal("مساء أمس", document.Slice(document.Dates[0].Span));
        Assert.Equal(new DateOnly(2018, 9, 1), document.Dates[0].Start);
        Assert.Equal(new DateOnly(2018, 8, 30), document.Dates[1].Start);
    }

    [Fact]
    public void The_clock_is_never_a_fallback_reference()
    {
        var article = new Article("a2", null, Body);
        Document early = Pipeline(ClockAt(2018, 9, 3)).Process(article);
        Document late = Pipeline(ClockAt(2031, 1, 15)).Process(article);
        Assert.Equal(early.Dates.ToArray(), late.Dates.ToArray());
        Assert.False(early.Dates[0].IsResolved);
        Assert.False(early.Dates[1].IsResolved);
        Assert.True(early.Dates[2].IsResolved);
    }

    [Fact]
    public void Moving_the_clock_does_not_change_resolved_dates()
    {
        var article = new Article("a3", null, Body, Published: Sunday20180902);
        FakeTimeProvider clock = ClockAt(2018, 9, 2);
        MizanPipeline pipeline = Pipeline(clock);
        DateMention[] first = [.. pipeline.Process(article).Dates];
        clock.Advance(TimeSpan.FromDays(4000));
        Assert.Equal(first, pipeline.Process(article).Dates.ToArray());
    }

    [Fact]
    public void A_publication_date_in_the_future_is_rejected_with_a_clear_error()
    {
        var article = new Article("future-1", null, Body, Published: new DateOnly(2030, 1, 1));
        var error = Assert.Throws<FutureReferenceDateException>(() => Pipeline(ClockAt(2018, 9, 3)).Process(article));
        Assert.Equal("future-1", error.ArticleId);
        Assert.Equal(new DateOnly(2030, 1, 1), error.Published);
        Assert.Equal(new DateOnly(2018, 9, 3), error.Today);
        Assert.Contains("2030-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("future-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_publication_date_one_day_ahead_is_accepted_for_time_zones()
    {
        var article = new Article("tz", null, Body, Published: new DateOnly(2018, 9, 4));
        Document document = Pipeline(ClockAt(2018, 9, 3)).Process(article);
        Assert.Equal(new DateOnly(2018, 9, 3), document.Dates[0].Start);
    }

    [Fact]
    public void A_future_publication_date_can_leave_relative_dates_unresolved_instead()
    {
        var article = new Article("future-2", null, Body, Published: new DateOnly(2030, 1, 1));
        Document document = Pipeline(ClockAt(2018, 9, 3), FutureReferencePolicy.LeaveRelativeUnresolved).Process(article);
        Assert.Equal(3, document.Dates.Length);
        Assert.False(document.Dates[0].IsResolved);
        Assert.False(document.Dates[1].IsResolved);
        Assert.Equal(new DateOnly(2005, 1, 1), document.Dates[2].Start);
    }

    [Fact]
    public void Spans_point_into_the_title_and_body_text()
    {
        var article = new Article("a4", "اشتباكات الجمعة الماضية", "تجددت الاشتباكات اليوم.", Published: Sunday20180902);
        Document document = Pipeline(ClockAt(2018, 9, 3)).Process(article);
        Assert.Equal(["الجمعة الماضية", "اليوم"], document.Dates.Select(d => document.Slice(d.Span)));
        Assert.True(document.Dates[1].Span.Start > article.Title!.Length);
    }

    [Fact]
    public void Days_counted_after_a_named_day_are_resolved_from_it()
    {
        var article = new Article("a2", null, "وصرح القائد في 9 أبريل 2018 بأن قواته ستتقدم، وبعده بعشرة أيام قتل في غارة جوية.", Published: Sunday20180902);
        Document document = Pipeline(ClockAt(2018, 9, 3)).Process(article);
        DateMention elapsed = Assert.Single(document.Dates, d => document.Slice(d.Span) == "بعده بعشرة أيام");
        Assert.Equal(new DateOnly(2018, 4, 19), elapsed.Start);
        Assert.Equal(Mizan.Events.DatePrecision.Day, elapsed.Precision);
    }

    [Fact]
    public void A_duration_after_no_named_day_stays_a_duration()
    {
        var article = new Article("a3", null, "وبعد ثلاثة أيام من المعارك انسحب المسلحون.", Published: Sunday20180902);
        Document document = Pipeline(ClockAt(2018, 9, 3)).Process(article);
        Assert.Empty(document.Dates);
    }
}
