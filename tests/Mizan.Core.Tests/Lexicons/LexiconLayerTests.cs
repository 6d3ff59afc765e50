using System.Collections.Immutable;
using FsCheck.Xunit;
using Mizan.Languages.Arabic;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Tests.Languages.Arabic;
using Mizan.Tests.Support;
using Mizan.Tokenization;

namespace Mizan.Tests.Lexicons;

/// <summary>
/// The first words of several lexicons looked up once per word (the lexicon layer) give every
/// lexicon the matches it finds when it checks its own first words.
/// </summary>
public class LexiconLayerTests
{
    private static readonly PhraseIndex<string> Places = SampleLexicons.Places;

    private static readonly PhraseIndex<string> Speech = SampleLexicons.Speech;

    // A first word of Places too: the layer gives it both bits.
    private static readonly PhraseIndex<string> Sources = PhraseIndex<string>.Build(new Dictionary<string, string>
    {
        ["الموصل"] = "the city as a source",
    }, ArabicLanguagePack.Instance);

    // Not in the layer: it checks its own first words.
    private static readonly PhraseIndex<string> Outside = PhraseIndex<string>.Build(new Dictionary<string, string>
    {
        ["الاشتباكات"] = "clashes",
        ["قتلوا"] = "killed",
    }, ArabicLanguagePack.Instance);

    private static readonly LexiconLayer Layer = LexiconLayer.Of([Places.Trie, Speech.Trie, Sources.Trie]);

    public static TheoryData<string> Texts() => [.. SampleLexicons.Sentences];

    private static Document Segmented(string text, LexiconLayer? layer) =>
        (layer is null ? new SegmentationStage() : new SegmentationStage(layer))
            .Run(Document.Create(new Article("t", null, text), ArabicLanguagePack.Instance), CancellationToken.None);

    [Fact]
    public void A_first_word_names_every_lexicon_that_has_it_and_no_other()
    {
        Assert.Equal(3, Layer.Count);
        Assert.Equal(0, Layer.BitOf(Places.Trie));
        Assert.Equal(1, Layer.BitOf(Speech.Trie));
        Assert.Equal(-1, Layer.BitOf(Outside.Trie));
        Assert.Equal(1u, Layer.StartsWith(KeyHash.Of("دير")));
        Assert.Equal(2u, Layer.StartsWith(KeyHash.Of("قال")));
        Assert.Equal(5u, Layer.StartsWith(KeyHash.Of("الموصل")));
        Assert.Equal(0u, Layer.StartsWith(KeyHash.Of("الزور")));
        Assert.Equal(0u, Layer.StartsWith(KeyHash.Of("الاشتباكات")));
    }

