using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Mizan.Languages;
using Mizan.Lexicons;

namespace Mizan.Numbers;

/// <summary>
/// The language data of the number recogniser: number words, modifiers, vague amounts, units,
/// dual nouns and context words, each from a TSV file under the language pack's data folder (<c>data/ar/</c>), with the indexes
/// the recogniser scans with. Immutable and thread-safe; load it once.
/// </summary>
public sealed class NumberLexicon
{
    /// <summary>Resource of the number words.</summary>
    public const string NumbersResource = "numbers.tsv";

    /// <summary>Resource of the modifiers (أكثر من، على الأقل...).</summary>
    public const string ModifiersResource = "number-modifiers.tsv";

    /// <summary>Resource of the vague amounts (عدة، عشرات...).</summary>
    public const string VagueAmountsResource = "vague-amounts.tsv";

    /// <summary>Resource of the units of measure.</summary>
    public const string UnitsResource = "units.tsv";

    /// <summary>Resource of the dual nouns.</summary>
    public const string DualNounsResource = "dual-nouns.tsv";

    /// <summary>Resource of the context words.</summary>
    public const string ContextResource = "number-context.tsv";

    private readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    private NumberLexicon(
        ILanguagePack language,
        ImmutableArray<NumberWord> words,
        ImmutableArray<NumberModifier> modifiers,
        ImmutableArray<VagueAmount> vagueAmounts,
        ImmutableArray<UnitWord> units,
        ImmutableArray<DualNoun> duals,
        ImmutableArray<NumberContextWord> context,
        FrozenDictionary<string, NumberWord> wordsByKey)
    {
        Words = words;
        Modifiers = modifiers;
        VagueAmounts = vagueAmounts;
        Units = units;
        Duals = duals;
        Context = context;
        _wordLookup = wordsByKey.GetAlternateLookup<ReadOnlySpan<char>>();

        var starts = new List<KeyValuePair<string, NumberLexeme>>();
        starts.AddRange(words.Select(w => new KeyValuePair<string, NumberLexeme>(w.Word, w)));
        starts.AddRange(modifiers.Where(m => m.Position == ModifierPosition.Before).Select(m => new KeyValuePair<string, NumberLexeme>(m.Phrase, m)));
        starts.AddRange(vagueAmounts.Select(v => new KeyValuePair<string, NumberLexeme>(v.Phrase, v)));
        starts.AddRange(duals.Select(d => new KeyValuePair<string, NumberLexeme>(d.Dual, d)));
        StartIndex = PhraseIndex<NumberLexeme>.Build(starts, language);
        StartGate = new FirstWordGate(language, starts.Select(kv => kv.Key));
        AfterIndex = PhraseIndex<NumberModifier>.Build(
            modifiers.Where(m => m.Position == ModifierPosition.After).Select(m => new KeyValuePair<string, NumberModifier>(m.Phrase, m)),
            language);
        UnitIndex = PhraseIndex<UnitWord>.Build(
            units.Where(u => !IsSymbol(u.Phrase)).Select(u => new KeyValuePair<string, UnitWord>(u.Phrase, u)),
            language);
        SymbolUnits = units.Where(u => IsSymbol(u.Phrase))
            .GroupBy(u => language.Key(u.Phrase)[0])
            .ToFrozenDictionary(g => g.Key, g => g.First());
        ContextIndex = PhraseIndex<NumberContextWord>.Build(context.Select(c => new KeyValuePair<string, NumberContextWord>(c.Phrase, c)), language);
        AfterGate = new FirstWordGate(language, modifiers.Where(m => m.Position == ModifierPosition.After).Select(m => m.Phrase));
        UnitGate = new FirstWordGate(language, units.Where(u => !IsSymbol(u.Phrase)).Select(u => u.Phrase));
        ContextGate = new FirstWordGate(language, context.Select(c => c.Phrase));
    }

    /// <summary>Number words (<c>numbers.tsv</c>).</summary>
    public ImmutableArray<NumberWord> Words { get; }

    /// <summary>Modifiers (<c>number-modifiers.tsv</c>).</summary>
    public ImmutableArray<NumberModifier> Modifiers { get; }

    /// <summary>Vague amounts (<c>vague-amounts.tsv</c>).</summary>
    public ImmutableArray<VagueAmount> VagueAmounts { get; }

    /// <summary>Units of measure (<c>units.tsv</c>).</summary>
    public ImmutableArray<UnitWord> Units { get; }

    /// <summary>Dual nouns (<c>dual-nouns.tsv</c>).</summary>
    public ImmutableArray<DualNoun> Duals { get; }

    /// <summary>Context words (<c>number-context.tsv</c>).</summary>
    public ImmutableArray<NumberContextWord> Context { get; }

    /// <summary>Everything that can start a number expression: number words, modifiers before a number, vague amounts, dual nouns.</summary>
    internal PhraseIndex<NumberLexeme> StartIndex { get; }

    /// <summary>Whether a word may start an entry of <see cref="StartIndex"/>.</summary>
    internal FirstWordGate StartGate { get; }

    /// <summary>Modifiers after a number (على الأقل، تقريبا، ونيف).</summary>
    internal PhraseIndex<NumberModifier> AfterIndex { get; }

    /// <summary>Whether a word may start an entry of <see cref="AfterIndex"/>.</summary>
    internal FirstWordGate AfterGate { get; }

    /// <summary>Unit words.</summary>
    internal PhraseIndex<UnitWord> UnitIndex { get; }

    /// <summary>Whether a word may start an entry of <see cref="UnitIndex"/>.</summary>
    internal FirstWordGate UnitGate { get; }

