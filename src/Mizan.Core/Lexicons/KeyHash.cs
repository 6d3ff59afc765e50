namespace Mizan.Lexicons;

/// <summary>
/// A fast, deterministic hash of a short key (a word in key form), for the lexicon tables. The
/// same characters always give the same hash, in every process.
/// </summary>
internal static class KeyHash
{
    private const uint Seed = 2166136261;

    /// <summary>FNV-1a over the UTF-16 code units, then a final mix so that the low bits spread well.</summary>
    public static int Of(ReadOnlySpan<char> key) => Finish(Add(Seed, key));

    /// <summary>The hash of <paramref name="first"/> followed by <paramref name="rest"/>, without joining them.</summary>
    public static int Of(char first, ReadOnlySpan<char> rest) => Finish(Add((Seed ^ first) * 16777619, rest));

    private static uint Add(uint hash, ReadOnlySpan<char> key)
    {
        foreach (char c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    private static int Finish(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        return (int)hash;
    }
}
