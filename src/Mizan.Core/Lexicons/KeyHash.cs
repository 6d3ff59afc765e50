namespace Mizan.Lexicons;

/// <summary>
/// A fast, deterministic hash of a short key (a word in key form), for the lexicon tables. The
/// same characters always give the same hash, in every process.
/// </summary>
internal static class KeyHash
{
    /// <summary>FNV-1a over the UTF-16 code units, then a final mix so that the low bits spread well.</summary>
    public static int Of(ReadOnlySpan<char> key)
    {
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        return (int)hash;
    }
}
