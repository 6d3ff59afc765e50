using System.Collections.Concurrent;
using System.Collections.Immutable;
using Mizan.Evaluation;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Evaluation;

/// <summary>Cross-validation never scores an item with a model trained on it.</summary>
public sealed class CrossValidationTests
{
    private static EvaluationData Data()
    {
        var labels = ImmutableDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("ASSAULT", "yes")]);
        ImmutableArray<GoldCase> articles = [.. Enumerable.Range(0, 12).Select(i => new GoldCase(
            new GoldArticle($"a{i}", new DateOnly(2018, 3, 1), null, [new GoldEvent("E1", "ASSAULT", "occurred", true, null, null, null, null, [], ["قتل جنديان"])]),
            new Article($"a{i}", null, "قتل جنديان في هجوم على حاجز.", new DateOnly(2018, 3, 1))))];
        ImmutableArray<JudgedSentence> gsr = [.. Enumerable.Range(0, 15).Select(i => new JudgedSentence($"g{i}", "ASSAULT", i % 2 == 0 ? "yes" : "easy no", "قتل جندي في انفجار."))];
        ImmutableArray<NewsSentence> news = [.. Enumerable.Range(0, 17).Select(i => new NewsSentence($"n{i}", $"XX-{i}-20180301", "تظاهر العشرات أمام الوزارة.", labels, new DateOnly(2018, 3, 1)))];
        return new EvaluationData(articles, gsr, [], news);
    }

    [Fact]
    public void Each_item_is_scored_once_by_a_pipeline_trained_without_it()
    {
        var suite = new EvaluationSuite(Data());
        var scoredBy = new ConcurrentDictionary<string, int>();
        var trainedOn = new List<HashSet<string>>();

        EvaluationResult result = suite.CrossValidate(5, 11, part =>
        {
            int fold = trainedOn.Count;
            trainedOn.Add([.. part.Articles.Select(a => a.Gold.Doc), .. part.AssaultSentences.Select(s => s.Id), .. part.NewsSentences.Select(s => s.Id)]);
            return article =>
            {
                Assert.True(scoredBy.TryAdd(article.Id, fold), $"{article.Id} was scored twice");
                return Engines.RulesOnly.Process(article);
            };
        });

        Assert.Equal(5, result.Folds);
        Assert.Equal(12 + 15 + 17, scoredBy.Count);
        Assert.All(scoredBy, kv => Assert.DoesNotContain(kv.Key, trainedOn[kv.Value]));
        Assert.All(trainedOn, ids => Assert.InRange(ids.Count, 34, 37));
        Assert.Equal(12, result.Articles.Articles.Length);
        Assert.Equal(15 / 2 + 1, result.Sentences[0].Score.TruePositives + result.Sentences[0].Score.FalseNegatives);
    }
}
