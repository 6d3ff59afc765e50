namespace Mizan.Numbers;

/// <summary>Where a modifier stands relative to its number.</summary>
public enum ModifierPosition : byte
{
    /// <summary>Before the number: أكثر من 20.</summary>
    Before,

    /// <summary>After the number or its counted noun: 20 على الأقل، ثمانية إرهابيين على الأقل.</summary>
    After,
}

/// <summary>How a modifier bounds its number.</summary>
public enum NumberBound : byte
{
    /// <summary>Low is the number, High is open.</summary>
    AtLeast,

    /// <summary>Low is 0, High is the number.</summary>
    AtMost,

    /// <summary>Low and High are the number.</summary>
    Approximate,

    /// <summary>A first number, و, a second number: Low and High.</summary>
    Range,
}

/// <summary>A modifier of <c>data/ar/number-modifiers.tsv</c>.</summary>
/// <param name="Phrase">The phrase as written in the lexicon.</param>
/// <param name="Position">Before or after the number.</param>
/// <param name="Bound">How it bounds the number.</param>
public sealed record NumberModifier(string Phrase, ModifierPosition Position, NumberBound Bound) : NumberLexeme;
