namespace Mizan.Learning;

/// <summary>
/// The index of a feature in a hashed feature space: 32-bit FNV-1a over the UTF-16 code units
/// of the feature's name, fed piece by piece so that a name is never built as a string. The same
/// name gives the same index on every machine and in every run (unlike <see cref="string.GetHashCode()"/>),
/// so weights learned by <c>mizan train</c> apply at run time.
/// </summary>
public struct FeatureHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    private uint _state;
    private bool _started;

    /// <summary>A hash that has been fed <paramref name="prefix"/>.</summary>
    public static FeatureHash Of(ReadOnlySpan<char> prefix)
    {
        var hash = default(FeatureHash);
        hash.Add(prefix);
        return hash;
    }

    /// <summary>Feeds characters.</summary>
    public void Add(ReadOnlySpan<char> chars)
    {
        uint h = _started ? _state : OffsetBasis;
        foreach (char c in chars)
        {
            h = (h ^ (byte)c) * Prime;
            h = (h ^ (byte)(c >> 8)) * Prime;
        }

        _state = h;
        _started = true;
    }

    /// <summary>Feeds one character.</summary>
    public void Add(char c)
    {
        uint h = _started ? _state : OffsetBasis;
        h = (h ^ (byte)c) * Prime;
        h = (h ^ (byte)(c >> 8)) * Prime;
        _state = h;
        _started = true;
    }

    /// <summary>The index in a space of 2^<paramref name="bits"/> features.</summary>
    public readonly int Index(int bits)
    {
        uint h = _started ? _state : OffsetBasis;

        // Fold the high bits in: FNV's low bits alone mix poorly for short names.
        h ^= h >> 16;
        h *= 0x7feb352d;
        h ^= h >> 15;
        return (int)(h & ((1u << bits) - 1));
    }
}
