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
    private readonly Node _root;

    // The morphology that reads the first and last words; none for the empty index, which matches nothing.
    private readonly IMorphology? _morphology;

    private PhraseIndex(Node root, int count, int maxTokens, ILanguagePack? language)
    {
        _root = root;
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
    public static PhraseIndex<T> Empty { get; } = new(new BuilderNode().Freeze(), 0, 0, null);

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

        return new PhraseIndex<T>(root.Freeze(), count, maxTokens, language);
    }

    /// <summary>The keys of the first words of the phrases (for a <see cref="PhraseStartGate"/>).</summary>
    internal IEnumerable<string> FirstWords => _root.Keys;

    /// <summary>Whether a single normalised word (no clitics peeled) starts or is a phrase.</summary>
    public bool ContainsWord(ReadOnlySpan<char> key) => _root.TryGetChild(key, out _);

    /// <summary>Entries of exactly this phrase (normalised and tokenised like a document), or empty.</summary>
    public ImmutableArray<T> Lookup(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (Language is null)
        {
            return [];
        }

        NormalizedText normalized = Language.Normalize(phrase);
        Node? node = _root;
        foreach (Token token in Tokenizer.Tokenize(normalized))
        {
            if (token.Kind == TokenKind.Quote)
            {
                continue;
            }

            if (!node.TryGetChild(normalized.Key.AsSpan(token.Key.Start, token.Key.Length), out node))
            {
                return [];
            }
        }

        return node.Values;
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
        if (shared is not null && !MayStartAt(shared, tokens, start))
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

        ImmutableArray<PhraseMatch<T>>.Builder? matches = null;
        int i = start;
        while (i < end)
        {
            if ((shared is null || MayStartAt(shared, tokens, i)) && Match(text, tokens, i, end, shared, out PhraseMatch<T> match))
            {
                (matches ??= ImmutableArray.CreateBuilder<PhraseMatch<T>>()).Add(match);
                i = match.EndToken;
            }
            else
            {
                i++;
            }
        }

        ImmutableArray<PhraseMatch<T>> found = matches is null ? [] : matches.ToImmutable();
        if (wholeText)
        {
            shared!.KeepWholeText(this, found);
        }

        return found;
    }

    /// <summary>
    /// Whether a phrase may start at token <paramref name="start"/>: false only when
    /// <see cref="TryMatchAt"/> would certainly find none there. Cheap: no word is peeled.
    /// </summary>
    internal bool MayStartAt(NormalizedText text, ImmutableArray<Token> tokens, int start)
    {
        TokenReadings? shared = TokenReadings.Of(text, tokens, _morphology);
        return shared is null || MayStartAt(shared, tokens, start);
    }

    /// <summary>Whether some reading of token <paramref name="start"/> may be a first word (false: none is).</summary>
    private bool MayStartAt(TokenReadings shared, ImmutableArray<Token> tokens, int start) =>
        tokens[start].Kind is not (TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket)
        && _root.MayContainAny(shared.Hashes(start));

    private bool Match(NormalizedText text, ImmutableArray<Token> tokens, int start, int limit, TokenReadings? shared, out PhraseMatch<T> match)
    {
        match = default;
        Token first = tokens[start];
        if (first.Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket)
        {
            return false;
        }

        ReadOnlySpan<char> word = text.Key.AsSpan(first.Key.Start, first.Key.Length);
        ReadOnlySpan<CliticReading> readings;
        ReadOnlySpan<int> hashes;
        if (shared is not null)
        {
            readings = shared.Readings(start);
            hashes = shared.Hashes(start);
        }
        else
        {
            int size = _morphology?.MaxReadings ?? 1;
            var ownReadings = new CliticReading[size];
            var ownHashes = new int[size];
            int n = TokenReadings.Fill(_morphology, word, first.Kind, ownReadings, ownHashes, TokenReadings.TakesNoOneLetterEnclitic(text, first, _morphology));
            readings = ownReadings.AsSpan(0, n);
            hashes = ownHashes.AsSpan(0, n);
        }

        bool found = false;
        int bestEnd = 0;
        int bestCost = int.MaxValue;
        for (int r = 0; r < readings.Length; r++)
        {
            CliticReading reading = readings[r];

            // The filter of a large first-word table rules out most readings without a cache miss in the table.
            if (!_root.MayContain(hashes[r]) || !_root.TryGetStem(word, reading, hashes[r], _morphology?.RestoredLetter ?? '\0', out Node? node))
            {
                continue;
            }

            // A peeled enclitic ends the phrase at its word.
            int end = start + 1;
            int bestHere = node.Values.IsDefaultOrEmpty ? -1 : end;
            int suffixHere = 0;
            Node terminalHere = node; // the node of the phrase that ends at bestHere
            if (reading.SuffixLength == 0)
            {
                Node current = node;
                for (int t = start + 1; t < limit && current.HasChildren; t++)
                {
                    Token next = tokens[t];
                    if (next.Kind == TokenKind.Quote)
                    {
                        continue; // «داعش» and "المليشيات": quotes do not break a phrase
                    }

                    ReadOnlySpan<char> nextWord = text.Key.AsSpan(next.Key.Start, next.Key.Length);
                    if (current.TryGetChild(nextWord, shared?.WordHash(t) ?? KeyHash.Of(nextWord), out Node? child))
                    {
                        current = child;
                        if (!current.Values.IsDefaultOrEmpty)
                        {
                            bestHere = t + 1;
                            suffixHere = 0;
                            terminalHere = current;
                        }

                        continue;
                    }

                    // The last word may carry an enclitic: وزير دفاعها.
                    int suffix = EncliticMatch(_morphology, current, nextWord, shared, t, text, next, out Node? encliticEnd);
                    if (suffix > 0)
                    {
                        bestHere = t + 1;
                        suffixHere = suffix;
                        terminalHere = encliticEnd!;
                    }

                    break;
                }
            }

            if (bestHere < 0)
            {
                continue;
            }

            int cost = reading.Cost + suffixHere;
            if (!found || bestHere > bestEnd || (bestHere == bestEnd && cost < bestCost))
            {
                Node terminal = terminalHere;
                int keyStart = first.Key.Start + reading.PrefixLength;
                Token last = tokens[bestHere - 1];
                int keyEnd = (bestHere - 1 == start ? first.Key.End - reading.SuffixLength : last.Key.End - suffixHere);
                match = new PhraseMatch<T>(start, bestHere, text.ToOriginal(new TextSpan(keyStart, keyEnd)), terminal.Values, reading, bestHere - 1 == start ? reading.SuffixLength : suffixHere);
                found = true;
                bestEnd = bestHere;
                bestCost = cost;
            }
        }

        return found;
    }

    /// <summary>
    /// The enclitic to peel from <paramref name="word"/> (token <paramref name="t"/>) so that the
    /// rest is a complete phrase after <paramref name="node"/>; 0 when none fits.
    /// </summary>
    private static int EncliticMatch(IMorphology? morphology, Node node, ReadOnlySpan<char> word, TokenReadings? shared, int t, NormalizedText text, Token token, out Node? terminal)
    {
        terminal = null;
        if (word.Length < 4 || morphology is null)
        {
            return 0;
        }

        // Only Arabic words end in an enclitic (a token of another kind holds no Arabic letter).
        ReadOnlySpan<CliticReading> readings;
        ReadOnlySpan<int> hashes;
        if (shared is not null)
        {
            if (token.Kind != TokenKind.Arabic)
            {
                return 0;
            }

            readings = shared.Readings(t);
            hashes = shared.Hashes(t);
        }
        else
        {
            var ownReadings = new CliticReading[morphology.MaxReadings];
            int n = morphology.Readings(word, ownReadings);
            if (TokenReadings.TakesNoOneLetterEnclitic(text, token, morphology))
            {
                n = TokenReadings.DropPronounHa(ownReadings, n);
            }

            readings = ownReadings.AsSpan(0, n);
            hashes = default;
        }

        for (int r = 0; r < readings.Length; r++)
        {
            CliticReading reading = readings[r];
            if (reading.PrefixLength == 0 && reading.SuffixLength > 0 && !reading.RestoresAlef)
            {
                ReadOnlySpan<char> stem = word[..^reading.SuffixLength];
                int hash = hashes.IsEmpty ? KeyHash.Of(stem) : hashes[r];
                if (node.TryGetChild(stem, hash, out Node? child) && !child.Values.IsDefaultOrEmpty)
                {
                    terminal = child;
                    return reading.SuffixLength;
                }
            }
        }

        return 0;
    }

    private sealed class BuilderNode
    {
        public Dictionary<string, BuilderNode> Children { get; } = new(StringComparer.Ordinal);

        public List<T> Values { get; } = [];

        public Node Freeze() => new(
            [.. Children.Keys.Order(StringComparer.Ordinal)],
            [.. Children.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value.Freeze())],
            [.. Values]);
    }

    /// <summary>
    /// A trie node: its entries and its children in an open-addressing table keyed by
    /// <see cref="KeyHash"/>, so that a word hashed once can be looked up in many nodes.
    /// </summary>
    private sealed class Node
    {
        private const int FilteredChildren = 64;

        private static readonly Slot[] NoSlots = [new Slot(0, -1)];

        private readonly string[] _keys;
        private readonly Node[] _children;
        private readonly Slot[] _slots;
        private readonly int _mask;

        // For a node with many children (the first words of a large lexicon), a filter much smaller
        // than the table: most lookups of a document end there, without a cache miss.
        private readonly HashFilter? _filter;

        public Node(string[] keys, Node[] children, ImmutableArray<T> values)
        {
            _keys = keys;
            _children = children;
            Values = values;
            if (keys.Length == 0)
            {
                _slots = NoSlots;
                _mask = 0;
                return;
            }

            int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, keys.Length * 2));
            _slots = new Slot[capacity];
            _slots.AsSpan().Fill(new Slot(0, -1));
            _mask = capacity - 1;
            for (int i = 0; i < keys.Length; i++)
            {
                int hash = KeyHash.Of(keys[i]);
                int at = hash & _mask;
                while (_slots[at].Child >= 0)
                {
                    at = (at + 1) & _mask;
                }

                _slots[at] = new Slot(hash, i);
            }

            if (keys.Length >= FilteredChildren)
            {
                _filter = new HashFilter([.. keys.Select(k => KeyHash.Of(k))]);
            }
        }

        public bool HasChildren => _keys.Length > 0;

        public IReadOnlyList<string> Keys => _keys;

        /// <summary>False when no child's key has this hash, as far as the node's filter tells (true without a filter).</summary>
        public bool MayContain(int hash) => _filter is null || _filter.MayContain(hash);

        /// <summary>Whether some child's key may have one of these hashes (false: none has).</summary>
        public bool MayContainAny(ReadOnlySpan<int> hashes)
        {
            if (_filter is not null)
            {
                return _filter.MayContainAny(hashes);
            }

            foreach (int hash in hashes)
            {
                for (int at = hash & _mask; ; at = (at + 1) & _mask)
                {
                    Slot slot = _slots[at];
                    if (slot.Child < 0)
                    {
                        break;
                    }

                    if (slot.Hash == hash)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The child under the stem of <paramref name="word"/> in <paramref name="reading"/>, whose
        /// <see cref="KeyHash"/> is <paramref name="hash"/> (no copy of the stem is made); a reading that
        /// restores a letter has <paramref name="restored"/> before its stem.
        /// </summary>
        public bool TryGetStem(ReadOnlySpan<char> word, CliticReading reading, int hash, char restored, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Node? child)
        {
            ReadOnlySpan<char> core = word[reading.PrefixLength..(word.Length - reading.SuffixLength)];
            if (!reading.RestoresAlef)
            {
                return TryGetChild(core, hash, out child);
            }

            for (int at = hash & _mask; ; at = (at + 1) & _mask)
            {
                Slot slot = _slots[at];
                if (slot.Child < 0)
                {
                    child = null;
                    return false;
                }

                string key = _keys[slot.Child];
                if (slot.Hash == hash && key.Length == core.Length + 1 && key[0] == restored && core.SequenceEqual(key.AsSpan(1)))
                {
                    child = _children[slot.Child];
                    return true;
                }
            }
        }

        public ImmutableArray<T> Values { get; }

        public bool TryGetChild(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Node? child) =>
            TryGetChild(key, KeyHash.Of(key), out child);

        /// <summary>The child under <paramref name="key"/>, whose <see cref="KeyHash"/> is <paramref name="hash"/>.</summary>
        public bool TryGetChild(ReadOnlySpan<char> key, int hash, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Node? child)
        {
            for (int at = hash & _mask; ; at = (at + 1) & _mask)
            {
                Slot slot = _slots[at];
                if (slot.Child < 0)
                {
                    child = null;
                    return false;
                }

                if (slot.Hash == hash && key.SequenceEqual(_keys[slot.Child]))
                {
                    child = _children[slot.Child];
                    return true;
                }
            }
        }

        private readonly record struct Slot(int Hash, int Child);
    }
}
