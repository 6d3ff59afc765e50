using System.Collections.Immutable;
using Mizan.Languages;
using Mizan.Morphology;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Lexicons;

/// <summary>
/// The token trie of a <see cref="PhraseIndex{T}"/>, without its entries: a phrase ends at a node
/// with a terminal slot, and the index keeps the entries of each slot. Not generic, so that the
/// lookups every recogniser makes run as code of their own rather than as shared generic code
/// (which looks its type arguments up at run time). Immutable and thread-safe; lookups allocate
/// nothing when the text's <see cref="TokenReadings"/> are given.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Node _root;

    // The morphology that reads the first and last words; none for the empty trie, which matches nothing.
    private readonly IMorphology? _morphology;

    // The bit of this trie in the last lexicon layer a text was read with: a cache of
    // LexiconLayer.BitOf, which never changes for a layer (a pipeline has one layer).
    private LayerBit? _layerBit;

    public PhraseTrie(Node root, int terminalCount, IMorphology? morphology)
    {
        _root = root;
        TerminalCount = terminalCount;
        _morphology = morphology;
    }

    /// <summary>How many nodes end a phrase (their slots are numbered from 0).</summary>
    public int TerminalCount { get; }

    /// <summary>The keys of the first words of the phrases.</summary>
    public IReadOnlyList<string> FirstWords => _root.Keys;

    /// <summary>Whether a single normalised word (no clitics peeled) starts or is a phrase.</summary>
    public bool ContainsWord(ReadOnlySpan<char> key) => ContainsWord(key, KeyHash.Of(key));

    /// <summary>
    /// Whether a single normalised word whose <see cref="KeyHash"/> is <paramref name="hash"/> starts or is a phrase.
    /// The filter of a large first-word table answers most words without a cache miss in the table.
    /// </summary>
    public bool ContainsWord(ReadOnlySpan<char> key, int hash) => _root.MayContain(hash) && _root.TryGetChild(key, hash, out _);

    /// <summary>The terminal slot of exactly these words (keys), or -1.</summary>
    public int Lookup(NormalizedText normalized, ImmutableArray<Token> tokens)
    {
        Node? node = _root;
        int terminal = -1;
        foreach (Token token in tokens)
        {
            if (token.Kind == TokenKind.Quote)
            {
                continue;
            }

            if (node is null || !node.TryGetChild(normalized.Key.AsSpan(token.Key.Start, token.Key.Length), out Edge edge))
            {
                return -1;
            }

            terminal = edge.Terminal;
            node = edge.Next;
        }

        return terminal;
    }

    /// <summary>Whether some reading of token <paramref name="start"/> may be a first word (false: none is).</summary>
    public bool MayStartAt(TokenReadings shared, ImmutableArray<Token> tokens, int start)
    {
        int bit = BitIn(shared.Layer);
        if (bit >= 0)
        {
            return (shared.TokenStarts(start) & (1U << bit)) != 0;
        }

        return tokens[start].Kind is not (TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket)
            && _root.MayContainAny(shared.Hashes(start));
    }

    /// <summary>The bit of this trie in <paramref name="layer"/>; -1 without a layer or when the layer does not hold it.</summary>
    private int BitIn(LexiconLayer? layer)
    {
        if (layer is null)
        {
            return -1;
        }

        LayerBit? known = Volatile.Read(ref _layerBit);
        if (known is null || !ReferenceEquals(known.Layer, layer))
        {
            known = new LayerBit(layer, layer.BitOf(this));
            Volatile.Write(ref _layerBit, known);
        }

        return known.Bit;
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> and ending before
    /// <paramref name="limit"/>, reading the first token with clitics peeled when needed; among
    /// equally long matches the one that peels least wins.
    /// </summary>
    public bool Match(NormalizedText text, ImmutableArray<Token> tokens, int start, int limit, TokenReadings? shared, out TrieMatch match)
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

        // With the text's lexicon layer, the readings that start some first word of this trie are known.
        ReadOnlySpan<uint> starts = default;
        uint ownBit = 0;
        if (shared is not null)
        {
            readings = shared.Readings(start);
            hashes = shared.Hashes(start);
            int bit = BitIn(shared.Layer);
            if (bit >= 0)
            {
                starts = shared.ReadingStarts(start);
                ownBit = 1U << bit;
            }
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
        char restored = _morphology?.RestoredLetter ?? '\0';
        for (int r = 0; r < readings.Length; r++)
        {
            CliticReading reading = readings[r];

            // The layer, or else the filter of a large first-word table, rules out most readings without a cache miss in the table.
            if ((starts.IsEmpty ? !_root.MayContain(hashes[r]) : (starts[r] & ownBit) == 0)
                || !_root.TryGetStem(word, reading, hashes[r], restored, out Edge edge))
            {
                continue;
            }

            // A peeled enclitic ends the phrase at its word.
            int end = start + 1;
            int bestHere = edge.Terminal < 0 ? -1 : end;
            int suffixHere = 0;
            int terminalHere = edge.Terminal; // the slot of the phrase that ends at bestHere
            if (reading.SuffixLength == 0)
            {
                Node? current = edge.Next;
                for (int t = start + 1; t < limit && current is not null; t++)
                {
                    Token next = tokens[t];
                    if (next.Kind == TokenKind.Quote)
                    {
                        continue; // «داعش» and "المليشيات": quotes do not break a phrase
                    }

                    ReadOnlySpan<char> nextWord = text.Key.AsSpan(next.Key.Start, next.Key.Length);
                    if (current.TryGetChild(nextWord, shared?.WordHash(t) ?? KeyHash.Of(nextWord), out Edge child))
                    {
                        if (child.Terminal >= 0)
                        {
                            bestHere = t + 1;
                            suffixHere = 0;
                            terminalHere = child.Terminal;
                        }

                        current = child.Next;
                        continue;
                    }

                    // The last word may carry an enclitic: وزير دفاعها.
                    int suffix = EncliticMatch(_morphology, current, nextWord, shared, t, text, next, out int encliticEnd);
                    if (suffix > 0)
                    {
                        bestHere = t + 1;
                        suffixHere = suffix;
                        terminalHere = encliticEnd;
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
                int keyStart = first.Key.Start + reading.PrefixLength;
                Token last = tokens[bestHere - 1];
                int keyEnd = bestHere - 1 == start ? first.Key.End - reading.SuffixLength : last.Key.End - suffixHere;
                match = new TrieMatch(bestHere, new TextSpan(keyStart, keyEnd), reading, bestHere - 1 == start ? reading.SuffixLength : suffixHere, terminalHere);
                found = true;
                bestEnd = bestHere;
                bestCost = cost;
            }
        }

        return found;
    }

    /// <summary>
    /// The enclitic to peel from <paramref name="word"/> (token <paramref name="t"/>) so that the
    /// rest is a complete phrase after <paramref name="node"/> (whose terminal slot is <paramref name="terminal"/>); 0 when none fits.
    /// </summary>
    private static int EncliticMatch(IMorphology? morphology, Node node, ReadOnlySpan<char> word, TokenReadings? shared, int t, NormalizedText text, Token token, out int terminal)
    {
        terminal = -1;
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
                if (node.TryGetChild(stem, hash, out Edge child) && child.Terminal >= 0)
                {
                    terminal = child.Terminal;
                    return reading.SuffixLength;
                }
            }
        }

        return 0;
    }

    /// <summary>A layer and the bit of this trie in it (-1: not held).</summary>
    private sealed record LayerBit(LexiconLayer Layer, int Bit);

    /// <summary>
    /// The way from a node to one of its children: the child's terminal slot (-1 when no phrase ends
    /// there) and the child itself when it has children of its own (null for a leaf, which a lookup
    /// then never has to read).
    /// </summary>
    internal readonly record struct Edge(int Terminal, Node? Next);

    /// <summary>
    /// A trie node: its terminal slot (-1 when no phrase ends here) and its children in an
    /// open-addressing table keyed by <see cref="KeyHash"/>, so that a word hashed once can be
    /// looked up in many nodes. Each slot of the table holds what a lookup needs (the hash, where
    /// the key's characters are, the child's terminal slot and, unless it is a leaf, the child),
    /// and the keys' characters lie side by side in one array: a lookup of a large table (the
    /// first words of the gazetteer) costs two reads from memory, the slot and the key, instead of
    /// four (the slot, the array of keys, the key's string and the child).
    /// </summary>
    internal sealed class Node
    {
        private const int FilteredChildren = 64;

        private static readonly Slot[] NoSlots = [new Slot(0, -1, -1, -1)];

        private readonly string[] _keys;
        private readonly Node?[] _children;
        private readonly Slot[] _slots;
        private readonly int _mask;

        // The keys, each as its length (one character) then its characters; a slot points to its key's length.
        private readonly char[] _chars;

        // For a node with many children (the first words of a large lexicon), a filter much smaller
        // than the table: most lookups of a document end there, without a cache miss.
        private readonly HashFilter? _filter;

        public Node(string[] keys, Node[] children, int terminal)
        {
            _keys = keys;
            Terminal = terminal;
            _children = new Node?[children.Length];
            for (int i = 0; i < children.Length; i++)
            {
                _children[i] = children[i].HasChildren ? children[i] : null;
            }

            if (keys.Length == 0)
            {
                _slots = NoSlots;
                _mask = 0;
                _chars = [];
                return;
            }

            int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, keys.Length * 2));
            _slots = new Slot[capacity];
            _slots.AsSpan().Fill(new Slot(0, -1, -1, -1));
            _mask = capacity - 1;
            _chars = new char[keys.Sum(k => k.Length + 1)];
            int at = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                string key = keys[i];
                if (key.Length > char.MaxValue)
                {
                    throw new ArgumentException($"A word of {key.Length} characters is too long for a phrase index", nameof(keys));
                }

                int keyAt = at;
                _chars[at++] = (char)key.Length;
                key.CopyTo(_chars.AsSpan(at));
                at += key.Length;

                int hash = KeyHash.Of(key);
                int slot = hash & _mask;
                while (_slots[slot].Key >= 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = new Slot(hash, _children[i] is null ? -1 : i, children[i].Terminal, keyAt);
            }

            if (keys.Length >= FilteredChildren)
            {
                _filter = new HashFilter([.. keys.Select(k => KeyHash.Of(k))]);
            }
        }

        /// <summary>The slot of the entries of the phrase that ends here; -1 when none does.</summary>
        public int Terminal { get; }

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
                    if (slot.Key < 0)
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
        public bool TryGetStem(ReadOnlySpan<char> word, CliticReading reading, int hash, char restored, out Edge child)
        {
            ReadOnlySpan<char> core = word[reading.PrefixLength..(word.Length - reading.SuffixLength)];
            if (!reading.RestoresAlef)
            {
                return TryGetChild(core, hash, out child);
            }

            for (int at = hash & _mask; ; at = (at + 1) & _mask)
            {
                Slot slot = _slots[at];
                if (slot.Key < 0)
                {
                    child = default;
                    return false;
                }

                if (slot.Hash == hash)
                {
                    ReadOnlySpan<char> key = KeyOf(slot);
                    if (key.Length == core.Length + 1 && key[0] == restored && core.SequenceEqual(key[1..]))
                    {
                        child = new Edge(slot.Terminal, slot.Child < 0 ? null : _children[slot.Child]);
                        return true;
                    }
                }
            }
        }

        public bool TryGetChild(ReadOnlySpan<char> key, out Edge child) =>
            TryGetChild(key, KeyHash.Of(key), out child);

        /// <summary>The child under <paramref name="key"/>, whose <see cref="KeyHash"/> is <paramref name="hash"/>.</summary>
        public bool TryGetChild(ReadOnlySpan<char> key, int hash, out Edge child)
        {
            for (int at = hash & _mask; ; at = (at + 1) & _mask)
            {
                Slot slot = _slots[at];
                if (slot.Key < 0)
                {
                    child = default;
                    return false;
                }

                if (slot.Hash == hash && key.SequenceEqual(KeyOf(slot)))
                {
                    child = new Edge(slot.Terminal, slot.Child < 0 ? null : _children[slot.Child]);
                    return true;
                }
            }
        }

        private ReadOnlySpan<char> KeyOf(Slot slot) => _chars.AsSpan(slot.Key + 1, _chars[slot.Key]);

        /// <summary>A slot of the table: the key's hash, the child (-1 for a leaf), its terminal slot, and where its key starts in the characters (-1: empty).</summary>
        private readonly record struct Slot(int Hash, int Child, int Terminal, int Key);
    }
}
