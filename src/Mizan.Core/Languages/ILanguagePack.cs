using Mizan.Lexicons;
using Mizan.Text;

namespace Mizan.Languages;

/// <summary>
/// Everything the engine knows of one language: how its text is keyed (the normaliser, with the map
/// back to the original), how its words are built (<see cref="Morphology"/>: clitic readings,
/// definiteness, the future prefix), how its verbs are conjugated, and where its data are
/// (<c>data/&lt;code&gt;/</c>, compiled in). The document, the lexicons and the recognisers take a pack
/// and never call a language's own classes. Implementations are immutable and thread-safe.
/// </summary>
/// <remarks>
/// A pack is a folder of data plus one small class: see <c>docs/architecture.md</c>, "Adding a
/// language". Arabic (<see cref="Arabic.ArabicLanguagePack"/>) is the one pack for now.
/// </remarks>
public interface ILanguagePack
{
    /// <summary>The ISO 639-1 code; the pack's data are under <c>data/&lt;code&gt;/</c> (<c>ar</c>).</summary>
    string Code { get; }

    /// <summary>How words are built: clitics, the article, the letters of particles.</summary>
    IMorphology Morphology { get; }

    /// <summary>The small words and marks the recognisers compare by role (<c>data/&lt;code&gt;/small-words.tsv</c>).</summary>
    LanguageWords Words { get; }

    /// <summary>The matching key of a text with a map from every key position back to the original.</summary>
    NormalizedText Normalize(string text);

    /// <summary>The matching key of a short string (a lexicon entry, a query), without a map.</summary>
    string Key(string text);

    /// <summary>Folds one character as the key would; <c>null</c> when the key drops it.</summary>
    char? Fold(char c);

    /// <summary>
    /// The surface forms of one <c>forms</c> cell of a lexicon with their tense: a verb written as
    /// the language's pair (Arabic <c>past:present</c>) gives its conjugations; any other form comes
    /// back as written with <see cref="VerbTense.None"/>.
    /// </summary>
    /// <exception cref="FormatException">The pair is malformed.</exception>
    IEnumerable<VerbForm> Conjugate(string form);

    /// <summary>The tense of a verb form listed as written (not conjugated by <see cref="Conjugate"/>).</summary>
    VerbTense TenseOf(string form);

    /// <summary>Opens one of the pack's resources as text.</summary>
    /// <param name="name">The file name under the pack's data folder, e.g. <c>numbers.tsv</c>.</param>
    TextReader OpenText(string name);
}
