using Mizan.Languages;
using Mizan.Lexicons;

namespace Mizan.Events;

/// <summary>A slot of a trigger frame that a word before the actor marks (see <c>data/ar/frame-prepositions.tsv</c>).</summary>
internal enum ArgumentSlot : byte
{
    /// <summary>The first of the two sides of a clash (اشتباكات بين X و Y).</summary>
    ClashPair,

    /// <summary>The other side of a clash (X مع Y).</summary>
    ClashOther,

    /// <summary>Who killed or wounded the victims of a death or wound word (بنيران، على يد).</summary>
    VictimsAgent,

    /// <summary>Whom a protest or a flight is against or in front of (ضد، أمام).</summary>
    ProtestTarget,

    /// <summary>The other party of a meeting, visit, mediation, accusation, request or threat (مع، ب).</summary>
    ExchangeOther,

    /// <summary>The target of an attack verb that is not its object (على، ضد).</summary>
    VerbTarget,

    /// <summary>The agent of an attack noun (ل، من قبل، نفذه).</summary>
    NounAgent,

    /// <summary>The target of an attack noun (على، استهدفت).</summary>
    NounVictim,
}

/// <summary>
/// The words before an actor that give it its role, per argument slot, with how far after the
/// trigger they are looked for (<c>data/ar/frame-prepositions.tsv</c>). Words are matching keys.
/// </summary>
internal sealed class FramePrepositions
{
    private const string Resource = "frame-prepositions.tsv";

    private readonly string[][] _words;
    private readonly int[] _reach;

    private FramePrepositions(string[][] words, int[] reach)
    {
        _words = words;
        _reach = reach;
    }

    /// <summary>The words of a slot, in the order they are tried, as matching keys.</summary>
    public string[] Words(ArgumentSlot slot) => _words[(int)slot];

    /// <summary>How many tokens after the trigger the words of a slot are looked for.</summary>
    public int Reach(ArgumentSlot slot) => _reach[(int)slot];

    /// <summary>Loads <c>data/&lt;code&gt;/frame-prepositions.tsv</c> of <paramref name="language"/>.</summary>
    public static FramePrepositions Load(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Parse(language.Table(Resource, "slot", "words", "reach"), $"{language.Code}/{Resource}", language);
    }

    /// <summary>Reads the table: one row per slot, every slot once, at least one word and a positive reach.</summary>
    public static FramePrepositions Parse(TsvTable table, string file, ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(language);
        int count = Enum.GetValues<ArgumentSlot>().Length;
        var words = new string[count][];
        int[] reach = new int[count];
        foreach (TsvRow row in table.Rows)
        {
            ArgumentSlot slot = row.Enum<ArgumentSlot>("slot");
            if (words[(int)slot] is not null)
            {
                throw row.Error($"slot '{row.Required("slot")}' is given twice");
            }

            string[] keys = [.. row.List("words").Select(language.Key)];
            if (keys.Length == 0 || Array.Exists(keys, static k => k.Length == 0))
            {
                throw row.Error("column 'words' must list at least one word");
            }

            int r = row.Int("reach");
            if (r < 1)
            {
                throw row.Error($"column 'reach' must be at least 1, not {r}");
            }

            words[(int)slot] = keys;
            reach[(int)slot] = r;
        }

        for (int i = 0; i < count; i++)
        {
            if (words[i] is null)
            {
                throw new LexiconFormatException(file, 0, $"slot '{(ArgumentSlot)i}' has no row");
            }
        }

        return new FramePrepositions(words, reach);
    }
}
