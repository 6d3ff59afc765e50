using Mizan.Languages;
using Mizan.Lexicons;

namespace Mizan.Entities;

/// <summary>
/// When a nationality noun names people (أصيب 18 فلسطينيا، مقتل فلسطيني): right after a number or
/// after one of the language's words of harm or arrest; and the generic entry such people are
/// (civilians of that country).
/// </summary>
internal sealed class NationalsAsPeople
{
    private readonly WordSet _after;

    public NationalsAsPeople(IEnumerable<string> afterKeys, GenericEntry people)
    {
        ArgumentNullException.ThrowIfNull(afterKeys);
        People = people ?? throw new ArgumentNullException(nameof(people));
        _after = new WordSet(afterKeys);
    }

    /// <summary>The generic entry the people are, qualified by their country.</summary>
    public GenericEntry People { get; }

    /// <summary>Whether a key (with its conjunction taken off) is a word after which a nationality noun names people.</summary>
    public bool IsWordBefore(ReadOnlySpan<char> key) => _after.Contains(key);

    /// <summary>
    /// Reads <c>nationals-as-people.tsv</c> of the language; null when it has no row. The
    /// <c>generic</c> column must be the name of one of <paramref name="generics"/>.
    /// </summary>
    public static NationalsAsPeople? Load(ILanguagePack language, IReadOnlyList<GenericEntry> generics)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(generics);
        TsvRow? row = language.Table("nationals-as-people.tsv", "after", "generic").Rows.FirstOrDefault();
        if (row is null)
        {
            return null;
        }

        string name = row.Required("generic");
        GenericEntry people = generics.FirstOrDefault(g => g.Name == name)
            ?? throw row.Error($"'{name}' is no name of generic-agents.tsv");
        return new NationalsAsPeople(row.List("after").Select(language.Key), people);
    }
}
