using Mizan.Attribution;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Attribution;

/// <summary>Who says what, in sentences written for these tests.</summary>
public class AttributionRecognizerTests
{
    private static (Document Doc, List<SourceAttribution> Attributions) Read(string text)
    {
        Document doc = Engines.Process(text);
        return (doc, [.. doc.Attributions]);
    }

    private static string Source(Document doc, SourceAttribution a) => a.Source is null ? string.Empty : doc.Slice(a.Source.Span);

    private static string Scope(Document doc, SourceAttribution a) =>
        doc.Text[doc.Tokens[a.ScopeStart].Span.Start..doc.Tokens[a.ScopeEnd - 1].Span.End];

    [Fact]
    public void The_subject_after_a_speech_verb_is_the_source()
    {
        var (doc, list) = Read("وقالت وزارة الداخلية العراقية إن ثلاثة أشخاص قتلوا في الانفجار.");
        SourceAttribution a = Assert.Single(list);
        Assert.Equal(AttributionKind.Say, a.Kind);
        Assert.Equal("وزارة الداخلية العراقية", Source(doc, a));
        Assert.Contains("ثلاثة أشخاص قتلوا", Scope(doc, a), StringComparison.Ordinal);
    }

    [Fact]
    public void The_subject_before_a_speech_verb_is_the_source()
    {
        var (doc, list) = Read("لكن الجيش اليمني أفاد بأن الهجوم فشل.");
        Assert.Equal("الجيش اليمني", Source(doc, Assert.Single(list)));
    }

    [Fact]
    public void An_according_to_phrase_at_the_end_governs_what_comes_before()
    {
        var (doc, list) = Read("قتل خمسة مدنيين في قصف على البلدة، بحسب المرصد السوري لحقوق الإنسان.");
        SourceAttribution a = Assert.Single(list);
        Assert.Equal(AttributionKind.According, a.Kind);
        Assert.Equal("المرصد السوري لحقوق الإنسان", Source(doc, a));
        Assert.Contains("قتل خمسة مدنيين", Scope(doc, a), StringComparison.Ordinal);
    }

    [Fact]
    public void A_continuing_participle_keeps_the_last_source()
    {
        var (doc, list) = Read("قال المتحدث باسم الجيش الليبي إن القوات تقدمت، مضيفا أن المسلحين فروا.");
        Assert.Equal(2, list.Count);
        Assert.Equal(AttributionKind.Continue, list[1].Kind);
        Assert.Equal(Source(doc, list[0]), Source(doc, list[1]));
    }

    [Fact]
    public void A_denial_is_marked_and_the_spokesman_is_the_last_speaker()
    {
        var (doc, list) = Read("وقال قائد حركة الشباب إن عناصره تقدموا. ونفى المتحدث وقوع أي خسائر في صفوفهم.");
        SourceAttribution denial = list.Single(a => a.IsDenial);
        Assert.Equal(list[0].Source?.Participant.Id, denial.Source?.Participant.Id);
    }

    [Fact]
    public void A_statement_after_a_speech_verb_names_its_issuer()
    {
        var (doc, list) = Read("وأوضح بيان وزارة الدفاع السعودية أن الصاروخ اعترض.");
        SourceAttribution a = Assert.Single(list);
        Assert.Contains("وزارة الدفاع", Source(doc, a), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_that_refer_to_a_statement_do_not_quote_it()
    {
        var (_, list) = Read("وعلى عكس تصريحات الوزير فإن الوضع تدهور.");
        Assert.Empty(list);
    }
}
