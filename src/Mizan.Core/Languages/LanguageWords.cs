using System.Collections.Frozen;
using System.Collections.Immutable;
using Mizan.Lexicons;

namespace Mizan.Languages;

/// <summary>
/// The small words and marks of a language that the recognisers compare by role
/// (<c>data/&lt;code&gt;/small-words.tsv</c>), and the keys of its weekday names
/// (<c>data/&lt;code&gt;/weekdays.tsv</c>). Words are kept as written and as keys. Immutable.
/// </summary>
public sealed class LanguageWords
{
    /// <summary>The table of small words, under the pack's data folder.</summary>
    public const string Resource = "small-words.tsv";

    /// <summary>The table of weekday names, under the pack's data folder.</summary>
    public const string WeekdaysResource = "weekdays.tsv";

    private readonly ImmutableArray<string>[] _written;
    private readonly FrozenSet<string>[] _keys;
    // The same keys, for lookups by span that answer most words without a lookup.
    private readonly WordSet[] _lookups;

    private LanguageWords(ImmutableArray<string>[] written, FrozenSet<string>[] keys, FrozenSet<string> weekdays)
    {
        _written = written;
        _keys = keys;
        _lookups = [.. keys.Select(k => new WordSet(k))];
        Weekdays = weekdays;
    }

    /// <summary>The keys of the weekday names, as written in the weekday table (with the article in Arabic).</summary>
    public FrozenSet<string> Weekdays { get; }

    /// <summary>The words of a role as written in the table.</summary>
    public ImmutableArray<string> Written(WordRole role) => _written[(int)role];

    /// <summary>The keys of the words of a role.</summary>
    public FrozenSet<string> Keys(WordRole role) => _keys[(int)role];

    /// <summary>Whether a key is a word of the role.</summary>
    public bool Is(WordRole role, ReadOnlySpan<char> key) => _lookups[(int)role].Contains(key);

    /// <summary>Loads the tables of <paramref name="language"/>; every role must have a word.</summary>
    public static LanguageWords Load(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        string file = $"{language.Code}/{Resource}";
        TsvTable table;
        using (TextReader reader = language.OpenText(Resource))
        {
            table = TsvTable.Parse(reader, file, "role", "words");
        }

        int count = Enum.GetValues<WordRole>().Length;
        var written = new List<string>?[count];
        foreach (TsvRow row in table.Rows)
        {
            WordRole role = row.Enum<WordRole>("role");
            List<string> list = written[(int)role] ??= [];
            foreach (string word in row.List("words"))
            {
                if (language.Key(word).Length == 0)
                {
                    throw row.Error($"'{word}' has no key");
                }

                list.Add(word);
            }
        }

        var words = new ImmutableArray<string>[count];
        var keys = new FrozenSet<string>[count];
        for (int i = 0; i < count; i++)
        {
            words[i] = written[i] is { Count: > 0 } list
                ? [.. list]
                : throw new LexiconFormatException(file, 0, $"role '{(WordRole)i}' has no word");
            keys[i] = words[i].Select(language.Key).ToFrozenSet(StringComparer.Ordinal);
        }

        string weekdaysFile = $"{language.Code}/{WeekdaysResource}";
        using TextReader weekdays = language.OpenText(WeekdaysResource);
        FrozenSet<string> weekdayKeys = TsvTable.Parse(weekdays, weekdaysFile, "phrase", "weekday").Rows
            .SelectMany(r => r.List("phrase"))
            .Select(language.Key)
            .ToFrozenSet(StringComparer.Ordinal);
        return new LanguageWords(words, keys, weekdayKeys);
    }
}
