using System.Collections.Immutable;
using Mizan.Evaluation;
using Mizan.Events;
using Mizan.Learning;
using Mizan.Pipeline;
using Mizan.Resources;

namespace Mizan.Training.Tests;

/// <summary>How the gold labels the rules' candidates: sentences by their judgement, articles by the gold quotes.</summary>
public sealed class ExampleLabellerTests
{
    private static readonly Lazy<MizanEngine> Rules = new(() => MizanEngine.Create(LanguageResources.LoadEmbedded(models: false), options: new ExtractionOptions { RulesOnly = true }));

    private static readonly FeatureSpace Space = new(16, FeatureFamilies.Rules | FeatureFamilies.Words);

    private const string Attack = "قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دوريتهم جنوب كركوك.";
    private const string Protest = "تظاهر مئات الطلاب أمام البرلمان احتجاجا على رفع الأسعار.";

    private static ImmutableArray<LabelledExample> Label(EvaluationData data) => new ExampleLabeller(Rules.Value, Space).Label(data);

    private static EvaluationData Data(
        ImmutableArray<GoldCase> articles = default,
        ImmutableArray<JudgedSentence> assault = default,
        ImmutableArray<NewsSentence> news = default) =>
        new(articles.IsDefault ? [] : articles, assault.IsDefault ? [] : assault, [], news.IsDefault ? [] : news);

    [Fact]
    public void A_judged_sentence_labels_the_candidates_of_its_type_and_ambiguous_ones_are_left_out()
    {
        var data = Data(assault: [
            new JudgedSentence("g1", "ASSAULT", "yes", Attack),
            new JudgedSentence("g2", "ASSAULT", "difficult no", Attack),
            new JudgedSentence("g3", "ASSAULT", "ambiguous", Attack),
            new JudgedSentence("g4", "ASSAULT", "yes", Protest),
        ]);

        ImmutableArray<LabelledExample> examples = Label(data);

        Assert.Contains(examples, e => e.ItemId == "g1" && e.Label && e.Type == "ASSAULT" && e.Source == ExampleSource.GsrSentence);
        Assert.Contains(examples, e => e.ItemId == "g2" && !e.Label);
        Assert.DoesNotContain(examples, e => e.ItemId == "g3");
        Assert.DoesNotContain(examples, e => e.ItemId == "g4"); // a protest candidate says nothing of an assault judgement
    }

    [Fact]
    public void A_news_sentence_labels_each_type_and_background_is_left_out()
    {
        var labels = ImmutableDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("ASSAULT", "background"), new("PROTEST", "yes")]);
        var data = Data(news: [
            new NewsSentence("n1", "XX-1-20180301", Attack + " " + Protest, labels, new DateOnly(2018, 3, 1)),
        ]);

        ImmutableArray<LabelledExample> examples = Label(data);

        Assert.DoesNotContain(examples, e => e.Type == "ASSAULT");
        Assert.Contains(examples, e => e.Type == "PROTEST" && e.Label && e.Source == ExampleSource.NewsSentence);
    }

    [Fact]
    public void An_article_candidate_is_positive_when_it_overlaps_a_quote_of_a_required_gold_event()
    {
        string body = Attack + "\n" + Protest;
        var gold = new GoldArticle("a1", new DateOnly(2018, 3, 1), null, [
            new GoldEvent("E1", "ASSAULT", "occurred", true, null, null, null, null, [], ["انفجار عبوة ناسفة"]),
            new GoldEvent("E2", "PROTEST", "occurred", false, null, null, null, null, [], ["تظاهر مئات الطلاب"]),
        ]);
        var data = Data(articles: [new GoldCase(gold, new Article("a1", null, body, new DateOnly(2018, 3, 1)))]);

        ImmutableArray<LabelledExample> examples = Label(data);

        Assert.Contains(examples, e => e.Type == "ASSAULT" && e.Label && e.Source == ExampleSource.Article);
        Assert.DoesNotContain(examples, e => e.Type == "PROTEST"); // overlaps only a background event
    }
}
