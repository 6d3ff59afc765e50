using System.Collections.Immutable;
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
/// <see cref="CliticPeeler.Readings"/> (the whole word when it has none); for any other token the
/// whole token. The first reading is always the whole word, so its hash is the token's hash.
/// </remarks>
internal sealed class TokenReadings
{
    private readonly ImmutableArray<Token> _tokens;
    private readonly int[] _first;
    private readonly CliticReading[] _readings;
    private readonly int[] _hashes;

    private TokenReadings(NormalizedText text, ImmutableArray<Token> tokens)
    {
        _tokens = tokens;
        _first = new int[tokens.Length + 1];
        var readings = new CliticReading[Math.Max(16, tokens.Length * 4)];
        var hashes = new int[readings.Length];
        Span<CliticReading> readingBuffer = stackalloc CliticReading[CliticPeeler.MaxReadings];
        Span<int> hashBuffer = stackalloc int[CliticPeeler.MaxReadings];
        int count = 0;
        string key = text.Key;
        for (int t = 0; t < tokens.Length; t++)
        {
            _first[t] = count;
            Token token = tokens[t];
            int n = Fill(key.AsSpan(token.Key.Start, token.Key.Length), token.Kind, readingBuffer, hashBuffer);
            if (count + n > readings.Length)
            {
                int size = Math.Max(readings.Length * 2, count + n);
                Array.Resize(ref readings, size);
                Array.Resize(ref hashes, size);
            }

            readingBuffer[..n].CopyTo(readings.AsSpan(count));
            hashBuffer[..n].CopyTo(hashes.AsSpan(count));
            count += n;
        }

        _first[tokens.Length] = count;
        _readings = readings;
        _hashes = hashes;
    }

    /// <summary>
    /// The readings of the tokens of <paramref name="text"/>: built on the first call and kept with
    /// the text; null when the text was already read with another tokenisation (then the caller
    /// peels the words itself).
    /// </summary>
    public static TokenReadings? Of(NormalizedText text, ImmutableArray<Token> tokens)
    {
        object? memo = text.Memo;
        if (memo is TokenReadings cached)
        {
            return cached._tokens == tokens ? cached : null;
        }

        if (memo is not null)
        {
            return null;
        }

        object kept = text.SetMemo(new TokenReadings(text, tokens));
        return kept is TokenReadings stored && stored._tokens == tokens ? stored : null;
    }

    /// <summary>The readings of token <paramref name="t"/>, fewest letters peeled first.</summary>
    public ReadOnlySpan<CliticReading> Readings(int t) => _readings.AsSpan(_first[t], _first[t + 1] - _first[t]);

    /// <summary>The stem hashes of the readings of token <paramref name="t"/> (<see cref="KeyHash"/>).</summary>
    public ReadOnlySpan<int> Hashes(int t) => _hashes.AsSpan(_first[t], _first[t + 1] - _first[t]);

    /// <summary>The hash of token <paramref name="t"/>'s whole key.</summary>
    public int WordHash(int t) => _hashes[_first[t]];

    /// <summary>
    /// Writes the readings of one token (see the remarks) and their stem hashes; returns how many.
    /// The buffers hold <see cref="CliticPeeler.MaxReadings"/> entries.
    /// </summary>
    public static int Fill(ReadOnlySpan<char> word, TokenKind kind, Span<CliticReading> readings, Span<int> hashes)
    {
        int n = kind == TokenKind.Arabic ? CliticPeeler.Readings(word, readings) : 0;
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
            hashes[r] = reading.RestoresAlef ? KeyHash.Of('\u0627', core) : KeyHash.Of(core);
        }

        return n;
    }
}
