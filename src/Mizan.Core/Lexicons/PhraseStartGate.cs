using System.Collections.Immutable;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Lexicons;

/// <summary>
/// The first words of several phrase indexes in one table: a single check tells that none of
/// them can start a phrase at a token, where asking each index would cost one check per index.
/// Exact in that direction: when the gate says no, <see cref="PhraseIndex{T}.TryMatchAt"/> of
/// every index in it finds nothing at that token. Immutable and thread-safe.
/// </summary>
internal sealed class PhraseStartGate
{
    private readonly int[] _hashes;
    private readonly bool[] _used;
    private readonly int _mask;

    /// <summary>A gate over the first words of <paramref name="firstWords"/> (one collection per index).</summary>
    public PhraseStartGate(params IEnumerable<string>[] firstWords)
    {
        ArgumentNullException.ThrowIfNull(firstWords);
        int[] distinct = [.. firstWords.SelectMany(w => w).Select(w => KeyHash.Of(w)).Distinct()];
        int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, distinct.Length * 2));
        _hashes = new int[capacity];
        _used = new bool[capacity];
        _mask = capacity - 1;
        foreach (int hash in distinct)
        {
            int at = hash & _mask;
            while (_used[at])
            {
                at = (at + 1) & _mask;
            }

            _hashes[at] = hash;
            _used[at] = true;
        }
    }

    /// <summary>
    /// Whether some index of the gate may start a phrase at token <paramref name="start"/>:
    /// false only when none can.
    /// </summary>
    public bool MayStartAt(NormalizedText text, ImmutableArray<Token> tokens, int start)
    {
        TokenReadings? shared = TokenReadings.Of(text, tokens);
        if (shared is null)
        {
            return true;
        }

        if (tokens[start].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket)
        {
            return false;
        }

        foreach (int hash in shared.Hashes(start))
        {
            for (int at = hash & _mask; _used[at]; at = (at + 1) & _mask)
            {
                if (_hashes[at] == hash)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
