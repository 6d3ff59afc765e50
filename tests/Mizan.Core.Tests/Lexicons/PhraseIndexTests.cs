using Mizan.Languages.Arabic;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Tokenization;

namespace Mizan.Tests.Lexicons;

public class PhraseIndexTests
{
    private static readonly PhraseIndex<string> Index = PhraseIndex<string>.Build(new Dictionary<string, string>
    {
        ["الجيش المالي"] = "MLI-army",
        ["الجيش"] = "army",
        ["وزارة الدفاع"] = "MoD",
        ["وزارة الدفاع لدى حكومة باماكو"] = "MLI-MoD",
        ["الجزائر"] = "Algeria",
        ["القوات"] = "forces",
        ["قوات"] = "forces",
        ["المليشيات"] = "militias",
        ["وزير الدفاع"] = "defence minister",
        ["وزير دفاع"] = "defence minister",
        ["دفاع"] = "defence",
        ["أدا"] = "Ada",
    }, ArabicLanguagePack.Instance);

    private static List<(string Text, string Value)> Find(string text)
    {
        Document doc = new SegmentationStage().Run(Document.Create(new Article("t", null, text), ArabicLanguagePack.Instance), CancellationToken.None);
        return Index.FindAll(doc.Normalized, doc.Tokens, 0, doc.Tokens.Length)
            .Select(m => (doc.Slice(m.Span), m.Values[0]))
            .ToList();
    }

    [Fact]
    public void Longest_phrase_wins()
    {
        Assert.Equal([("الجيش المالي", "MLI-army")], Find("هاجم الجيش المالي"));
        Assert.Equal([("وزارة الدفاع لدى حكومة باماكو", "MLI-MoD")], Find("أفادت وزارة الدفاع لدى حكومة باماكو"));
    }

    [Fact]
    public void Proclitics_of_the_first_word_are_peeled_and_left_out_of_the_span()
    {
        Assert.Equal([("الجيش المالي", "MLI-army")], Find("ألحقت خسائر بالجيش المالي"));
        Assert.Equal([("الجزائر", "Algeria")], Find("حل بالجزائر"));
        Assert.Equal([("لقوات", "forces")], Find("للقوات"));
    }

    [Fact]
    public void An_enclitic_is_peeled_from_a_single_word()
    {
        Assert.Equal([("قوات", "forces")], Find("أن قواته قد ألحقت"));
    }

    [Fact]
    public void An_enclitic_on_the_last_word_of_a_phrase_is_peeled()
    {
        Assert.Equal([("وزير دفاع", "defence minister")], Find("قال وزير دفاعها"));
    }

    [Fact]
    public void A_noun_with_the_article_takes_no_pronoun_suffix()
    {
        // الدفاعه would be "the-his defence": not a reading of any word.
        Assert.Empty(Find("قال الدفاعه"));
    }

    [Fact]
    public void A_final_ta_marbuta_is_never_the_pronoun_ha()
    {
        // The key folds ة to ه, but أداة (a tool) is not أدا + "his", nor دفاعة دفاع + "his".
        Assert.Empty(Find("طعنه بأداة حادة"));
        Assert.Empty(Find("قال وزير دفاعة"));
        Assert.Equal([("أدا", "Ada")], Find("زار أداه"));
    }

    [Fact]
    public void Quotes_inside_a_phrase_do_not_break_it()
    {
        Assert.Equal([("القوات", "forces"), ("المليشيات", "militias")], Find("دحروا القوات و\"المليشيات\" التابعة"));
    }

    [Fact]
    public void Diacritics_and_hamza_forms_do_not_prevent_a_match()
    {
        Assert.Equal([("الجَزائِر", "Algeria")], Find("في الجَزائِر"));
        Assert.Single(Index.Lookup("الجزائر"));
        Assert.Empty(Index.Lookup("تونس"));
    }
}
