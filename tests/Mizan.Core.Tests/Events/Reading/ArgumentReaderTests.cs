using Mizan.Events;
using Mizan.Events.Reading;

namespace Mizan.Tests.Events.Reading;

/// <summary>Each argument reader on its own, on a candidate made from the detector's hits.</summary>
public class ArgumentReaderTests
{
    private static readonly DateOnly Published = new(2019, 4, 11);

    private static class Reader
    {
        public static ActorRoleReader Actors { get; } = new(Lexicon.Prepositions, Lexicon.ReaderWords);

        public static PlaceReader Places { get; } = new(Lexicon.ReaderWords);

        private static EventLexicon Lexicon => Tests.Support.Engines.Default.Resources.Events;
    }

    [Fact]
    public void An_attack_verb_has_its_subject_as_agent_and_a_preposition_marks_the_target()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("هاجم مسلحون مجهولون حاجزا للشرطة قرب السوق.");
        Reader.Actors.Read(c, s);
        Assert.Contains("مسلحون", Sentences.TextOf(s, c.Actor1), StringComparison.Ordinal);
        Assert.Contains("شرطة", Sentences.TextOf(s, c.Actor2), StringComparison.Ordinal);
    }

    [Fact]
    public void A_clash_between_two_sides_has_both()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("اندلعت اشتباكات عنيفة بين الجيش والمسلحين شرق المدينة.");
        Reader.Actors.Read(c, s);
        Assert.Contains("الجيش", Sentences.TextOf(s, c.Actor1), StringComparison.Ordinal);
        Assert.Contains("المسلحين", Sentences.TextOf(s, c.Actor2), StringComparison.Ordinal);
    }

    [Fact]
    public void The_victims_of_a_death_noun_follow_it_and_the_agent_comes_after_a_word_of_fire()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("مقتل مدنيين بنيران الجيش في القرية.");
        Reader.Actors.Read(c, s);
        Assert.Contains("مدنيين", Sentences.TextOf(s, c.Actor2), StringComparison.Ordinal);
        Assert.Contains("الجيش", Sentences.TextOf(s, c.Actor1), StringComparison.Ordinal);
    }

    [Fact]
    public void The_words_of_the_source_run_to_the_complementiser()
    {
        SentenceContext s = Sentences.Context("قال مصدر أمني إن مسلحين هاجموا الحاجز.");
        var attribution = Assert.Single(s.Attributions);
        (int from, int to) = Reader.Actors.SourceWords(s, attribution);
        Assert.Equal(attribution.CueToken, from);
        Assert.Equal(Sentences.TokenOf(s, "ان"), to);
        Assert.Equal((-1, -1), Reader.Actors.SourceWords(s, null));
    }

    [Fact]
    public void The_place_is_the_most_precise_where_the_event_is()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("انفجرت سيارة مفخخة في مدينة الرمادي بمحافظة الأنبار.");
        Reader.Places.Read(c, s);
        Assert.NotNull(c.Place);
        Assert.Equal("الرمادي", s.Document.Text[c.Place.Span.Start..c.Place.Span.End]);
        Assert.Null(c.Conjoined);
    }

    [Theory]
    [InlineData("قصفت المدفعية نقطة مراقبة شمال رفح في جنوب قطاع غزة.", "رفح")]
    [InlineData("قتل ثلاثة جنود في هجوم على موقع في مديرية برط شمالي محافظة الجوف.", "مديرية برط")]
    [InlineData("قتل خمسة مدنيين في غارة على بلدة سراقب في ريف إدلب.", "سراقب")]
    public void A_place_followed_by_the_region_that_holds_it_is_the_place(string text, string place)
    {
        Assert.Equal(place, PlaceOf(text));
    }

    [Theory]
    [InlineData("أصيب وزير الداخلية بعد أن أطلق مسلح النار عليه خلال حضوره اجتماعا في مدينة الموصل.", "الموصل")]
    [InlineData("أصيب عشرات الأشخاص برصاص الشرطة أثناء مسيرة في مدينة البصرة.", "البصرة")]
    public void The_place_of_an_event_during_which_it_happened_is_its_place(string text, string place)
    {
        Assert.Equal(place, PlaceOf(text));
    }

    [Fact]
    public void Where_a_projectile_came_from_is_not_its_place_when_where_it_went_is_named()
    {
        Assert.Equal("إسرائيل", PlaceOf("أطلقت الفصائل نحو 100 صاروخ من قطاع غزة نحو جنوب إسرائيل الثلاثاء."));
    }

    [Theory]
    [InlineData("أغلقت السلطات المصرية معبر رفح البري بين مصر وقطاع غزة، حيث قتل 4 متظاهرين برصاص الجيش أمس.", "قطاع غزة")]
    [InlineData("زار الوزير مطار الحديدة ثم توجه إلى محافظة تعز حيث أصيب 3 جنود بقذيفة هاون.", "تعز")]
    public void A_place_followed_by_where_is_the_place_of_the_event_told_after_it(string text, string place)
    {
        // The precise site (the airport, the hospital) is named for another reason; the clause
        // opened by حيث tells what happened in the place right before it.
        Assert.Equal(place, PlaceOf(text));
    }

    /// <summary>The words of the place the place reader gives the candidate of the first sentence.</summary>
    private static string PlaceOf(string text)
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate(text);
        Reader.Places.Read(c, s);
        Assert.NotNull(c.Place);
        return s.Document.Text[c.Place.Span.Start..c.Place.Span.End];
    }

    [Fact]
    public void Two_towns_joined_by_and_are_a_second_place()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("قصفت الطائرات حمص وحماة صباح اليوم.");
        Reader.Places.Read(c, s);
        Assert.NotNull(c.Place);
        Assert.NotNull(c.Conjoined);
        Assert.Equal("حمص", s.Document.Text[c.Place.Span.Start..c.Place.Span.End]);
    }

    [Fact]
    public void The_date_of_the_sentence_is_the_candidates_with_its_key()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("قصفت الطائرات البلدة يوم الثلاثاء الماضي.", published: Published);
        new DateReader().Read(c, s);
        Assert.NotNull(c.Date);
        Assert.Contains("الثلاثاء", c.DateKey, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_without_a_date_leaves_the_candidate_undated()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("قصفت الطائرات البلدة.", published: Published);
        new DateReader().Read(c, s);
        Assert.Null(c.Date);
        Assert.Null(c.DateKey);
    }

    [Fact]
    public void Numbers_go_to_the_casualty_word_they_count()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("قتل 12 شخصا وأصيب 20 آخرون في القصف.");
        new FigureReader(Tests.Support.Engines.Default.Resources.Events).Read(c, s);
        ClaimDraft claim = Assert.IsType<ClaimDraft>(c.Claim);
        Assert.Contains(claim.Killed.Values, r => r.Low == 12);
        Assert.Contains(claim.Injured.Values, r => r.Low == 20);
        Assert.False(claim.Denial);
    }

    [Fact]
    public void A_singular_noun_after_a_death_word_is_one()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("مقتل شرطي في انفجار عبوة ناسفة.");
        new FigureReader(Tests.Support.Engines.Default.Resources.Events).Read(c, s);
        Assert.Contains(c.Claim!.Killed.Values, r => r.Low == 1 && r.High == 1);
    }

    [Fact]
    public void A_phrase_of_no_losses_is_zero_killed()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("انفجرت قنبلة قرب المصرف دون وقوع إصابات.");
        new FigureReader(Tests.Support.Engines.Default.Resources.Events).Read(c, s);
        Assert.Contains(c.Claim!.Injured.Values, r => r.Low == 0);
    }

    [Fact]
    public void A_figure_among_the_civilians_counts_civilians()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("قتل مسلحون 7 مدنيين في هجوم على القرية.");
        Reader.Actors.Read(c, s);
        new FigureReader(Tests.Support.Engines.Default.Resources.Events).Read(c, s);
        Assert.Contains(c.Claim!.Killed, kv => kv.Value.Low == 7 && kv.Key is "civilians" or "actor2");
    }

    [Fact]
    public void A_number_before_the_protesters_is_the_size_of_the_crowd()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("تظاهر نحو 500 شخص أمام مبنى البلدية.", "PROTEST");
        new CrowdReader().Read(c, s);
        Assert.True(c.CountsCrowd);

        (s, c) = Sentences.Candidate("تظاهر الطلاب أمام مبنى البلدية.", "PROTEST");
        new CrowdReader().Read(c, s);
        Assert.False(c.CountsCrowd);
    }

    [Fact]
    public void Evidence_leaves_out_punctuation_at_both_ends()
    {
        (SentenceContext s, EventCandidate c) = Sentences.Candidate("قصفت الطائرات البلدة.");
        var span = EvidenceSpans.Of(s, c, s.FirstToken, s.EndToken);
        Assert.Equal("قصفت الطائرات البلدة", s.Document.Text[span.Start..span.End]);
    }
}
