using System.Collections.Immutable;
using Mizan.Text;

namespace Mizan.Tokenization;

/// <summary>
/// Splits a normalised text into tokens and sentences in one pass over the key, with
/// spans into both the key and the original.
/// </summary>
/// <remarks>
/// Tokens: runs of Arabic letters, runs of other letters, numbers (digits with ',' or '.'
/// between digits), quotation marks, brackets, and single punctuation characters. The marks of
/// an Arabic hashtag (#الحديدة، #ميليشيات_الحوثي) are no tokens: its words are read as words.
/// Sentences end after . ! ? ؟ … (and any closing quotes or brackets right after them)
/// when the next token is separated by whitespace, and at every line break. A one-letter
/// word before a full stop (an initial, "د.") does not end a sentence. A run of text with no
/// sentence end is cut after <see cref="MaxSentenceTokens"/> tokens (at its last comma, semicolon
/// or colon in the second half of that window, else where the bound falls), so that the work of
/// every later stage per sentence is bounded and a text without full stops costs what a text with
/// them costs.
/// </remarks>
public static class Tokenizer
{
    /// <summary>
    /// The most tokens a sentence holds. One sentence in 10,000 of the news corpus has more than
    /// 120 words; text beyond the bound is a run-on (a list, a transcript, a text without full stops).
    /// </summary>
    public const int MaxSentenceTokens = 200;

    /// <summary>Tokenises a text; spans are ordered, disjoint and inside the text.</summary>
    public static ImmutableArray<Token> Tokenize(NormalizedText text) => Segment(text).Tokens;

    /// <summary>Tokenises a text and splits it into sentences.</summary>
    public static (ImmutableArray<Token> Tokens, ImmutableArray<Sentence> Sentences) Segment(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string key = text.Key;

        // Tokens and sentences are gathered in pooled buffers, then copied once at their exact size.
        var tokens = new PooledList<Token>(Math.Max(16, key.Length / 4));
        var sentences = new PooledList<Sentence>(16);
        try
        {
            int sentenceStart = 0; // token index
            int softBreak = -1; // token index of the sentence's last comma, semicolon or colon
            bool pendingEnd = false; // a terminal mark was seen; end at the next whitespace gap
            bool space = true;
            int i = 0;
            while (i < key.Length)
            {
                char c = key[i];

                // An Arabic letter is never white space: most tokens start with one, and the Unicode
                // lookup of char.IsWhiteSpace beyond Latin-1 costs more than the range check.
                if ((c < '\u0621' || !IsArabicLetter(c)) && char.IsWhiteSpace(c))
                {
                    if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
                    {
                        CloseSentence(ref tokens, ref sentences, ref sentenceStart);
                        pendingEnd = false;
                    }
                    else if (pendingEnd)
                    {
                        CloseSentence(ref tokens, ref sentences, ref sentenceStart);
                        pendingEnd = false;
                    }

                    space = true;
                    i++;
                    continue;
                }

                // #ميليشيات_الحوثي، #الولايات_المتحدة: the words of a hashtag are joined by underscores; read them as words.
                if (c == '_' && i > 0 && IsArabicLetter(key[i - 1]) && i + 1 < key.Length && IsArabicLetter(key[i + 1]))
                {
                    space = true;
                    i++;
                    continue;
                }

                // The mark of a hashtag is no word between the words it stands among (محافظة #صعدة، جراء #الفيضانات):
                // the word after it is read as written without it (a date reader asks the key whether a word was tagged).
                if (c == '#' && i + 1 < key.Length && IsArabicLetter(key[i + 1]))
                {
                    i++;
                    continue;
                }

                int start = i;
                TokenKind kind;
                if (IsArabicLetter(c))
                {
                    while (i < key.Length && IsArabicLetter(key[i]))
                    {
                        i++;
                    }

                    kind = TokenKind.Arabic;
                }
                else if (IsAsciiDigit(c))
                {
                    i++;
                    while (i < key.Length)
                    {
                        if (IsAsciiDigit(key[i]))
                        {
                            i++;
                        }
                        else if ((key[i] == ',' || key[i] == '.') && i + 1 < key.Length && IsAsciiDigit(key[i + 1]))
                        {
                            i += 2;
                        }
                        else
                        {
                            break;
                        }
                    }

                    kind = TokenKind.Number;
                }
                else if (char.IsLetter(c) || char.IsSurrogate(c))
                {
                    while (i < key.Length && (char.IsLetter(key[i]) || IsCombining(key[i]) || char.IsSurrogate(key[i])) && !IsArabicLetter(key[i]))
                    {
                        i++;
                    }

                    if (i == start)
                    {
                        i++;
                    }

                    kind = TokenKind.Latin;
                }
                else
                {
                    i++;
                    while (i < key.Length && IsCombining(key[i]))
                    {
                        i++; // keep stray marks with the character they decorate
                    }

                    kind = ClassifyPunctuation(c);
                }

                if (pendingEnd && !IsClosing(kind, c))
                {
                    // A terminal mark followed directly by more text ("3.5" is a number; "a.b" stays one sentence).
                    pendingEnd = false;
                }

                if (tokens.Count - sentenceStart >= MaxSentenceTokens)
                {
                    // A run-on: cut at its last soft break in the second half of the window, else here.
                    int end = softBreak >= sentenceStart + (MaxSentenceTokens / 2) ? softBreak + 1 : tokens.Count;
                    CloseSentenceAt(end, ref tokens, ref sentences, ref sentenceStart);
                }

                var keySpan = new TextSpan(start, i);
                tokens.Add(new Token(keySpan, text.ToOriginal(keySpan), kind, space));
                space = false;
                if (kind == TokenKind.Punctuation && IsTerminal(c) && !IsInitial(tokens.Items, key))
                {
                    pendingEnd = true;
                }
                else if (kind == TokenKind.Punctuation && IsSoftBreak(c))
                {
                    softBreak = tokens.Count - 1;
                }
            }

            CloseSentence(ref tokens, ref sentences, ref sentenceStart);
            return (ImmutableArray.Create(tokens.Items), ImmutableArray.Create(sentences.Items));
        }
        finally
        {
            tokens.Dispose();
            sentences.Dispose();
        }
    }