    [Fact]
    public void The_readings_of_a_word_carry_the_lexicons_its_readings_start()
    {
        Document doc = Segmented("وللموصل قال", Layer);
        TokenReadings shared = TokenReadings.Of(doc.Normalized, doc.Tokens, ArabicLanguagePack.Instance.Morphology)!;
        Assert.Same(Layer, shared.Layer);
        Assert.Equal(5u, shared.TokenStarts(0));
        Assert.Equal(2u, shared.TokenStarts(1));
        Assert.Equal(shared.Readings(0).Length, shared.ReadingStarts(0).Length);
        Assert.Equal(0u, shared.ReadingStarts(0)[0]); // وللموصل as written is no first word
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Lookups_find_the_same_phrases_with_the_layer_and_without(string text)
    {
        Document with = Segmented(text, Layer);
        Document without = Segmented(text, null);
        foreach (PhraseIndex<string> index in new[] { Places, Speech, Sources, Outside })
        {
            Assert.Equal(Describe(without, index.FindAll(without.Normalized, without.Tokens, 0, without.Tokens.Length)), Describe(with, index.FindAll(with.Normalized, with.Tokens, 0, with.Tokens.Length)));
            for (int t = 0; t < with.Tokens.Length; t++)
            {
                bool found = index.TryMatchAt(with.Normalized, with.Tokens, t, with.Tokens.Length, out PhraseMatch<string> a);
                Assert.Equal(index.TryMatchAt(without.Normalized, without.Tokens, t, without.Tokens.Length, out PhraseMatch<string> b), found);
                Assert.Equal(b, a);
            }
        }

        Assert.NotEmpty(Places.FindAll(with.Normalized, with.Tokens, 0, with.Tokens.Length));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_gate_over_tries_of_the_layer_opens_where_a_gate_over_their_words_may(string text)
    {
        var overTries = new PhraseStartGate(Places.Trie, Speech.Trie);
        var overWords = new PhraseStartGate(Places.FirstWords, Speech.FirstWords);
        var withOutsider = new PhraseStartGate(Places.Trie, Outside.Trie); // not all in the layer: its own filter
        Document with = Segmented(text, Layer);
        for (int t = 0; t < with.Tokens.Length; t++)
        {
            bool matches = Places.TryMatchAt(with.Normalized, with.Tokens, t, with.Tokens.Length, out _)
                || Speech.TryMatchAt(with.Normalized, with.Tokens, t, with.Tokens.Length, out _);
            bool may = overTries.MayStartAt(with.Normalized, with.Tokens, t);
            Assert.True(may || !matches, $"token {t} matches but the gate said no");
            Assert.True(!may || overWords.MayStartAt(with.Normalized, with.Tokens, t), $"token {t}: the layer opens where the filter is shut");
            Assert.True(withOutsider.MayStartAt(with.Normalized, with.Tokens, t) || !Places.TryMatchAt(with.Normalized, with.Tokens, t, with.Tokens.Length, out _));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_gate_over_words_the_layer_holds_opens_where_a_reading_is_one_of_its_words(string text)
    {
        var held = new PhraseStartGate(["الموصل", "قال", "يوم"]);
        var own = new PhraseStartGate(["الموصل", "قال", "يوم"]);
        LexiconLayer layer = LexiconLayer.Of([Places.Trie, Speech.Trie], [held]);
        Assert.Equal(3, layer.Count);
        Assert.Equal(2, layer.BitOf(held.WordLexicons[0]));
        Assert.Equal(-1, layer.BitOf(own.WordLexicons[0]));
        Document with = Segmented(text, layer);
        TokenReadings shared = TokenReadings.Of(with.Normalized, with.Tokens, ArabicLanguagePack.Instance.Morphology)!;
        for (int t = 0; t < with.Tokens.Length; t++)
        {
            bool isWord = with.Tokens[t].Kind is not (TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket)
                && shared.Hashes(t).ToArray().Any(h => held.WordLexicons[0].Any(w => KeyHash.Of(w) == h));
            Assert.Equal(isWord, held.MayStartAt(with.Normalized, with.Tokens, t));
            Assert.True(!isWord || own.MayStartAt(with.Normalized, with.Tokens, t), $"token {t}: its own filter is shut where the layer opens");
        }
    }

    [Fact]
    public void The_engine_reads_the_dates_first_words_in_the_layer()
    {
        Document doc = Engines.Default.Process(new Article("t", null, "قتل ثلاثة أمس في الموصل."));
        TokenReadings shared = TokenReadings.Of(doc.Normalized, doc.Tokens, ArabicLanguagePack.Instance.Morphology)!;
        Assert.NotNull(shared.Layer);
        Assert.True(shared.Layer!.BitOf(Engines.Default.Resources.Dates.FirstWords.WordLexicons[0]) >= 0);
        Assert.NotEmpty(doc.Dates);
    }

    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 300)]
    public bool Lookups_in_any_text_agree_with_the_layer_and_without(string text)
    {
        Document with = Segmented(text, Layer);
        Document without = Segmented(text, null);
        return new[] { Places, Speech, Sources, Outside }.All(index =>
            Describe(with, index.FindAll(with.Normalized, with.Tokens, 0, with.Tokens.Length))
                .SequenceEqual(Describe(without, index.FindAll(without.Normalized, without.Tokens, 0, without.Tokens.Length))));
    }

    private static List<string> Describe(Document doc, ImmutableArray<PhraseMatch<string>> matches) =>
        [.. matches.Select(m => $"{m.FirstToken}-{m.EndToken} {m.Span} {string.Join('|', m.Values)} {m.Reading} {m.SuffixLength}")];
}