    /// <summary>Units written as one symbol (% ٪), by their key character.</summary>
    internal FrozenDictionary<char, UnitWord> SymbolUnits { get; }

    /// <summary>Context words.</summary>
    internal PhraseIndex<NumberContextWord> ContextIndex { get; }

    /// <summary>Whether a word may start an entry of <see cref="ContextIndex"/>.</summary>
    internal FirstWordGate ContextGate { get; }

    /// <summary>Loads the number lexicon of <paramref name="language"/> from its resources.</summary>
    public static NumberLexicon Load(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Load(language, language.OpenText);
    }

    /// <summary>
    /// Loads the number lexicon of <paramref name="language"/> through <paramref name="open"/>, which
    /// opens a resource by its name under the pack's data folder (see the <c>*Resource</c> constants).
    /// </summary>
    /// <exception cref="LexiconFormatException">A file is malformed; the message names file and line.</exception>
    public static NumberLexicon Load(ILanguagePack language, Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(open);
        string folder = $"data/{language.Code}/";
        TsvTable numbers = Read(open, folder, NumbersResource, "word", "value", "kind", "form", "article");
        TsvTable modifiers = Read(open, folder, ModifiersResource, "phrase", "position", "bound");
        TsvTable vague = Read(open, folder, VagueAmountsResource, "phrase", "low", "high");
        TsvTable units = Read(open, folder, UnitsResource, "phrase", "unit");
        TsvTable duals = Read(open, folder, DualNounsResource, "dual", "singular", "unit");
        TsvTable context = Read(open, folder, ContextResource, "phrase", "role");

        var words = ImmutableArray.CreateBuilder<NumberWord>();
        var byKey = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        foreach (TsvRow row in numbers.Rows)
        {
            NumberWord word = ReadWord(row);
            string key = language.Key(word.Word);
            if (key.Length == 0 || key.Contains(' ', StringComparison.Ordinal))
            {
                throw row.Error($"number word '{word.Word}' must be one word");
            }

            if (byKey.TryGetValue(key, out NumberWord? existing))
            {
                if (existing with { Word = word.Word } != word)
                {
                    throw row.Error($"'{word.Word}' has the same key as '{existing.Word}' with a different reading");
                }

                continue;
            }

            byKey.Add(key, word);
            words.Add(word);
        }

        return new NumberLexicon(
            language,
            words.ToImmutable(),
            [.. modifiers.Rows.Select(r => new NumberModifier(r.Required("phrase"), r.Enum<ModifierPosition>("position"), r.Enum<NumberBound>("bound")))],
            [.. vague.Rows.Select(ReadVague)],
            [.. units.Rows.Select(r => new UnitWord(r.Required("phrase"), r.Required("unit")))],
            [.. duals.Rows.Select(r => new DualNoun(r.Required("dual"), r.Required("singular"), Dash(r.Required("unit"))))],
            [.. context.Rows.Select(r => new NumberContextWord(r.Required("phrase"), r.Enum<NumberContextRole>("role")))],
            byKey.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The number word whose key is exactly <paramref name="key"/> (no clitics peeled).</summary>
    public bool TryGetWord(ReadOnlySpan<char> key, [NotNullWhen(true)] out NumberWord? word) => _wordLookup.TryGetValue(key, out word);

    private static TsvTable Read(Func<string, TextReader> open, string folder, string resource, params string[] columns)
    {
        using TextReader reader = open(resource);
        return TsvTable.Parse(reader, folder + resource, columns);
    }

    private static NumberWord ReadWord(TsvRow row)
    {
        string word = row.Required("word");
        long value = Long(row, "value");
        NumberWordKind kind = row.Enum<NumberWordKind>("kind");
        NumberWordForm form = row.Enum<NumberWordForm>("form");
        bool article = row.Required("article") switch
        {
            "yes" => true,
            "no" => false,
            string other => throw row.Error($"column 'article' must be yes or no, not '{other}'"),
        };
        if (value <= 0)
        {
            throw row.Error("column 'value' must be positive");
        }

        bool scaleForm = form is NumberWordForm.Singular or NumberWordForm.Dual or NumberWordForm.Plural;
        if ((kind == NumberWordKind.Scale) != scaleForm)
        {
            throw row.Error($"form '{form}' does not fit kind '{kind}' (scale words are singular, dual or plural; other words plain, teen_tail or multiplier)");
        }

        (long min, long max) = kind switch
        {
            NumberWordKind.Unit => (1L, 9L),
            NumberWordKind.TeenHead => (1L, 2L),
            NumberWordKind.Ten => (10L, 90L),
            NumberWordKind.Hundred => (100L, 900L),
            _ => (1000L, 1_000_000_000_000L),
        };
        if (value < min || value > max)
        {
            throw row.Error($"value {value} is outside {min}-{max} for kind '{kind}'");
        }

        return new NumberWord(word, value, kind, form, article);
    }

    private static VagueAmount ReadVague(TsvRow row)
    {
        long low = Long(row, "low");
        long? high = row.Required("high") == "-" ? null : Long(row, "high");
        if (low < 0 || (high is not null && high < low))
        {
            throw row.Error($"bounds {low}-{high} are not a range");
        }

        return new VagueAmount(row.Required("phrase"), low, high);
    }

    private static long Long(TsvRow row, string column)
    {
        string cell = row.Required(column);
        return long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw row.Error($"column '{column}' is not a whole number: '{cell}'");
    }

    private static string? Dash(string cell) => cell == "-" ? null : cell;

    private static bool IsSymbol(string phrase) => phrase.Length == 1 && !char.IsLetterOrDigit(phrase[0]);
}
