using System.Collections.Immutable;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Lexicons;

/// <summary>
/// The first words of several phrase indexes in one filter: a single check tells that none of
/// them can start a phrase at a token, where asking each index would cost one check per index.
/// Exact in that direction: when the gate says no, <see cref="PhraseIndex{T}.TryMatchAt"/> of
/// every index in it finds nothing at that token. A gate whose lexicons (tries, or lists of first
/// words) the text's <see cref="LexiconLayer"/> all holds reads their bits there instead.
/// Immutable and thread-safe.
/// </summary>
internal sealed class PhraseStartGate
{
    private readonly HashFilter _filter;

    // The first words of each lexicon of the gate (a trie's own list, or one the gate made), and
    // their bits in the last layer a text was read with: a cache of what the layer says, which
    // never changes for a layer.
    private readonly IReadOnlyList<string>[] _lexicons;
    private LayerBits? _layerBits;

    /// <summary>A gate over the first words of <paramref name="firstWords"/> (one collection per index).</summary>
    public PhraseStartGate(params IEnumerable<string>[] firstWords)
        : this((firstWords ?? throw new ArgumentNullException(nameof(firstWords))).Select(w => (IReadOnlyList<string>)w.ToArray()).ToArray())
    {
        WordLexicons = _lexicons;
    }

    /// <summary>A gate over the first words of the phrases of <paramref name="tries"/>.</summary>
    public PhraseStartGate(params PhraseTrie[] tries)
        : this((tries ?? throw new ArgumentNullException(nameof(tries))).Select(t => t.FirstWords).ToArray())
    {
    }

    private PhraseStartGate(IReadOnlyList<string>[] lexicons)
    {
        _lexicons = lexicons;
        _filter = new HashFilter([.. lexicons.SelectMany(w => w).Select(w => KeyHash.Of(w)).Distinct()]);
    }

    /// <summary>
    /// The lists of first words the gate was built from, when it was built from words (a
    /// <see cref="LexiconLayer"/> may hold them); empty for a gate over tries, whose tries the layer holds.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> WordLexicons { get; } = [];

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

        uint bits = BitsIn(shared.Layer);
        if (bits != 0)
        {
            return (shared.TokenStarts(start) & bits) != 0;
        }

        return tokens[start].Kind is not (TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket)
            && _filter.MayContainAny(shared.Hashes(start));
    }

    /// <summary>The bits of the gate's lexicons in <paramref name="layer"/>; 0 without a layer or when the layer lacks one of them.</summary>
    private uint BitsIn(LexiconLayer? layer)
    {
        if (layer is null || _lexicons.Length == 0)
        {
            return 0;
        }

        LayerBits? known = Volatile.Read(ref _layerBits);
        if (known is null || !ReferenceEquals(known.Layer, layer))
        {
            uint bits = 0;
            foreach (IReadOnlyList<string> lexicon in _lexicons)
            {
                int bit = layer.BitOf(lexicon);
                if (bit < 0)
                {
                    bits = 0;
                    break;
                }

                bits |= 1U << bit;
            }

            known = new LayerBits(layer, bits);
            Volatile.Write(ref _layerBits, known);
        }

        return known.Bits;
    }

    /// <summary>A layer and the bits of the gate's lexicons in it (0: not all held).</summary>
    private sealed record LayerBits(LexiconLayer Layer, uint Bits);
}
