using Mizan.Events;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Events;

public class ExplainTests
{
    [Fact]
    public void Every_event_has_a_trigger_that_starts_it()
    {
        Document document = Engines.Process("قتل خمسة مدنيين في قصف مدفعي على بلدة في ريف إدلب، وتظاهر المئات في المدينة احتجاجا على القصف.", new DateOnly(2018, 7, 10));
        var decisions = Engines.Default.Explain(document);
        foreach (Event e in document.Events)
        {
            Assert.Contains(decisions, d => d.Type == e.Type && d.Verdict == TriggerVerdict.Starts);
        }

        Assert.All(decisions.Where(d => d.Verdict != TriggerVerdict.Rejected), d => Assert.NotNull(d.Probability));
        Assert.All(decisions, d => Assert.Equal(d.Trigger.Text, document.Text[d.Trigger.Start..d.Trigger.End]));
    }

    [Fact]
    public void A_word_set_aside_names_its_cue()
    {
        Document document = Engines.Process("وقال الوزير إنه يمكن أن تشن القوات هجوما على المدينة.", new DateOnly(2018, 7, 10));
        TriggerDecision d = Assert.Single(Engines.Default.Explain(document), d => d.Trigger.Text == "هجوما");
        Assert.Equal(TriggerVerdict.Rejected, d.Verdict);
        Assert.NotNull(d.Rejection);
        Assert.NotNull(d.Cue);
        Assert.False(d.RulesStart);
    }

    [Fact]
    public void The_rules_alone_decide_without_probabilities()
    {
        Document document = Engines.ProcessWithRules("قتل خمسة مدنيين في قصف مدفعي على بلدة في ريف إدلب.", new DateOnly(2018, 7, 10));
        TriggerDecision d = Assert.Single(Engines.RulesOnly.Explain(document), d => d.Verdict == TriggerVerdict.Starts);
        Assert.True(d.RulesStart);
        Assert.Null(d.Probability);
        Assert.Null(d.Threshold);
    }

    [Fact]
    public void An_article_with_no_trigger_has_no_decision() =>
        Assert.Empty(Engines.Default.Explain(Engines.Process("وافتتح الوزير معرضا للكتاب في العاصمة.")));
}
