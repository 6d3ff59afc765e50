namespace Mizan.Lexicons;

/// <summary>
/// A small Bloom filter over <see cref="KeyHash"/> values: "may contain" is false only for a hash
/// that was never added. Sixteen bits and two probes per key leave about one false "may" in
/// seventy, and keep the table a few kilobytes, small enough to stay in the processor's cache
/// while a document is read. Immutable once built.
/// </summary>
internal sealed class HashFilter
{
    private const int BitsPerKey = 16;

    private readonly ulong[] _bits;
    private readonly int _shift;

    /// <summary>A filter over <paramref name="hashes"/>.</summary>
    public HashFilter(IReadOnlyCollection<int> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        int bits = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, hashes.Count * BitsPerKey));
        _bits = new ulong[bits / 64];
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)bits);
        foreach (int hash in hashes)
        {
            Set(First(hash));
            Set(Second(hash));
        }
    }

    /// <summary>False when <paramref name="hash"/> was certainly not added.</summary>
    public bool MayContain(int hash) => Get(First(hash)) && Get(Second(hash));

    /// <summary>False when none of <paramref name="hashes"/> was added.</summary>
    public bool MayContainAny(ReadOnlySpan<int> hashes)
    {
        foreach (int hash in hashes)
        {
            if (MayContain(hash))
            {
                return true;
            }
        }

        return false;
    }

    // Two bit positions from the high bits of two multiplications of the hash (the tables of the
    // phrase index use its low bits).
    private int First(int hash) => (int)(((uint)hash * 0x9E3779B1u) >> _shift);

    private int Second(int hash) => (int)(((uint)hash * 0x85EBCA77u + 0x165667B1u) >> _shift);

    private bool Get(int bit) => (_bits[bit >> 6] & (1UL << bit)) != 0;

    private void Set(int bit) => _bits[bit >> 6] |= 1UL << bit;
}
