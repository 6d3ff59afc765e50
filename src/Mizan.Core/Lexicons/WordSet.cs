using System.Collections.Frozen;

namespace Mizan.Lexicons;

/// <summary>
/// A set of single-word keys, looked up by span, that answers most words of a text without a
/// lookup: a word is looked for in the set only when some key has its length and ends in a
/// character with the same low byte (Arabic letters differ in it). A recogniser asks such a set
/// about every word of a document, and almost every answer is no; a frozen set compares the word
/// with every key of its length first. Exact: <see cref="Contains"/> is the set's answer.
/// Immutable and thread-safe.
/// </summary>
internal sealed class WordSet
{
    // Lengths of 63 characters and more share the last bit.
    private const int LongLength = 63;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    // Bit n: some key has n characters (n < 63), or 63 and more.
    private readonly ulong _lengths;

    // Bit b of 256: some key ends in a character whose low byte is b.
    private readonly ulong[] _endings = new ulong[4];

    /// <summary>A set of <paramref name="keys"/> (ordinal).</summary>
    public WordSet(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        FrozenSet<string> words = keys.ToFrozenSet(StringComparer.Ordinal);
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string word in words)
        {
            _lengths |= 1UL << Math.Min(word.Length, LongLength);
            if (word.Length > 0)
            {
                int ending = word[^1] & 0xFF;
                _endings[ending >> 6] |= 1UL << ending;
            }
        }

        Count = words.Count;
    }

    /// <summary>Number of keys.</summary>
    public int Count { get; }

    /// <summary>Whether <paramref name="word"/> is one of the keys.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((_lengths & (1UL << Math.Min(word.Length, LongLength))) == 0)
        {
            return false;
        }

        if (word.Length > 0)
        {
            int ending = word[^1] & 0xFF;
            if ((_endings[ending >> 6] & (1UL << ending)) == 0)
            {
                return false;
            }
        }

        return _words.Contains(word);
    }
}
