using System.Buffers;
using System.Collections.Immutable;
using Mizan.Languages;
using Mizan.Morphology;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Lexicons;

/// <summary>A phrase found in a text: its tokens, its original span and the entries it names.</summary>
/// <typeparam name="T">Type of the lexicon entries.</typeparam>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="EndToken">Index after the last token.</param>
/// <param name="Span">Original span of the phrase without the peeled clitics.</param>
/// <param name="Values">The entries filed under this phrase.</param>
/// <param name="Reading">How the first token was read (peeled proclitics, enclitic).</param>
/// <param name="SuffixLength">Characters of enclitic peeled from the last token.</param>
public readonly record struct PhraseMatch<T>(
    int FirstToken,
    int EndToken,
    TextSpan Span,
    ImmutableArray<T> Values,
    CliticReading Reading,
    int SuffixLength)
{
    public int TokenCount => EndToken - FirstToken;
}

/// <summary>
/// A multi-word lexicon over normalised keys: a token trie with longest-match lookup,
/// reading the first word with its proclitics peeled (بالجيش المالي → الجيش المالي) and
/// the last with its enclitic peeled (قواته → قوات). Immutable and thread-safe.
/// Lookups allocate nothing.
/// </summary>
/// <typeparam name="T">Type of the lexicon entries.</typeparam>
public sealed class PhraseIndex<T>
{
    private readonly PhraseTrie _trie;

    // The entries of each phrase, by the terminal slot of its last node in the trie.
    private readonly ImmutableArray<T>[] _values;

    // The morphology that reads the first and last words; none for the empty index, which matches nothing.
    private readonly IMorphology? _morphology;

    private PhraseIndex(PhraseTrie trie, ImmutableArray<T>[] values, int count, int maxTokens, ILanguagePack? language)
    {
        _trie = trie;
        _values = values;
        Count = count;
        MaxTokens = maxTokens;
        Language = language;
        _morphology = language?.Morphology;
    }

    /// <summary>The language whose keys and clitics the index reads; null for <see cref="Empty"/>.</summary>
    public ILanguagePack? Language { get; }

    /// <summary>Number of distinct phrases.</summary>
    public int Count { get; }

    /// <summary>Tokens in the longest phrase.</summary>
    public int MaxTokens { get; }

    /// <summary>An empty index.</summary>
    public static PhraseIndex<T> Empty { get; } = Freeze(new BuilderNode(), 0, 0, null);

    /// <summary>
    /// Builds an index. Phrases are written as in text; they are normalised and tokenised
    /// like documents by <paramref name="language"/>. Several entries may share a phrase.
    /// </summary>
    public static PhraseIndex<T> Build(IEnumerable<KeyValuePair<string, T>> phrases, ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(language);
        var root = new BuilderNode();
        int count = 0;
        int maxTokens = 0;
        foreach (var (phrase, value) in phrases)
        {
            NormalizedText normalized = language.Normalize(phrase);
            ImmutableArray<Token> tokens = Tokenizer.Tokenize(normalized);
            var words = tokens.Where(t => t.Kind is not (TokenKind.Quote)).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            BuilderNode node = root;
            foreach (Token token in words)
            {
                string key = normalized.Key.Substring(token.Key.Start, token.Key.Length);
                if (!node.Children.TryGetValue(key, out BuilderNode? child))
                {
                    child = new BuilderNode();
                    node.Children.Add(key, child);
                }

                node = child;
            }

            if (node.Values.Count == 0)
            {
                count++;
            }

            if (!node.Values.Contains(value))
            {
                node.Values.Add(value);
            }

            maxTokens = Math.Max(maxTokens, words.Length);
        }

        return Freeze(root, count, maxTokens, language);
    }

    /// <summary>The token trie of the phrases (for a <see cref="LexiconLayer"/>).</summary>
    internal PhraseTrie Trie => _trie;

    /// <summary>The keys of the first words of the phrases (for a <see cref="PhraseStartGate"/>).</summary>
    internal IEnumerable<string> FirstWords => _trie.FirstWords;

    /// <summary>Whether a single normalised word (no clitics peeled) starts or is a phrase.</summary>
    public bool ContainsWord(ReadOnlySpan<char> key) => _trie.ContainsWord(key);

    /// <summary>Whether a single normalised word whose <see cref="KeyHash"/> is <paramref name="hash"/> starts or is a phrase.</summary>
    internal bool ContainsWord(ReadOnlySpan<char> key, int hash) => _trie.ContainsWord(key, hash);

