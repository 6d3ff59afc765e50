using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mizan.Languages.Arabic;
using Mizan.Pipeline;
using Mizan.Tests.Support;
using Mizan.Tokenization;

namespace Mizan.Tests.Tokenization;

/// <summary>
/// Text without full stops (a list, a transcript, a hostile input dense in event words) is cut
/// into sentences of bounded size, so the work of the readers that look across a sentence grows
/// with the length of the text, not with its square.
/// </summary>
public class RunOnTextTests
{
    private static readonly string[] EventWords =
    [
        "قتل", "هجوم", "اشتباكات", "مسلحين", "الجيش", "قصف", "غارة", "جرحى", "مقتل", "انفجار", "عبوة", "ناسفة",
        "في", "مدينة", "حلب", "عشرة", "جنود", "المتمردين", "تظاهرة", "قال", "مصدر", "أمني", "وزارة", "الدفاع",
        "20", "شخصا", "و", "من", "على", "إصابة", "داعش", "صنعاء", "أمس",
    ];

    private static Document Segment(string text) =>
        new SegmentationStage().Run(Document.Create(new Article("t", null, text), ArabicLanguagePack.Instance), CancellationToken.None);

    /// <summary>The quadratic work of reading every pair of tokens of each sentence.</summary>
    private static long PairWork(Document doc) =>
        doc.Sentences.Sum(s => (long)(s.EndToken - s.FirstToken) * (s.EndToken - s.FirstToken));

    private static string RunOn(int words, int seed)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => EventWords[random.Next(EventWords.Length)]));
    }

    [Fact]
    public void A_sentence_of_ordinary_length_is_never_cut()
    {
        string sentence = string.Join(' ', Enumerable.Repeat("قتل مسلحون جنديين في هجوم على حاجز للجيش شمال المدينة", 15)) + ".";
        Document doc = Segment(sentence);
        Assert.True(doc.Tokens.Length < Tokenizer.MaxSentenceTokens);
        Assert.Single(doc.Sentences);
    }

    [Fact]
    public void A_run_on_is_cut_at_its_last_comma_inside_the_bound()
    {
        // 150 words, a comma, then 100 more words and no full stop anywhere.
        string text = RunOn(150, 1) + "، " + RunOn(100, 2);
        Document doc = Segment(text);
        Assert.Equal(2, doc.Sentences.Length);
        Assert.EndsWith("،", doc.Slice(doc.Sentences[0].Span), StringComparison.Ordinal);
        Assert.Equal(151, doc.Sentences[0].EndToken);
    }

    [Fact]
    public void A_run_on_without_any_break_is_cut_where_the_bound_falls_and_nothing_is_lost()
    {
        Document doc = Segment(RunOn(1_000, 3));
        Assert.Equal(5, doc.Sentences.Length);
        Assert.All(doc.Sentences, s => Assert.Equal(Tokenizer.MaxSentenceTokens, s.EndToken - s.FirstToken));
        Assert.Equal(doc.Tokens.Length, doc.Sentences[^1].EndToken);
    }

    [Fact]
    public void Punctuation_with_no_space_between_is_bounded_too()
    {
        Document doc = Segment(new string('،', 1_000));
        Assert.All(doc.Sentences, s => Assert.True(s.EndToken - s.FirstToken <= Tokenizer.MaxSentenceTokens));
        Assert.Equal(1_000, doc.Tokens.Length);
    }

    [Property(MaxTest = 100)]
    public Property Sentences_cover_every_token_in_order_and_none_exceeds_the_bound()
    {
        Gen<string> text = Gen.Choose(1, 3_000).SelectMany(words => Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            return string.Concat(Enumerable.Range(0, words).Select(_ => random.Next(40) switch
            {
                0 => "، ",
                1 => ". ",
                _ => EventWords[random.Next(EventWords.Length)] + " ",
            }));
        }));
        return Prop.ForAll(text.ToArbitrary(), t =>
        {
            Document doc = Segment(t);
            int next = 0;
            foreach (Sentence s in doc.Sentences)
            {
                if (s.FirstToken != next || s.EndToken <= s.FirstToken || s.EndToken - s.FirstToken > Tokenizer.MaxSentenceTokens)
                {
                    return false;
                }

                next = s.EndToken;
            }

            return next == doc.Tokens.Length;
        });
    }

    [Fact]
    public void A_megabyte_of_event_words_without_full_stops_costs_no_more_work_per_token_than_the_bound()
    {
        // About a megabyte of text (half a million characters of two bytes in UTF-8).
        Document doc = Segment(RunOn(110_000, 4));
        Assert.True(doc.Text.Length > 500_000);
        Assert.True(PairWork(doc) <= (long)Tokenizer.MaxSentenceTokens * doc.Tokens.Length);
    }

    [Fact]
    public void The_engine_reads_a_long_run_on_text_to_its_end()
    {
        string text = RunOn(20_000, 5);
        Document doc = Engines.Default.Process(new Article("run-on", null, text, new DateOnly(2020, 1, 1)));
        Assert.NotEmpty(doc.Events);
        Assert.Contains(doc.Events, e => e.Evidence.Any(ev => ev.Span.Start > text.Length / 2));
    }
}
