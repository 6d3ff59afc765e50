using Mizan.Lexicons;
using Mizan.Resources;

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
}

/// <summary>Casualty words: singular person nouns, "no losses" phrases, loss words and side prepositions.</summary>
public sealed class CasualtyLexicon
{
    internal CasualtyLexicon(PhraseIndex<CasualtyRole> words)
    {
        Words = words ?? throw new ArgumentNullException(nameof(words));
    }

    internal PhraseIndex<CasualtyRole> Words { get; }

    /// <summary>Loads <c>data/ar/casualty-words.tsv</c>.</summary>
    public static CasualtyLexicon LoadEmbedded()
    {
        using TextReader reader = EmbeddedData.OpenText("ar/casualty-words.tsv");
        TsvTable table = TsvTable.Parse(reader, "ar/casualty-words.tsv", "phrase", "role");
        return new CasualtyLexicon(PhraseIndex<CasualtyRole>.Build(table.Rows.SelectMany(r =>
        {
            CasualtyRole role = r.Enum<CasualtyRole>("role");
            return r.List("phrase").Select(p => new KeyValuePair<string, CasualtyRole>(p, role));
        })));
    }
}