    /// <summary>Entries of exactly this phrase (normalised and tokenised like a document), or empty.</summary>
    public ImmutableArray<T> Lookup(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (Language is null)
        {
            return [];
        }

        NormalizedText normalized = Language.Normalize(phrase);
        int terminal = _trie.Lookup(normalized, Tokenizer.Tokenize(normalized));
        return terminal < 0 ? [] : _values[terminal];
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> (and ending before
    /// <paramref name="limit"/>), reading the first token with clitics peeled when needed.
    /// Among equally long matches the one that peels least wins.
    /// </summary>
    public bool TryMatchAt(NormalizedText text, ImmutableArray<Token> tokens, int start, int limit, out PhraseMatch<T> match)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The readings of the words, each with its stem's hash, are shared by every index that
        // reads this text (computed here only when the text was tokenised another way).
        TokenReadings? shared = TokenReadings.Of(text, tokens, _morphology);
        if (shared is not null && !_trie.MayStartAt(shared, tokens, start))
        {
            match = default;
            return false;
        }

        return Match(text, tokens, start, limit, shared, out match);
    }

    /// <summary>
    /// Every match in a token range, leftmost-longest and non-overlapping.
    /// </summary>
    public ImmutableArray<PhraseMatch<T>> FindAll(NormalizedText text, ImmutableArray<Token> tokens, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        TokenReadings? shared = TokenReadings.Of(text, tokens, _morphology);
        bool wholeText = shared is not null && start == 0 && end == tokens.Length;
        if (wholeText && shared!.TryGetWholeText(this, out object? known))
        {
            return (ImmutableArray<PhraseMatch<T>>)known;
        }

        // The matches are gathered in a pooled array (taken at the first match) and copied once.
        PhraseMatch<T>[]? matches = null;
        int count = 0;
        int i = start;
        while (i < end)
        {
            if ((shared is null || _trie.MayStartAt(shared, tokens, i)) && _trie.Match(text, tokens, i, end, shared, out TrieMatch found))
            {
                matches ??= ArrayPool<PhraseMatch<T>>.Shared.Rent(8);
                if (count == matches.Length)
                {
                    PhraseMatch<T>[] larger = ArrayPool<PhraseMatch<T>>.Shared.Rent(count * 2);
                    matches.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<PhraseMatch<T>>.Shared.Return(matches);
                    matches = larger;
                }

                matches[count++] = ToPhraseMatch(text, i, found);
                i = found.EndToken;
            }
            else
            {
                i++;
            }
        }

        ImmutableArray<PhraseMatch<T>> all = matches is null ? [] : ImmutableArray.Create(matches.AsSpan(0, count));
        if (matches is not null)
        {
            ArrayPool<PhraseMatch<T>>.Shared.Return(matches);
        }

        if (wholeText)
        {
            shared!.KeepWholeText(this, all);
        }

        return all;
    }

    /// <summary>
    /// Whether a phrase may start at token <paramref name="start"/>: false only when
    /// <see cref="TryMatchAt"/> would certainly find none there. Cheap: no word is peeled.
    /// </summary>
    internal bool MayStartAt(NormalizedText text, ImmutableArray<Token> tokens, int start)
    {
        TokenReadings? shared = TokenReadings.Of(text, tokens, _morphology);
        return shared is null || _trie.MayStartAt(shared, tokens, start);
    }

    private bool Match(NormalizedText text, ImmutableArray<Token> tokens, int start, int limit, TokenReadings? shared, out PhraseMatch<T> match)
    {
        if (_trie.Match(text, tokens, start, limit, shared, out TrieMatch found))
        {
            match = ToPhraseMatch(text, start, found);
            return true;
        }

        match = default;
        return false;
    }

    private PhraseMatch<T> ToPhraseMatch(NormalizedText text, int start, in TrieMatch found) =>
        new(start, found.EndToken, text.ToOriginal(found.KeySpan), _values[found.Terminal], found.Reading, found.SuffixLength);

    private static PhraseIndex<T> Freeze(BuilderNode root, int count, int maxTokens, ILanguagePack? language)
    {
        var values = new List<ImmutableArray<T>>();
        PhraseTrie.Node frozen = root.Freeze(values);
        return new PhraseIndex<T>(new PhraseTrie(frozen, values.Count, language?.Morphology), [.. values], count, maxTokens, language);
    }

    private sealed class BuilderNode
    {
        public Dictionary<string, BuilderNode> Children { get; } = new(StringComparer.Ordinal);

        public List<T> Values { get; } = [];

        /// <summary>The trie node, with the entries of every phrase under it added to <paramref name="values"/> (its slot is their index).</summary>
        public PhraseTrie.Node Freeze(List<ImmutableArray<T>> values)
        {
            int terminal = -1;
            if (Values.Count > 0)
            {
                terminal = values.Count;
                values.Add([.. Values]);
            }

            return new PhraseTrie.Node(
                [.. Children.Keys.Order(StringComparer.Ordinal)],
                [.. Children.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value.Freeze(values))],
                terminal);
        }
    }
}
