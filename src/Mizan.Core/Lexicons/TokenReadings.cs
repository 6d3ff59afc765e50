using System.Buffers;
using System.Collections.Immutable;
using Mizan.Languages;
using Mizan.Morphology;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Lexicons;

/// <summary>
/// The clitic readings of every token of one tokenised text, each with the hash of its stem,
/// computed once per text and shared by every <see cref="PhraseIndex{T}"/> that reads it: a
/// document is looked up in a dozen lexicons, and peeling and hashing each word a dozen times
/// cost more than the lookups. Immutable once built.
/// </summary>
/// <remarks>
/// The readings of a token are those a phrase lookup tries on a first word: for an Arabic word
/// <see cref="IMorphology.Readings"/> of the document's language (the whole word when it has none); for any other token the
/// whole token. The first reading is always the whole word, so its hash is the token's hash.
/// With a <see cref="LexiconLayer"/>, each reading also carries the lexicons that have a first word
/// with its hash, and each token the union of its readings' (none for punctuation, quotes and
/// brackets, which start no phrase): the one pass over the words that every lexicon then reads.
/// </remarks>
internal sealed class TokenReadings
{
    private readonly ImmutableArray<Token> _tokens;
    private readonly int[] _first;
    private readonly CliticReading[] _readings;
    private readonly int[] _hashes;

    // With a layer: per reading, the lexicons (bits of the layer) with a first word of its hash; per token, their union.
    private readonly uint[]? _readingStarts;
    private readonly uint[]? _tokenStarts;

    // Matches of whole-text lookups, as (index, matches) pairs: several readers of a document ask
    // one lexicon for every match of the text (the country names and adjectives, three times).
    private object[] _wholeText = [];

    private TokenReadings(NormalizedText text, ImmutableArray<Token> tokens, IMorphology morphology, LexiconLayer? layer)
    {
        _tokens = tokens;
        Layer = layer;
        _first = new int[tokens.Length + 1];
        int most = morphology.MaxReadings;

        // Written into pooled buffers (room for the most readings a token may have is needed at
        // every token), then kept in arrays of the exact size.
        CliticReading[] readings = ArrayPool<CliticReading>.Shared.Rent(Math.Max(most, tokens.Length * 3));
        int[] hashes = ArrayPool<int>.Shared.Rent(readings.Length);
        int count = 0;
        string key = text.Key;
        try
        {
            for (int t = 0; t < tokens.Length; t++)
            {
                _first[t] = count;
                if (count + most > readings.Length || count + most > hashes.Length)
                {
                    int size = Math.Max(readings.Length * 2, count + most);
                    readings = Grow(readings, size, count);
                    hashes = Grow(hashes, size, count);
                }

                Token token = tokens[t];
                ReadOnlySpan<char> word = key.AsSpan(token.Key.Start, token.Key.Length);
                Span<CliticReading> own = readings.AsSpan(count, most);
                int n = token.Kind == TokenKind.Arabic ? morphology.Readings(word, own) : 0;

                // As Fill does, but the original letter is looked at only when a reading peels one letter.
                if (n > 0 && PeelsOneLetterEnclitic(own[..n]) && TakesNoOneLetterEnclitic(text, token, morphology))
                {
                    n = DropPronounHa(own, n);
                }

                count += Hash(morphology, word, own, hashes.AsSpan(count, most), n);
            }

            _first[tokens.Length] = count;
            _readings = readings.AsSpan(0, count).ToArray();
            _hashes = hashes.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<CliticReading>.Shared.Return(readings);
            ArrayPool<int>.Shared.Return(hashes);
        }

        if (layer is not null)
        {
            (_readingStarts, _tokenStarts) = Starts(layer, tokens, _first, _hashes);
        }
    }

