using System.Collections.Immutable;
using Mizan.Evaluation;

namespace Mizan.Tests.Evaluation;

public sealed class NewsSentenceEvaluationTests
{
    private const string Lines =
        """
        {"id": "XX-news-1-20180506#2", "doc": "XX-news-1-20180506", "text": "قتل جنديان في هجوم على حاجز.", "assault": "yes", "protest": "no", "displace": "no", "status": "occurred", "note": ""}
        {"id": "XX-news-2-20180507#1", "doc": "XX-news-2-20180507", "text": "تظاهر العشرات أمام الوزارة.", "assault": "no", "protest": "yes", "displace": "no", "status": "occurred", "note": ""}
        {"id": "XX-news-3-20180508#4", "doc": "XX-news-3-20180508", "text": "قتل في الحرب آلاف منذ 2011.", "assault": "background", "protest": "no", "displace": "no", "status": null, "note": ""}
        """;

    [Fact]
    public void Sentences_are_read_with_their_labels_and_the_date_of_their_article()
    {
        ImmutableArray<NewsSentence> sentences = NewsSentenceEvaluation.Load(new StringReader(Lines), "news.jsonl");

        Assert.Equal(3, sentences.Length);
        Assert.Equal("yes", sentences[0].LabelOf("ASSAULT"));
        Assert.Equal("no", sentences[0].LabelOf("PROTEST"));
        Assert.Equal("background", sentences[2].LabelOf("ASSAULT"));
        Assert.Equal(new DateOnly(2018, 5, 7), sentences[1].Published);
    }

    [Theory]
    [InlineData("AL-internationalNews-1023-20180506", 2018, 5, 6)]
    [InlineData("SK-middleEast-26-20180223", 2018, 2, 23)]
    public void The_date_is_read_from_the_end_of_the_article_id(string doc, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), NewsSentenceEvaluation.PublishedOf(doc));

    [Theory]
    [InlineData("JA-localNews-300-25102016")]
    [InlineData("no-date")]
    public void An_id_without_a_date_gives_none(string doc) => Assert.Null(NewsSentenceEvaluation.PublishedOf(doc));

    [Fact]
    public void A_bad_line_names_the_file_and_line()
    {
        string text = Lines.Split('\n')[0] + "\n{\"id\": \"x\"}\n";

        var error = Assert.Throws<InvalidDataException>(() => NewsSentenceEvaluation.Load(new StringReader(text), "news.jsonl"));

        Assert.StartsWith("news.jsonl:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Background_is_neither_positive_nor_negative()
    {
        ImmutableArray<NewsSentence> s = NewsSentenceEvaluation.Load(new StringReader(Lines), "news.jsonl");
        NewsSentenceOutcome[] outcomes =
        [
            new(s[0], ["ASSAULT"]),
            new(s[1], ["ASSAULT", "PROTEST"]),
            new(s[2], ["ASSAULT"]),
        ];

        NewsSentenceReport assault = NewsSentenceEvaluation.Summarize("ASSAULT", outcomes);
        NewsSentenceReport protest = NewsSentenceEvaluation.Summarize("PROTEST", outcomes);

        Assert.Equal(new BinaryScore(1, 1, 0), assault.Score);
        Assert.Equal(1, assault.Background);
        Assert.Equal(1, assault.BackgroundPredicted);
        Assert.Equal(new BinaryScore(1, 0, 0), protest.Score);
    }
}
