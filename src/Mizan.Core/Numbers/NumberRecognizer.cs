using System.Collections.Immutable;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Numbers;

/// <summary>
/// Finds numbers and amounts in a tokenised text: digits in any script, number words in both
/// genders and cases (with their compounds and a clitic on the first word), digits with scale
/// words (3 آلاف، 1.5 مليون), dual nouns (جنديين), vague amounts (عدة، عشرات، مئات الآلاف),
/// modifiers that bound them (أكثر من، ما لا يقل عن، على الأقل، نحو، بين ... و...), units that
/// make a measure of them (كيلومترا، ساعة، بالمئة، دولار) and the counted noun after them.
/// Calendar numbers (عام 2018، 30/5/2018، 2 من الشهر، الساعة 10) are left to the date recogniser.
/// Immutable and thread-safe; scanning allocates only the mentions it returns.
/// </summary>
public sealed class NumberRecognizer
{
    /// <summary>Builds a recogniser over a lexicon (<see cref="NumberLexicon.Load(Mizan.Languages.ILanguagePack)"/>).</summary>
    public NumberRecognizer(NumberLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
    }

    /// <summary>The language data the recogniser reads with.</summary>
    public NumberLexicon Lexicon { get; }

    /// <summary>
    /// The number mentions of a text, in text order; their token ranges never overlap and
    /// their spans point into <see cref="NormalizedText.Original"/>.
    /// </summary>
    public ImmutableArray<NumberMention> Recognize(NormalizedText text, ImmutableArray<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.IsDefaultOrEmpty)
        {
            return [];
        }

        var scanner = new NumberScanner(Lexicon, text, tokens);
        var mentions = ImmutableArray.CreateBuilder<NumberMention>();
        int i = 0;
        while (i < tokens.Length)
        {
            int next = scanner.At(i, out NumberMention? mention);
            if (mention is not null)
            {
                mentions.Add(mention);
            }

            i = Math.Max(next, i + 1);
        }

        return mentions.ToImmutable();
    }
}