    /// <summary>The lexicons of <paramref name="layer"/> that may start a phrase with each reading, and at each token.</summary>
    private static (uint[] Readings, uint[] Tokens) Starts(LexiconLayer layer, ImmutableArray<Token> tokens, int[] first, int[] hashes)
    {
        var readings = new uint[hashes.Length];
        var perToken = new uint[tokens.Length];
        for (int t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket)
            {
                continue;
            }

            uint any = 0;
            for (int r = first[t]; r < first[t + 1]; r++)
            {
                uint bits = layer.StartsWith(hashes[r]);
                readings[r] = bits;
                any |= bits;
            }

            perToken[t] = any;
        }

        return (readings, perToken);
    }

    /// <summary>A pooled buffer of at least <paramref name="size"/> items holding the first <paramref name="count"/> of <paramref name="buffer"/>, which goes back to the pool.</summary>
    private static TItem[] Grow<TItem>(TItem[] buffer, int size, int count)
    {
        TItem[] larger = ArrayPool<TItem>.Shared.Rent(size);
        buffer.AsSpan(0, count).CopyTo(larger);
        ArrayPool<TItem>.Shared.Return(buffer);
        return larger;
    }

    /// <summary>
    /// The readings of the tokens of <paramref name="text"/>: built on the first call and kept with
    /// the text; null when the text was already read with another tokenisation (then the caller
    /// peels the words itself, as it does when no <paramref name="morphology"/> is given). The
    /// first call may give the <paramref name="layer"/> of the lexicons that will read the text.
    /// </summary>
    public static TokenReadings? Of(NormalizedText text, ImmutableArray<Token> tokens, IMorphology? morphology, LexiconLayer? layer = null)
    {
        object? memo = text.Memo;
        if (memo is TokenReadings cached)
        {
            return cached._tokens == tokens ? cached : null;
        }

        if (memo is not null || morphology is null)
        {
            return null;
        }

        object kept = text.SetMemo(new TokenReadings(text, tokens, morphology, layer));
        return kept is TokenReadings stored && stored._tokens == tokens ? stored : null;
    }

    /// <summary>The matches <paramref name="index"/> found over the whole text, when it was asked before.</summary>
    public bool TryGetWholeText(object index, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out object? matches)
    {
        object[] pairs = Volatile.Read(ref _wholeText);
        for (int i = 0; i < pairs.Length; i += 2)
        {
            if (ReferenceEquals(pairs[i], index))
            {
                matches = pairs[i + 1];
                return true;
            }
        }

        matches = null;
        return false;
    }

    /// <summary>Keeps the matches <paramref name="index"/> found over the whole text (the same whoever asks).</summary>
    public void KeepWholeText(object index, object matches)
    {
        while (true)
        {
            object[] pairs = Volatile.Read(ref _wholeText);
            object[] longer = [.. pairs, index, matches];
            if (ReferenceEquals(Interlocked.CompareExchange(ref _wholeText, longer, pairs), pairs))
            {
                return;
            }
        }
    }

    /// <summary>The lexicons whose first words the readings were looked up in; null when none were.</summary>
    public LexiconLayer? Layer { get; }

    /// <summary>The lexicons (bits of <see cref="Layer"/>) that may start a phrase at token <paramref name="t"/>; only with a layer.</summary>
    public uint TokenStarts(int t) => _tokenStarts![t];

    /// <summary>The lexicons (bits of <see cref="Layer"/>) with a first word of each reading's hash at token <paramref name="t"/>; only with a layer.</summary>
    public ReadOnlySpan<uint> ReadingStarts(int t) => _readingStarts.AsSpan(_first[t], _first[t + 1] - _first[t]);

    /// <summary>The readings of token <paramref name="t"/>, fewest letters peeled first.</summary>
    public ReadOnlySpan<CliticReading> Readings(int t) => _readings.AsSpan(_first[t], _first[t + 1] - _first[t]);

    /// <summary>The stem hashes of the readings of token <paramref name="t"/> (<see cref="KeyHash"/>).</summary>
    public ReadOnlySpan<int> Hashes(int t) => _hashes.AsSpan(_first[t], _first[t + 1] - _first[t]);

    /// <summary>The hash of token <paramref name="t"/>'s whole key.</summary>
    public int WordHash(int t) => _hashes[_first[t]];

    /// <summary>
    /// The hash of token <paramref name="t"/>'s key without its first <paramref name="letters"/> letters
    /// (<paramref name="key"/> is that key): a reading's when one peels just those letters, else computed.
    /// </summary>
    public int HashWithoutFirst(int t, ReadOnlySpan<char> key, int letters)
    {
        ReadOnlySpan<CliticReading> readings = Readings(t);
        for (int r = 0; r < readings.Length; r++)
        {
            if (readings[r].PrefixLength == letters && readings[r].SuffixLength == 0 && !readings[r].RestoresAlef)
            {
                return _hashes[_first[t] + r];
            }
        }

        return KeyHash.Of(key[letters..]);
    }

    /// <summary>
    /// Whether <paramref name="token"/> ends, in the original text, in a letter that takes no one-letter
    /// enclitic (<see cref="IMorphology.TakesNoOneLetterEnclitic"/>): Arabic keys fold ة to ه, but ة is
    /// never the enclitic pronoun ه (بأداة is not بأدا + ه, بشرية is not بشري + ه).
    /// </summary>
    public static bool TakesNoOneLetterEnclitic(NormalizedText text, Token token, IMorphology? morphology)
    {
        if (token.Key.Length == 0 || morphology is null)
        {
            return false;
        }

        int original = text.ToOriginal(token.Key.End - 1);
        return original < text.Original.Length && morphology.TakesNoOneLetterEnclitic(text.Original[original]);
    }

    /// <summary>
    /// Writes the readings of one token (see the remarks) and their stem hashes; returns how many.
    /// The buffers hold <see cref="IMorphology.MaxReadings"/> entries (one without a morphology). A word that ends in ة
    /// (<paramref name="noOneLetterEnclitic"/>: one that takes no one-letter enclitic) is never read with the enclitic ه.
    /// </summary>
    public static int Fill(IMorphology? morphology, ReadOnlySpan<char> word, TokenKind kind, Span<CliticReading> readings, Span<int> hashes, bool noOneLetterEnclitic = false)
    {
        int n = kind == TokenKind.Arabic && morphology is not null ? morphology.Readings(word, readings) : 0;
        if (noOneLetterEnclitic && n > 0)
        {
            n = DropPronounHa(readings, n);
        }

        return Hash(morphology, word, readings, hashes, n);
    }

    /// <summary>
    /// Writes the stem hashes of the first <paramref name="n"/> readings of <paramref name="word"/>, or,
    /// when there are none, the whole word as its only reading; returns how many readings there are.
    /// </summary>
    private static int Hash(IMorphology? morphology, ReadOnlySpan<char> word, Span<CliticReading> readings, Span<int> hashes, int n)
    {
        if (n == 0)
        {
            readings[0] = CliticReading.Whole;
            hashes[0] = KeyHash.Of(word);
            return 1;
        }

        for (int r = 0; r < n; r++)
        {
            CliticReading reading = readings[r];
            ReadOnlySpan<char> core = word[reading.PrefixLength..(word.Length - reading.SuffixLength)];
            hashes[r] = reading.RestoresAlef ? KeyHash.Of(morphology!.RestoredLetter, core) : KeyHash.Of(core);
        }

        return n;
    }

    /// <summary>Whether a reading peels a one-letter enclitic (those <see cref="DropPronounHa"/> removes).</summary>
    private static bool PeelsOneLetterEnclitic(ReadOnlySpan<CliticReading> readings)
    {
        foreach (CliticReading reading in readings)
        {
            if (reading.SuffixLength == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes the readings that peel a one-letter enclitic (ه) from a word ending in ة; returns how many are left.</summary>
    public static int DropPronounHa(Span<CliticReading> readings, int count)
    {
        int kept = 0;
        for (int r = 0; r < count; r++)
        {
            if (readings[r].SuffixLength != 1)
            {
                readings[kept++] = readings[r];
            }
        }

        return kept;
    }
}
