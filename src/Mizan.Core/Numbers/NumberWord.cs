namespace Mizan.Numbers;

/// <summary>The place of a number word in the number grammar.</summary>
public enum NumberWordKind : byte
{
    /// <summary>1 to 9: واحد، اثنان، ثلاثة، ثلاث...</summary>
    Unit,

    /// <summary>The first word of 11 or 12 (أحد، إحدى، اثنا، اثني): only before عشر/عشرة.</summary>
    TeenHead,

    /// <summary>10 to 90: عشرة، عشرون، ثلاثين...</summary>
    Ten,

    /// <summary>100 to 900: مئة، مئتان، ثلاثمئة...</summary>
    Hundred,

    /// <summary>1000 and up: ألف، آلاف، مليون...</summary>
    Scale,
}

/// <summary>How a number word combines with its neighbours.</summary>
public enum NumberWordForm : byte
{
    /// <summary>No special behaviour.</summary>
    Plain,

    /// <summary>عشر/عشرة: completes a teen after a unit (ثلاثة عشر) and is 10 alone.</summary>
    TeenTail,

    /// <summary>مئة/مائة: multiplied by a unit 3-9 just before it (ثلاث مئة).</summary>
    Multiplier,

    /// <summary>A singular scale word: ألف (1000 alone, or multiplies the number before it).</summary>
    Singular,

    /// <summary>A dual scale word: ألفان (twice the scale alone; never after a number).</summary>
    Dual,

    /// <summary>A plural scale word: آلاف (only after a number: ثلاثة آلاف).</summary>
    Plural,
}

/// <summary>A number word of <c>data/ar/numbers.tsv</c>.</summary>
/// <param name="Word">The word as written in the lexicon.</param>
/// <param name="Value">Value of the word; for a scale word, the multiplier (ألفان: 1000).</param>
/// <param name="Kind">Its place in the number grammar.</param>
/// <param name="Form">How it combines with its neighbours.</param>
/// <param name="TakesArticle">Whether the word with the article still counts (الثلاثة).</param>
public sealed record NumberWord(string Word, long Value, NumberWordKind Kind, NumberWordForm Form, bool TakesArticle) : NumberLexeme
{
    /// <summary>The value of the word standing alone (ألفان: 2000).</summary>
    public long StandaloneValue => Form == NumberWordForm.Dual ? 2 * Value : Value;
}
