using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Learning;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Learning;

/// <summary>The learned scorer decides which candidates start events; the rules still read them.</summary>
public sealed class EventScorerTests
{
    private const string Attack = "قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دوريتهم جنوب كركوك أمس.";

    /// <summary>A model that only has a bias: every candidate of its types gets the same probability.</summary>
    private static MizanEngine EngineWithBias(float bias, ExtractionOptions? options = null)
    {
        var thresholds = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[] { "ASSAULT", "PROTEST", "DISPLACE" }.Select(t => new KeyValuePair<string, double>(t, 0.5)));
        var model = new LinearModel("event-scorer", 8, new float[1 << 8], bias, thresholds, ["source: test", "licence: MIT"], ["rules", "words"]);
        return MizanEngine.Create(Engines.Default.Resources.WithModels(new LearnedModels(model)), options: options);
    }

    private static Document Run(MizanEngine engine, string text) => engine.Process(new Article("t", null, text, new DateOnly(2018, 3, 2)));

    [Fact]
    public void A_model_that_says_no_keeps_even_a_plain_report_out()
    {
        Assert.NotEmpty(Run(Engines.RulesOnly, Attack).Events);

        Assert.Empty(Run(EngineWithBias(-10), Attack).Events.Where(e => e.Type == "ASSAULT"));
    }

    [Fact]
    public void A_model_that_says_yes_lets_a_reference_the_rules_hold_back_start_an_event()
    {
        // A definite noun after a preposition: the rules read it as a reference, not a report.
        const string reference = "وتحدث الوزير عن الهجوم على الحاجز.";
        Assert.DoesNotContain(Run(Engines.RulesOnly, reference).Events, e => e.Type == "ASSAULT");

        Assert.Contains(Run(EngineWithBias(10), reference).Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_reference_with_nothing_of_its_own_joins_the_incident_told_before_even_when_the_scorer_lets_it_start()
    {
        const string text = "قتل ثلاثة جنود في هجوم على حاجز في الرمادي أمس. وأعلنت الحكومة الحداد ثلاثة أيام. وأغلقت المدارس أبوابها في المدينة. وقال شهود إن الاشتباكات استمرت ساعتين.";

        var assaults = Run(EngineWithBias(10), text).Events.Where(e => e.Type == "ASSAULT").ToList();

        Event e = Assert.Single(assaults);
        Assert.Contains(e.Evidence, x => x.Text.Contains("قتل", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_incident_in_another_town_stays_apart()
    {
        const string text = "قتل ثلاثة جنود في هجوم على حاجز في الرمادي أمس. وفي الموصل قتل شرطيان في انفجار عبوة ناسفة.";

        Assert.Equal(2, Run(EngineWithBias(10), text).Events.Count(e => e.Type == "ASSAULT"));
    }

    [Fact]
    public void The_rules_alone_decide_when_asked()
    {
        Assert.NotEmpty(Run(EngineWithBias(-10, new ExtractionOptions { RulesOnly = true }), Attack).Events);
    }

    [Fact]
    public void Candidates_are_listed_with_their_features_for_training()
    {
        MizanEngine engine = Engines.RulesOnly;
        Document document = Run(engine, Attack);

        ImmutableArray<CandidateExample> examples = engine.CandidateExamples(document, new FeatureSpace(16, FeatureFamilies.Rules | FeatureFamilies.Words));

        CandidateExample e = Assert.Single(examples, x => x.Type == "ASSAULT");
        Assert.True(e.RuleStarts);
        Assert.Equal(EventStatus.Occurred, e.Status);
        Assert.InRange(e.Features.Count, 10, 200);
        Assert.True(e.Features.Indices.SequenceEqual(e.Features.Indices.Order().Distinct()));
        Assert.Contains("قتل", document.Text[e.Span.Start..e.Span.End], StringComparison.Ordinal);
    }

    [Fact]
    public void The_families_of_features_decide_what_is_described()
    {
        Document document = Run(Engines.RulesOnly, Attack);
        int Count(FeatureFamilies families) => Engines.RulesOnly.CandidateExamples(document, new FeatureSpace(18, families)).First().Features.Count;

        Assert.True(Count(FeatureFamilies.Rules | FeatureFamilies.Words) > Count(FeatureFamilies.Rules));
        Assert.True(Count(FeatureFamilies.Rules | FeatureFamilies.Words | FeatureFamilies.Letters) > Count(FeatureFamilies.Rules | FeatureFamilies.Words));
    }
}
