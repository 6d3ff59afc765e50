namespace Mizan.Lexicons;

/// <summary>
/// The first words of every phrase lexicon a pipeline reads, compiled into one table: for a word's
/// <see cref="KeyHash"/>, which lexicons have a first word with that hash (one bit per lexicon, up to
/// 32). The segmentation looks every reading of every word up once here
/// (<see cref="TokenReadings"/>), and each lexicon then knows where it may start a phrase from one
/// bit, where it would otherwise check every reading of every word against its own first words:
/// a document is read against some twenty lexicons. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Exact in the direction a gate needs: a lexicon's bit is clear for a reading only when none of
/// its first words has the reading's hash, so that no phrase of it starts with that reading.
/// Lexicons beyond the 32nd, or not in the layer, check their own first words as before.
/// </remarks>
internal sealed class LexiconLayer
{
    /// <summary>The most lexicons a layer holds (one bit each).</summary>
    public const int MaxLexicons = 32;

    // The first words of each lexicon (a trie's own list, or a word gate's): the bit of a lexicon is its place here.
    private readonly IReadOnlyList<string>[] _lexicons;

    // Open addressing by hash, each slot's hash beside its bits (one read from memory per probe):
    // a slot is empty when its bits are 0 (every key has some bit).
    private readonly Slot[] _slots;
    private readonly int _mask;

    // Most readings of a document are no first word of any lexicon: the filter answers them
    // without a cache miss in the table.
    private readonly HashFilter _filter;

    private LexiconLayer(IReadOnlyList<string>[] lexicons)
    {
        _lexicons = lexicons;
        var byHash = new Dictionary<int, uint>();
        for (int bit = 0; bit < lexicons.Length; bit++)
        {
            foreach (string word in lexicons[bit])
            {
                int hash = KeyHash.Of(word);
                byHash[hash] = byHash.GetValueOrDefault(hash) | (1U << bit);
            }
        }

        // At most three slots in four taken, eight bytes each: a small table stays in the processor's cache.
        int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, (byHash.Count * 4 / 3) + 1));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach ((int hash, uint bits) in byHash)
        {
            int at = hash & _mask;
            while (_slots[at].Bits != 0)
            {
                at = (at + 1) & _mask;
            }

            _slots[at] = new Slot(hash, bits);
        }

        _filter = new HashFilter(byHash.Keys);
    }

    /// <summary>How many lexicons the layer holds.</summary>
    public int Count => _lexicons.Length;

    /// <summary>
    /// A layer over the tries of <paramref name="lexicons"/> (the same trie once; past
    /// <see cref="MaxLexicons"/>, the rest are left out and check their own first words).
    /// </summary>
    public static LexiconLayer Of(IEnumerable<PhraseTrie> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        return Of(lexicons, []);
    }

    /// <summary>
    /// A layer over the tries of <paramref name="lexicons"/>, then the lexicons of the word
    /// <paramref name="gates"/> (gates built from first words, such as the dates'; gates built from
    /// tries read their tries' bits). The same lexicon once; past <see cref="MaxLexicons"/>, the
    /// rest are left out and check their own first words.
    /// </summary>
    public static LexiconLayer Of(IEnumerable<PhraseTrie> lexicons, IEnumerable<PhraseStartGate> gates)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(gates);
        IReadOnlyList<string>[] firstWords =
        [
            .. lexicons.Select(t => t.FirstWords).Concat(gates.SelectMany(g => g.WordLexicons))
                .Where(w => w.Count > 0).Distinct().Take(MaxLexicons),
        ];
        return new LexiconLayer(firstWords);
    }

    /// <summary>The bit of <paramref name="trie"/> in the masks; -1 when the layer does not hold it.</summary>
    public int BitOf(PhraseTrie trie) => BitOf(trie.FirstWords);

    /// <summary>The bit of the lexicon whose first words are <paramref name="firstWords"/> (the same list); -1 when the layer does not hold it.</summary>
    public int BitOf(IReadOnlyList<string> firstWords) => Array.IndexOf(_lexicons, firstWords);

    /// <summary>The lexicons (as bits) that have a first word whose hash is <paramref name="hash"/>; 0 when none has.</summary>
    public uint StartsWith(int hash)
    {
        if (!_filter.MayContain(hash))
        {
            return 0;
        }

        for (int at = hash & _mask; ; at = (at + 1) & _mask)
        {
            Slot slot = _slots[at];
            if (slot.Bits == 0 || slot.Hash == hash)
            {
                return slot.Bits;
            }
        }
    }

    /// <summary>A slot of the table: a first word's hash and the lexicons (bits) that have a first word with it.</summary>
    private readonly record struct Slot(int Hash, uint Bits);
}
