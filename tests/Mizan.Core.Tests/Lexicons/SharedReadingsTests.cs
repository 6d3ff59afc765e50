using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mizan.Languages.Arabic;
using Mizan.Lexicons;
using Mizan.Morphology;
using Mizan.Pipeline;
using Mizan.Tests.Languages.Arabic;
using Mizan.Tests.Support;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Tests.Lexicons;

/// <summary>
/// The clitic readings computed once per document, the filters built over them and the
/// phrase lookups that use them give the answers that reading every word afresh gives.
/// </summary>
public class SharedReadingsTests
{
    private static readonly PhraseIndex<string> Places = SampleLexicons.Places;

    private static readonly PhraseIndex<string> Speech = SampleLexicons.Speech;

    private static Document Segmented(string text) =>
        new SegmentationStage().Run(Document.Create(new Article("t", null, text), ArabicLanguagePack.Instance), CancellationToken.None);

    public static TheoryData<string> Texts() => [.. SampleLexicons.Sentences];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Token_readings_are_the_clitic_readings_of_each_word_with_their_stem_hashes(string text)
    {
        Document doc = Segmented(text);
        TokenReadings shared = TokenReadings.Of(doc.Normalized, doc.Tokens, ArabicLanguagePack.Instance.Morphology)!;
        Assert.NotNull(shared);
        Span<CliticReading> expected = stackalloc CliticReading[CliticPeeler.MaxReadings];
        Span<char> buffer = stackalloc char[64];
        for (int t = 0; t < doc.Tokens.Length; t++)
        {
            ReadOnlySpan<char> word = doc.KeyOf(doc.Tokens[t]);
            int n = doc.Tokens[t].Kind == TokenKind.Arabic ? CliticPeeler.Readings(word, expected) : 0;
            if (TokenReadings.TakesNoOneLetterEnclitic(doc.Normalized, doc.Tokens[t], ArabicLanguagePack.Instance.Morphology))
            {
                // مكانة، خاصة: a written ة is never the pronoun ه.
                Assert.All(shared.Readings(t).ToArray(), r => Assert.NotEqual(1, r.SuffixLength));
                n = TokenReadings.DropPronounHa(expected, n);
            }

            if (n == 0)
            {
                expected[0] = CliticReading.Whole;
                n = 1;
            }

            Assert.Equal(expected[..n].ToArray(), shared.Readings(t).ToArray());
            for (int r = 0; r < n; r++)
            {
                Assert.Equal(KeyHash.Of(expected[r].Stem(word, buffer)), shared.Hashes(t)[r]);
            }

            Assert.Equal(KeyHash.Of(word), shared.WordHash(t));
        }
    }

