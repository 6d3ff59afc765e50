namespace Mizan.Morphology;

/// <summary>
/// One way of reading a word as proclitics + stem + enclitic. The stem is
/// <c>word[PrefixLength .. word.Length - SuffixLength]</c>, preceded by an alef when
/// <see cref="RestoresAlef"/> is set: in للقوات the article's alef was dropped after the
/// preposition ل, and the stem to look up is القوات.
/// </summary>
/// <param name="PrefixLength">Characters of proclitics peeled from the start.</param>
/// <param name="SuffixLength">Characters of enclitic pronoun peeled from the end.</param>
/// <param name="RestoresAlef">Whether the stem is ا + the remaining characters (ل + ال contracted to لل).</param>
/// <param name="StripsArticle">Whether the definite article ال was peeled too.</param>
public readonly record struct CliticReading(byte PrefixLength, byte SuffixLength, bool RestoresAlef, bool StripsArticle)
{
    /// <summary>The reading that peels nothing.</summary>
    public static CliticReading Whole => default;

    /// <summary>Length of the stem, restored alef included.</summary>
    public int StemLength(int wordLength) => wordLength - PrefixLength - SuffixLength + (RestoresAlef ? 1 : 0);

    /// <summary>Writes the stem into <paramref name="buffer"/> and returns it.</summary>
    public ReadOnlySpan<char> Stem(ReadOnlySpan<char> word, Span<char> buffer)
    {
        ReadOnlySpan<char> core = word[PrefixLength..(word.Length - SuffixLength)];
        if (!RestoresAlef)
        {
            return core;
        }

        buffer[0] = '\u0627';
        core.CopyTo(buffer[1..]);
        return buffer[..(core.Length + 1)];
    }

    /// <summary>How much the reading peels; readings that peel less are preferred.</summary>
    public int Cost => PrefixLength + SuffixLength + (StripsArticle ? 1 : 0);
}
