using Mizan.Languages.Arabic;
using Mizan.Pipeline;
using Mizan.Storage.Search;
using Mizan.Tokenization;

namespace Mizan.Storage.Tests.Search;

/// <summary>
/// The terms both backends index and look up (<see cref="SearchTerms"/>): runs of letters and digits
/// only, so that the full-text index's tokenizer never splits a term again.
/// </summary>
public sealed class SearchTermsTests
{
    [Fact]
    public void An_Arabic_word_is_indexed_with_the_stems_left_by_its_proclitics()
    {
        Assert.Equal(["قتل", "بالجزائر", "الجزائر", "جزائر"], Of("قتل بالجزائر"));
    }

    [Fact]
    public void A_Latin_word_glued_to_an_emoji_is_indexed_as_the_word_alone()
    {
        Assert.Equal(["israel"], Of("Israel👍🏼"));
        Assert.Equal(["israel"], Query("Israel👍🏼"));
    }

    [Fact]
    public void A_query_word_is_looked_up_without_its_article_and_once()
    {
        Assert.Equal(["جزائر", "عاصمه"], Query("الجزائر العاصمة الجزائر"));
    }

    [Fact]
    public void Every_term_is_a_run_of_letters_marks_and_digits()
    {
        string[] texts = ["قتل 12 شخصا في غاو؟!", "Israel👍🏼 و🇮🇶🦅 #غزة", "al-Qaeda's 3rd, حلب/إدلب"];
        foreach (string text in texts)
        {
            foreach (string term in Of(text).Concat(SearchTerms.OfQuery(text)))
            {
                Assert.NotEmpty(term);
                Assert.All(term, c => Assert.True(char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark, $"'{c}' in '{term}'"));
            }
        }
    }

    private static string[] Query(string text) => [.. SearchTerms.OfQuery(text)];

    private static string[] Of(string text)
    {
        var article = new Article("search-terms", null, text, new DateOnly(2018, 6, 3), null, null);
        Document document = Document.Create(article, ArabicLanguagePack.Instance) with { Tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(text)) };
        return [.. SearchTerms.Of(document)];
    }
}
