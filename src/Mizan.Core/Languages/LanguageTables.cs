using Mizan.Lexicons;

namespace Mizan.Languages;

/// <summary>Reads the TSV tables of a language pack.</summary>
internal static class LanguageTables
{
    /// <summary>
    /// Parses the pack's table <paramref name="name"/> (<c>data/&lt;code&gt;/name</c>); errors name it as
    /// <c>&lt;code&gt;/name</c> with the line.
    /// </summary>
    public static TsvTable Table(this ILanguagePack language, string name, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(language);
        using TextReader reader = language.OpenText(name);
        return TsvTable.Parse(reader, $"{language.Code}/{name}", columns);
    }
}
