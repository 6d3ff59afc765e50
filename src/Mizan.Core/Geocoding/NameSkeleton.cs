using System.Numerics;

namespace Mizan.Geocoding;

/// <summary>
/// What the Arabic and the Latin spellings of a name both write: its consonants as classes, and
/// per gap (before the first consonant, between two, after the last) whether a vowel is written
/// and whether it is long. ناروال and Narowal both read <c>nrl</c> with a long vowel in the first
/// two gaps; Arabic writes only long vowels, Latin writes short ones too.
/// </summary>
/// <param name="Consonants">The consonant classes in order.</param>
/// <param name="Vowels">Bit <c>i</c>: gap <c>i</c> holds a vowel.</param>
/// <param name="Long">Bit <c>i</c>: gap <c>i</c> holds a long vowel (Arabic ا و ي; Latin two vowel letters or a macron).</param>
internal readonly record struct NameSkeleton(string Consonants, ulong Vowels, ulong Long)
{
    /// <summary>How many gaps hold a long vowel.</summary>
    public int LongGaps => BitOperations.PopCount(Long);

    /// <summary>
    /// Whether this Arabic skeleton and a Latin one spell one name: the same consonants, a vowel in
    /// the Latin name wherever the Arabic writes a long one, a long Arabic vowel wherever the
    /// Latin name writes a long one, and a first vowel in both or in neither (Arabic writes a
    /// word's first vowel with its alef: أورانج, not رانج, is Orange).
    /// </summary>
    public bool Spells(NameSkeleton latin) =>
        string.Equals(Consonants, latin.Consonants, StringComparison.Ordinal)
        && (Long & ~latin.Vowels) == 0
        && (latin.Long & ~Long) == 0
        && (latin.Vowels & 1) == (Long & 1);
}