    [Fact]
    public void Token_readings_are_kept_with_the_text_and_refused_for_another_tokenisation()
    {
        Document doc = Segmented(SampleLexicons.Sentences[0]);
        TokenReadings? first = TokenReadings.Of(doc.Normalized, doc.Tokens, ArabicLanguagePack.Instance.Morphology);
        Assert.Same(first, TokenReadings.Of(doc.Normalized, doc.Tokens, ArabicLanguagePack.Instance.Morphology));

        ImmutableArray<Token> other = [.. doc.Tokens];
        Assert.Null(TokenReadings.Of(doc.Normalized, other, ArabicLanguagePack.Instance.Morphology));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Lookups_find_the_same_phrases_with_shared_readings_and_without(string text)
    {
        Document doc = Segmented(text);
        ImmutableArray<Token> copy = [.. doc.Tokens]; // another array: the text's readings do not apply to it
        Assert.Equal(Describe(doc, Places.FindAll(doc.Normalized, doc.Tokens, 0, doc.Tokens.Length)), Describe(doc, Places.FindAll(doc.Normalized, copy, 0, copy.Length)));
        Assert.Equal(Describe(doc, Speech.FindAll(doc.Normalized, doc.Tokens, 0, doc.Tokens.Length)), Describe(doc, Speech.FindAll(doc.Normalized, copy, 0, copy.Length)));
        Assert.NotEmpty(Places.FindAll(doc.Normalized, doc.Tokens, 0, doc.Tokens.Length));
    }

    [Fact]
    public void A_lookup_over_the_whole_text_is_made_once_per_document_and_lexicon()
    {
        Document doc = Segmented(SampleLexicons.Sentences[1]);
        ImmutableArray<PhraseMatch<string>> first = Places.FindAll(doc.Normalized, doc.Tokens, 0, doc.Tokens.Length);
        Assert.True(first == Places.FindAll(doc.Normalized, doc.Tokens, 0, doc.Tokens.Length), "the same matches are handed out again");
        Assert.False(first == Speech.FindAll(doc.Normalized, doc.Tokens, 0, doc.Tokens.Length), "each lexicon has its own");
        ImmutableArray<PhraseMatch<string>> part = Places.FindAll(doc.Normalized, doc.Tokens, 0, doc.Tokens.Length - 1);
        Assert.False(first == part, "a part of the text is looked up afresh");
        Assert.Equal(Describe(doc, first), Describe(doc, part));
    }

    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 300)]
    public bool Lookups_in_any_text_agree_with_and_without_shared_readings(string text)
    {
        Document doc = Segmented(text);
        ImmutableArray<Token> copy = [.. doc.Tokens];
        return Describe(doc, Places.FindAll(doc.Normalized, doc.Tokens, 0, doc.Tokens.Length))
            .SequenceEqual(Describe(doc, Places.FindAll(doc.Normalized, copy, 0, copy.Length)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_gate_says_no_only_where_none_of_its_lexicons_can_start_a_phrase(string text)
    {
        var gate = new PhraseStartGate(Places.FirstWords, Speech.FirstWords);
        Document doc = Segmented(text);
        int open = 0;
        for (int t = 0; t < doc.Tokens.Length; t++)
        {
            bool matches = Places.TryMatchAt(doc.Normalized, doc.Tokens, t, doc.Tokens.Length, out _)
                || Speech.TryMatchAt(doc.Normalized, doc.Tokens, t, doc.Tokens.Length, out _);
            bool may = gate.MayStartAt(doc.Normalized, doc.Tokens, t);
            Assert.True(may || !matches, $"token {t} '{doc.Slice(doc.Tokens[t].Span)}' matches but the gate said no");
            open += may ? 1 : 0;
        }

        Assert.True(open < doc.Tokens.Length, "the gate rules some words out");
    }

    [Fact]
    public void A_gate_over_the_date_vocabulary_admits_the_peeled_forms_of_its_words()
    {
        Document doc = Segmented("وقع الهجوم بالأمس وللعام الثاني، وفي الأسبوع الماضي أيضا");
        var gate = new PhraseStartGate(["امس", "عام", "اسبوع"]);
        string[] admitted = [.. Enumerable.Range(0, doc.Tokens.Length)
            .Where(t => gate.MayStartAt(doc.Normalized, doc.Tokens, t))
            .Select(t => doc.Slice(doc.Tokens[t].Span))];
        Assert.Contains("بالأمس", admitted);
        Assert.Contains("وللعام", admitted);
        Assert.Contains("الأسبوع", admitted);
        Assert.DoesNotContain("الهجوم", admitted);
    }

    [Property(MaxTest = 200)]
    public bool A_hash_filter_never_forgets_a_hash_it_was_given(int[] hashes)
    {
        var filter = new HashFilter(hashes);
        return hashes.All(filter.MayContain) && (hashes.Length == 0 || filter.MayContainAny(hashes));
    }

    [Property(MaxTest = 200)]
    public bool A_key_hashed_in_two_parts_hashes_as_the_whole(char first, string rest)
    {
        rest ??= string.Empty;
        return KeyHash.Of(first, rest) == KeyHash.Of(first + rest);
    }

    private static List<string> Describe(Document doc, ImmutableArray<PhraseMatch<string>> matches) =>
        [.. matches.Select(m => $"{m.FirstToken}-{m.EndToken} {m.Span} {string.Join('|', m.Values)} {m.Reading} {m.SuffixLength}")];
}
