using System.Numerics;

namespace Mizan.Lexicons;

/// <summary>
/// A fast, deterministic hash of a short key (a word in key form), for the lexicon tables. The
/// same characters always give the same hash, in every process.
/// </summary>
/// <remarks>
/// Every reading of every word of a document is hashed once (<see cref="TokenReadings"/>), so the
/// hash reads four characters per step (a character-at-a-time hash waits on one multiplication
/// per character), then mixes the state so that the low bits, which index the tables, spread well.
/// </remarks>
internal static class KeyHash
{
    private const ulong Seed = 0x9E3779B97F4A7C15;
    private const ulong Multiplier = 0xFF51AFD7ED558CCD;

    /// <summary>The hash of <paramref name="key"/>.</summary>
    public static int Of(ReadOnlySpan<char> key)
    {
        ulong hash = Seed ^ (ulong)key.Length;
        int i = 0;
        for (; i + 4 <= key.Length; i += 4)
        {
            hash = Step(hash, Block(key[i], key[i + 1], key[i + 2], key[i + 3]));
        }

        int rest = key.Length - i;
        if (rest > 0)
        {
            hash = Step(hash, Block(key[i], rest > 1 ? key[i + 1] : '\0', rest > 2 ? key[i + 2] : '\0', '\0'));
        }

        return Finish(hash);
    }

    /// <summary>The hash of <paramref name="first"/> followed by <paramref name="rest"/>, without joining them.</summary>
    public static int Of(char first, ReadOnlySpan<char> rest)
    {
        int length = rest.Length + 1;
        ulong hash = Seed ^ (ulong)length;
        for (int i = 0; i < length; i += 4)
        {
            hash = Step(hash, Block(At(first, rest, i), At(first, rest, i + 1), At(first, rest, i + 2), At(first, rest, i + 3)));
        }

        return Finish(hash);
    }

    /// <summary>Character <paramref name="k"/> of <paramref name="first"/> followed by <paramref name="rest"/>; \0 past the end.</summary>
    private static char At(char first, ReadOnlySpan<char> rest, int k) => k == 0 ? first : k - 1 < rest.Length ? rest[k - 1] : '\0';

    private static ulong Block(char a, char b, char c, char d) => a | ((ulong)b << 16) | ((ulong)c << 32) | ((ulong)d << 48);

    private static ulong Step(ulong hash, ulong block) => BitOperations.RotateLeft((hash ^ block) * Multiplier, 31);

    private static int Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53;
        hash ^= hash >> 33;
        return (int)hash;
    }
}
