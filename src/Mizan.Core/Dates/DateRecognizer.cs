using System.Collections.Immutable;
using Mizan.Languages;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Dates;

/// <summary>
/// Recognises Arabic date expressions and resolves them against a reference date: weekdays
/// (الخميس الماضي), relative days (أمس، أول أمس), times of day (مساء الأحد), periods (الأسبوع
/// الماضي، الشهر الجاري، العام الفائت), parts of periods (أواخر 2014), Gregorian, Levantine,
/// Maghrebi and Hijri month names with or without day and year, numeric dates and years.
/// Immutable and thread-safe. The resolution rules are written down in <c>src/Mizan.Core/Dates/README.md</c>.
/// </summary>
public sealed class DateRecognizer
{
    private readonly DateLexicon _lexicon;

    /// <summary>A recognizer over a loaded vocabulary.</summary>
    public DateRecognizer(DateLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        Elapsed = new ElapsedDates(lexicon);
    }

    /// <summary>Days counted from a day the text names (وبعده بعشرة أيام), with the same vocabulary.</summary>
    public ElapsedDates Elapsed { get; }

    /// <summary>A recognizer over the date vocabulary of <paramref name="language"/>.</summary>
    public static DateRecognizer Create(ILanguagePack language) => new(DateLexicon.Load(language));

    /// <summary>
    /// The date expressions of a tokenised text, in text order and without overlaps. With
    /// <paramref name="reference"/> null, relative expressions are returned unresolved
    /// (Start, End and Precision null); absolute ones (عام 2005، 30/5/2018) are resolved anyway.
    /// </summary>
    public ImmutableArray<DateMention> Recognize(NormalizedText text, ImmutableArray<Token> tokens, DateOnly? reference) =>
        Parse(text, tokens, reference is { } day ? DateReference.On(day) : null);

    /// <summary>
    /// The date expressions of a tokenised text, in text order and without overlaps, resolved
    /// against a news day and a publication day (<see cref="DateReference"/>).
    /// </summary>
    public ImmutableArray<DateMention> Recognize(NormalizedText text, ImmutableArray<Token> tokens, DateReference reference) =>
        Parse(text, tokens, reference);

    private ImmutableArray<DateMention> Parse(NormalizedText text, ImmutableArray<Token> tokens, DateReference? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.IsDefaultOrEmpty)
        {
            return [];
        }

        return new DateExpressionParser(_lexicon, text, tokens, reference).Parse();
    }

    /// <summary>Normalises and tokenises <paramref name="text"/>, then recognises its dates.</summary>
    public ImmutableArray<DateMention> Recognize(string text, DateOnly? reference)
    {
        NormalizedText normalized = _lexicon.Language.Normalize(text);
        return Recognize(normalized, Tokenizer.Tokenize(normalized), reference);
    }

    /// <summary>Normalises and tokenises <paramref name="text"/>, then recognises its dates against a news day and a publication day.</summary>
    public ImmutableArray<DateMention> Recognize(string text, DateReference reference)
    {
        NormalizedText normalized = _lexicon.Language.Normalize(text);
        return Recognize(normalized, Tokenizer.Tokenize(normalized), reference);
    }
}
