using Mizan.Text;

namespace Mizan.Tokenization;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>A run of Arabic letters.</summary>
    Arabic,

    /// <summary>A run of letters of another script (Latin, mostly).</summary>
    Latin,

    /// <summary>Digits, possibly with thousands or decimal separators between them (1,000; 3.5; ١٬٠٠٠).</summary>
    Number,

    /// <summary>A quotation mark: « » " “ ” ' ‘ ’.</summary>
    Quote,

    /// <summary>An opening or closing parenthesis or bracket.</summary>
    Bracket,

    /// <summary>Any other punctuation or symbol, one character per token.</summary>
    Punctuation,
}

/// <summary>
/// A token: its span in the matching key (<see cref="NormalizedText.Key"/>) and in the
/// original text. Tokens never overlap and never leave the text.
/// </summary>
/// <param name="Key">Span in the key string.</param>
/// <param name="Span">Span in the original text.</param>
/// <param name="Kind">What the token is made of.</param>
/// <param name="SpaceBefore">Whether whitespace separates it from the previous token.</param>
public readonly record struct Token(TextSpan Key, TextSpan Span, TokenKind Kind, bool SpaceBefore)
{
    public bool IsWord => Kind is TokenKind.Arabic or TokenKind.Latin;
}

/// <summary>A sentence: its original span and the half-open range of its tokens.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}
