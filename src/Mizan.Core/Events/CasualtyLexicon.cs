using Mizan.Languages;
using Mizan.Lexicons;

namespace Mizan.Events;

/// <summary>The role of a casualty word (see <c>data/ar/casualty-words.tsv</c>).</summary>
internal enum CasualtyRole : byte
{
    Person,
    ZeroKilled,
    ZeroInjured,
    ZeroAny,
    Losses,
    Side,
    Forces,
    Capture,
}

/// <summary>Casualty words: singular person nouns, "no losses" phrases, loss words and side prepositions.</summary>
public sealed class CasualtyLexicon
{
    internal CasualtyLexicon(PhraseIndex<CasualtyRole> words)
    {
        Words = words ?? throw new ArgumentNullException(nameof(words));
    }

    internal PhraseIndex<CasualtyRole> Words { get; }

    /// <summary>Loads <c>data/&lt;code&gt;/casualty-words.tsv</c> of <paramref name="language"/>.</summary>
    public static CasualtyLexicon Load(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        TsvTable table = language.Table("casualty-words.tsv", "phrase", "role");
        return new CasualtyLexicon(PhraseIndex<CasualtyRole>.Build(
            table.Rows.SelectMany(r =>
            {
                CasualtyRole role = r.Enum<CasualtyRole>("role");
                return r.List("phrase").Select(p => new KeyValuePair<string, CasualtyRole>(p, role));
            }),
            language));
    }
}
