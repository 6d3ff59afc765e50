using System.Collections.Frozen;
using System.Collections.Immutable;
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

    private PhraseIndex(Node root, int count, int maxTokens)
    {
        _root = root;
        Count = count;
        MaxTokens = maxTokens;
    }

    /// <summary>Number of distinct phrases.</summary>
    public int Count { get; }

    /// <summary>Tokens in the longest phrase.</summary>
    public int MaxTokens { get; }

    /// <summary>An empty index.</summary>
    public static PhraseIndex<T> Empty { get; } = Build([]);

    /// <summary>
    /// Builds an index. Phrases are written as in text; they are normalised and tokenised
    /// like documents. Several entries may share a phrase.
    /// </summary>
    public static PhraseIndex<T> Build(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var root = new BuilderNode();
        int count = 0;
        int maxTokens = 0;
        foreach (var (phrase, value) in phrases)
        {
            NormalizedText normalized = ArabicNormalizer.Normalize(phrase);
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

        return new PhraseIndex<T>(root.Freeze(), count, maxTokens);
    }

    /// <summary>Whether a single normalised word (no clitics peeled) starts or is a phrase.</summary>
    public bool ContainsWord(ReadOnlySpan<char> key) => _root.TryGetChild(key, out _);

    /// <summary>Entries of exactly this phrase (normalised and tokenised like a document), or empty.</summary>
    public ImmutableArray<T> Lookup(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        NormalizedText normalized = ArabicNormalizer.Normalize(phrase);
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
        match = default;
        Token first = tokens[start];
        if (first.Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket)
        {
            return false;
        }

        ReadOnlySpan<char> word = text.Key.AsSpan(first.Key.Start, first.Key.Length);
        Span<CliticReading> readings = stackalloc CliticReading[CliticPeeler.MaxReadings];
        int readingCount = first.Kind == TokenKind.Arabic ? CliticPeeler.Readings(word, readings) : 0;
        if (readingCount == 0)
        {
            readings[0] = CliticReading.Whole;
            readingCount = 1;
        }

        Span<char> buffer = stackalloc char[word.Length + 1];
        bool found = false;
        int bestEnd = 0;
        int bestCost = int.MaxValue;
        for (int r = 0; r < readingCount; r++)
        {
            CliticReading reading = readings[r];
            ReadOnlySpan<char> stem = reading.Stem(word, buffer);
            if (!_root.TryGetChild(stem, out Node? node))
            {
                continue;
            }

            // A peeled enclitic ends the phrase at its word.
            int end = start + 1;
            int bestHere = node.Values.IsDefaultOrEmpty ? -1 : end;
            int suffixHere = 0;
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
                    if (current.TryGetChild(nextWord, out Node? child))
                    {
                        current = child;
                        if (!current.Values.IsDefaultOrEmpty)
                        {
                            bestHere = t + 1;
                            suffixHere = 0;
                        }

                        continue;
                    }

                    // The last word may carry an enclitic: وزير دفاعها.
                    int suffix = EncliticMatch(current, nextWord);
                    if (suffix > 0)
                    {
                        bestHere = t + 1;
                        suffixHere = suffix;
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
                Node terminal = Walk(text, tokens, node, start + 1, bestHere, suffixHere);
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
    /// Every match in a token range, leftmost-longest and non-overlapping.
    /// </summary>
    public ImmutableArray<PhraseMatch<T>> FindAll(NormalizedText text, ImmutableArray<Token> tokens, int start, int end)
    {
        var matches = ImmutableArray.CreateBuilder<PhraseMatch<T>>();
        int i = start;
        while (i < end)
        {
            if (TryMatchAt(text, tokens, i, end, out PhraseMatch<T> match))
            {
                matches.Add(match);
                i = match.EndToken;
            }
            else
            {
                i++;
            }
        }

        return matches.ToImmutable();
    }

    private static Node Walk(NormalizedText text, ImmutableArray<Token> tokens, Node node, int from, int to, int lastSuffix)
    {
        Node current = node;
        for (int t = from; t < to; t++)
        {
            Token next = tokens[t];
            if (next.Kind == TokenKind.Quote)
            {
                continue;
            }

            ReadOnlySpan<char> word = text.Key.AsSpan(next.Key.Start, next.Key.Length);
            if (t == to - 1 && lastSuffix > 0)
            {
                word = word[..^lastSuffix];
            }

            if (!current.TryGetChild(word, out Node? child))
            {
                throw new InvalidOperationException("phrase walk diverged from match"); // unreachable
            }

            current = child;
        }

        return current;
    }

    private static int EncliticMatch(Node node, ReadOnlySpan<char> word)
    {
        if (word.Length < 4)
        {
            return 0;
        }

        Span<CliticReading> readings = stackalloc CliticReading[CliticPeeler.MaxReadings];
        int n = CliticPeeler.Readings(word, readings);
        for (int r = 0; r < n; r++)
        {
            CliticReading reading = readings[r];
            if (reading.PrefixLength == 0 && reading.SuffixLength > 0 && !reading.RestoresAlef
                && node.TryGetChild(word[..^reading.SuffixLength], out Node? child) && !child.Values.IsDefaultOrEmpty)
            {
                return reading.SuffixLength;
            }
        }

        return 0;
    }

    private sealed class BuilderNode
    {
        public Dictionary<string, BuilderNode> Children { get; } = new(StringComparer.Ordinal);

        public List<T> Values { get; } = [];

        public Node Freeze() => new(
            Children.Count == 0 ? null : Children.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Freeze(), StringComparer.Ordinal),
            [.. Values]);
    }

    private sealed class Node
    {
        private readonly FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public Node(FrozenDictionary<string, Node>? children, ImmutableArray<T> values)
        {
            HasChildren = children is not null;
            _lookup = (children ?? FrozenDictionary<string, Node>.Empty).GetAlternateLookup<ReadOnlySpan<char>>();
            Values = values;
        }

        public bool HasChildren { get; }

        public ImmutableArray<T> Values { get; }

        public bool TryGetChild(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Node? child)
        {
            if (!HasChildren)
            {
                child = null;
                return false;
            }

            return _lookup.TryGetValue(key, out child);
        }
    }
}
