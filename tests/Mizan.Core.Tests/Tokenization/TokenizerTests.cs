using Mizan.Events;
using Mizan.Languages.Arabic;
using Mizan.Pipeline;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Tests.Tokenization;

public class TokenizerTests
{
    private static Document Segment(string text) =>
        new SegmentationStage().Run(Document.Create(new Article("t", null, text), ArabicLanguagePack.Instance), CancellationToken.None);

    private static string[] Tokens(string text)
    {
        Document doc = Segment(text);
        return [.. doc.Tokens.Select(t => doc.Slice(t.Span))];
    }

    [Fact]
    public void Numbers_with_separators_are_one_token()
    {
        Assert.Equal(["قتل", "1,000", "شخص"], Tokens("قتل 1,000 شخص"));
        Assert.Equal(["3.5", "مليون"], Tokens("3.5 مليون"));
        Assert.Equal(["١٬٠٠٠", "نازح"], Tokens("١٬٠٠٠ نازح"));
    }

    [Fact]
    public void The_words_of_a_hashtag_are_words()
    {
        Assert.Equal(["قصف", "مطار", "الحديدة"], Tokens("قصف #مطار_الحديدة"));
        Assert.Equal(["الولايات", "المتحدة", "و", "_"], Tokens("#الولايات_المتحدة و _"));
        Assert.Equal(["a", "_", "b"], Tokens("a_b")); // only between Arabic letters
        Assert.Equal(["#", "a", "#", "5"], Tokens("#a #5")); // only before an Arabic letter
    }

    [Fact]
    public void A_hashtag_names_its_place()
    {
        Event e = Assert.Single(Mizan.Tests.Support.Engines.ProcessWithRules("قتل ثلاثة مدنيين في قصف على #خان_يونس جنوبي قطاع غزة، الجمعة.", new DateOnly(2018, 5, 4)).Events);
        Assert.Equal("PSE", e.Location?.Country);
        Assert.Equal("خان_يونس", e.Location?.Mention.Text);
    }

    [Fact]
    public void A_phrase_reads_across_the_mark_of_a_hashtag()
    {
        // The cause of the deaths is a flood, told with a hashtag: no attack.
        Assert.Empty(Mizan.Tests.Support.Engines.ProcessWithRules("قتل 40 شخصا على الأقل جراء #الفيضانات التي ضربت جنوب #الهند.", new DateOnly(2018, 7, 4)).Events);

        // A governorate named by its cue word and a hashtag is the governorate.
        Event e = Assert.Single(Mizan.Tests.Support.Engines.ProcessWithRules("قتل خمسة من المسلحين في غارة جوية استهدفت موقعا في محافظة #صعدة، الأحد.", new DateOnly(2018, 7, 2)).Events);
        Assert.Equal("YEM", e.Location?.Country);
        Assert.Equal("صعدة", e.Location?.Mention.Text);
        Assert.Equal(LocationPrecision.Region, e.Location?.Precision);
    }

    [Fact]
    public void A_trailing_comma_or_full_stop_is_punctuation_not_part_of_the_number()
    {
        Assert.Equal(["قتل", "20", ",", "وجرح", "5", "."], Tokens("قتل 20, وجرح 5."));
    }

    [Fact]
    public void Guillemets_quotes_and_parentheses_are_separate_tokens()
    {
        Document doc = Segment("تنظيم «داعش» (الدولة الإسلامية) و\"المليشيات\"");
        Assert.Equal(
            ["تنظيم", "«", "داعش", "»", "(", "الدولة", "الإسلامية", ")", "و", "\"", "المليشيات", "\""],
            doc.Tokens.Select(t => doc.Slice(t.Span)));
        Assert.Equal(TokenKind.Quote, doc.Tokens[1].Kind);
        Assert.Equal(TokenKind.Bracket, doc.Tokens[4].Kind);
    }

    [Fact]
    public void Latin_words_inside_Arabic_text_are_their_own_tokens()
    {
        Document doc = Segment("نقلت وكالة AFP عن مصدرBBC");
        Assert.Equal(["نقلت", "وكالة", "AFP", "عن", "مصدر", "BBC"], doc.Tokens.Select(t => doc.Slice(t.Span)));
        Assert.Equal(TokenKind.Latin, doc.Tokens[2].Kind);
        Assert.Equal("afp", doc.KeyOf(doc.Tokens[2]).ToString());
    }

    [Fact]
    public void Tokens_keep_their_diacritics_in_the_original_span()
    {
        Document doc = Segment("وأكد غريّب");
        Assert.Equal("غريّب", doc.Slice(doc.Tokens[1].Span));
        Assert.Equal("غريب", doc.KeyOf(doc.Tokens[1]).ToString());
    }

    [Fact]
    public void Sentences_end_at_terminal_marks_and_line_breaks()
    {
        Document doc = Segment("قتل جندي. وأصيب آخرون؟ نعم\nسطر جديد");
        Assert.Equal(["قتل جندي.", "وأصيب آخرون؟", "نعم", "سطر جديد"], doc.Sentences.Select(s => doc.Slice(s.Span)));
    }

    [Fact]
    public void A_closing_quote_after_the_full_stop_stays_in_the_sentence()
    {
        Document doc = Segment("قال: «انتهت المعركة.» ثم غادر.");
        Assert.Equal(["قال: «انتهت المعركة.»", "ثم غادر."], doc.Sentences.Select(s => doc.Slice(s.Span)));
    }

    [Fact]
    public void A_one_letter_initial_does_not_end_a_sentence()
    {
        Document doc = Segment("قال د. محمد إن الوضع خطير.");
        Assert.Single(doc.Sentences);
    }

    [Fact]
    public void Title_and_body_are_separate_sentences()
    {
        Document doc = Document.Create(new Article("t", "مقتل جنديين", "قتل جنديان أمس"), ArabicLanguagePack.Instance);
        doc = new SegmentationStage().Run(doc, CancellationToken.None);
        Assert.Equal(["مقتل جنديين", "قتل جنديان أمس"], doc.Sentences.Select(s => doc.Slice(s.Span)));
    }

    [Fact]
    public void Sentence_token_ranges_cover_all_tokens_in_order()
    {
        Document doc = Segment("أ. ب. ج! د؟ هـ\n\nو");
        int next = 0;
        foreach (Sentence s in doc.Sentences)
        {
            Assert.Equal(next, s.FirstToken);
            next = s.EndToken;
        }

        Assert.Equal(doc.Tokens.Length, next);
    }

    [Fact]
    public void Empty_and_blank_texts_have_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(ArabicNormalizer.Normalize(string.Empty)));
        Assert.Empty(Tokenizer.Tokenize(ArabicNormalizer.Normalize(" \n\t ")));
    }
}
