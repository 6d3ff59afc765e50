using System.Collections.Immutable;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Lexicons;

/// <summary>
/// The first words of several phrase indexes in one filter: a single check tells that none of
/// them can start a phrase at a token, where asking each index would cost one check per index.
/// Exact in that direction: when the gate says no, <see cref="PhraseIndex{T}.TryMatchAt"/> of
/// every index in it finds nothing at that token. Immutable and thread-safe.
/// </summary>
internal sealed class PhraseStartGate
{
    private readonly HashFilter _filter;

    /// <summary>A gate over the first words of <paramref name="firstWords"/> (one collection per index).</summary>
    public PhraseStartGate(params IEnumerable<string>[] firstWords)
    {
        ArgumentNullException.ThrowIfNull(firstWords);
        _filter = new HashFilter([.. firstWords.SelectMany(w => w).Select(w => KeyHash.Of(w)).Distinct()]);
    }

    /// <summary>
    /// Whether some index of the gate may start a phrase at token <paramref name="start"/>:
    /// false only when none can.
    /// </summary>
    public bool MayStartAt(NormalizedText text, ImmutableArray<Token> tokens, int start)
    {
        // The readings the segmentation kept with the text; without them any token may start a phrase.
        TokenReadings? shared = TokenReadings.Of(text, tokens, morphology: null);
        if (shared is null)
        {
            return true;
        }

        return tokens[start].Kind is not (TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket)
            && _filter.MayContainAny(shared.Hashes(start));
    }
}