    /// <summary>Whether a key character is an Arabic letter (tokens are runs of these).</summary>
    public static bool IsArabicLetter(char c) =>
        (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5'
        || (c >= '\u06FA' && c <= '\u06FC') || c == '\u06FF' || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\u08A0' && c <= '\u08C9') || (c >= '\uFB50' && c <= '\uFDFB') || (c >= '\uFE70' && c <= '\uFEFC');

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    private static bool IsCombining(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u061F' or '\u2026' or '\u06D4';

    private static bool IsSoftBreak(char c) => c is ',' or ';' or ':' or '\u060C' or '\u061B';

    private static bool IsClosing(TokenKind kind, char c) =>
        kind is TokenKind.Quote or TokenKind.Bracket ? c is not ('(' or '[' or '{' or '\u00AB') : kind == TokenKind.Punctuation && IsTerminal(c);

    private static bool IsInitial(ReadOnlySpan<Token> tokens, string key)
    {
        // "د. محمد": a one-letter word right before the full stop is an abbreviation.
        if (tokens.Length < 2)
        {
            return false;
        }

        Token mark = tokens[^1];
        Token previous = tokens[^2];
        return key[mark.Key.Start] == '.' && previous.IsWord && previous.Key.Length == 1 && !mark.SpaceBefore;
    }

    private static TokenKind ClassifyPunctuation(char c) => c switch
    {
        '"' or '\'' or '\u00AB' or '\u00BB' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u2039' or '\u203A' => TokenKind.Quote,
        '(' or ')' or '[' or ']' or '{' or '}' or '\uFD3E' or '\uFD3F' => TokenKind.Bracket,
        _ => TokenKind.Punctuation,
    };

    private static void CloseSentence(ref PooledList<Token> tokens, ref PooledList<Sentence> sentences, ref int sentenceStart)
    {
        if (tokens.Count > sentenceStart)
        {
            var span = new TextSpan(tokens.Items[sentenceStart].Span.Start, tokens.Items[^1].Span.End);
            sentences.Add(new Sentence(span, sentenceStart, tokens.Count));
            sentenceStart = tokens.Count;
        }
    }

    private static void CloseSentenceAt(int end, ref PooledList<Token> tokens, ref PooledList<Sentence> sentences, ref int sentenceStart)
    {
        var span = new TextSpan(tokens.Items[sentenceStart].Span.Start, tokens.Items[end - 1].Span.End);
        sentences.Add(new Sentence(span, sentenceStart, end));
        sentenceStart = end;
    }
}
