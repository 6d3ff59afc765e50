using System.Globalization;
using System.Text;
using Mizan.Languages;
using Mizan.Lexicons;
using Mizan.Resources;

namespace Mizan.Geocoding;

/// <summary>
/// Reads an Arabic word and a Latin-script place name down to what both scripts write: the
/// consonants as classes, and which gaps between them hold a vowel (<see cref="NameSkeleton"/>).
/// The letters and spellings are data: the language pack's <c>latin-letters.tsv</c> for the Arabic side (<c>data/ar/</c>),
/// <c>data/geo/latin-spelling.tsv</c> and <c>latin-articles.tsv</c> for the Latin side.
/// </summary>
internal sealed class LatinSpelling
{
    /// <summary>The table of the pack's letters as Latin reads them, under the pack's data folder.</summary>
    public const string LettersFile = "latin-letters.tsv";
    public const string LatinSpellingFile = "geo/latin-spelling.tsv";
    public const string LatinArticlesFile = "geo/latin-articles.tsv";
    public const string LatinAccentsFile = "geo/latin-accents.tsv";

    private const string Vowel = "vowel";
    private const string Silent = "silent";
    private const string Article = "article";

    private readonly Unit[] _arabic;
    private readonly Unit[] _latin;
    private readonly HashSet<string> _articles;
    private readonly Dictionary<char, (string Base, bool Long)> _accents;

    private LatinSpelling(Unit[] arabic, Unit[] latin, HashSet<string> articles, Dictionary<char, (string, bool)> accents)
    {
        _arabic = arabic;
        _latin = latin;
        _articles = articles;
        _accents = accents;
    }

    /// <summary>The spelling tables compiled into Mizan.Core, the letters those of <paramref name="language"/>.</summary>
    public static LatinSpelling Load(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        using TextReader arabic = language.OpenText(LettersFile);
        using TextReader latin = EmbeddedData.OpenText(LatinSpellingFile);
        using TextReader articles = EmbeddedData.OpenText(LatinArticlesFile);
        using TextReader accents = EmbeddedData.OpenText(LatinAccentsFile);
        return Load(language, arabic, latin, articles, accents);
    }

    /// <summary>Reads the four tables; a bad row is an error naming its file and line.</summary>
    public static LatinSpelling Load(ILanguagePack language, TextReader arabicLetters, TextReader latinSpelling, TextReader latinArticles, TextReader latinAccents)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(arabicLetters);
        ArgumentNullException.ThrowIfNull(latinSpelling);
        ArgumentNullException.ThrowIfNull(latinArticles);
        ArgumentNullException.ThrowIfNull(latinAccents);
        Unit[] arabic = ReadUnits(TsvTable.Parse(arabicLetters, $"{language.Code}/{LettersFile}", "letters", "class", "at_end"), "letters", language.Key);
        Unit[] latin = ReadUnits(TsvTable.Parse(latinSpelling, LatinSpellingFile, "spelling", "class", "at_end"), "spelling", language.Key);
        var articles = new HashSet<string>(StringComparer.Ordinal);
        foreach (TsvRow row in TsvTable.Parse(latinArticles, LatinArticlesFile, "article").Rows)
        {
            articles.Add(row.Required("article").ToLowerInvariant());
        }

        var accented = new Dictionary<char, (string, bool)>();
        foreach (TsvRow row in TsvTable.Parse(latinAccents, LatinAccentsFile, "letter", "base", "long").Rows)
        {
            string letter = row.Required("letter");
            string letterBase = row.Required("base");
            if (letter.Length != 1 || !letterBase.All(char.IsAsciiLetterLower))
            {
                throw row.Error($"'{letter}' is not one letter read as lower-case Latin letters");
            }

            accented[letter[0]] = (letterBase, row.Optional("long") is "long");
        }

        return new LatinSpelling(arabic, latin, articles, accented);
    }

    private static Unit[] ReadUnits(TsvTable table, string column, Func<string, string> key)
    {
        var units = new List<Unit>();
        foreach (TsvRow row in table.Rows)
        {
            string letters = column == "letters" ? key(row.Required(column)) : row.Required(column).ToLowerInvariant();
            string kind = row.Required("class");
            string? atEnd = row.Optional("at_end");
            if (letters.Length == 0)
            {
                throw row.Error($"'{row[column]}' has no letters");
            }

            if (kind != Vowel && kind != Silent && kind != Article && !kind.All(char.IsAsciiLetterLower))
            {
                throw row.Error($"class '{kind}' is neither '{Vowel}', '{Silent}', '{Article}' nor Latin letters");
            }

            if (atEnd is not null && atEnd != Silent)
            {
                throw row.Error($"at_end '{atEnd}' is not '{Silent}'");
            }

            units.Add(new Unit(letters, kind, atEnd == Silent));
        }

        // The longest spelling is read first (تش before ت، kh before k).
        units.Sort((a, b) => b.Letters.Length.CompareTo(a.Letters.Length));
        return [.. units];
    }

    /// <summary>The skeleton of an Arabic word (a matching key); null when it has no letter the table reads.</summary>
    public NameSkeleton? ReadArabic(ReadOnlySpan<char> key)
    {
        var reader = new SkeletonBuilder(stackalloc char[Math.Max(4, key.Length * 2)]);
        int at = 0;
        bool lastSilentAtEnd = false;
        while (at < key.Length)
        {
            Unit? unit = Match(_arabic, key, at, articles: at == 0);
            if (unit is null)
            {
                return null; // a letter of no table (a digit, a Latin letter): not a word to read
            }

            if (unit.Kind == Article && at == 0 && key.Length - unit.Letters.Length >= 2)
            {
                at += unit.Letters.Length;
                continue;
            }

            bool atEnd = at + unit.Letters.Length == key.Length;
            lastSilentAtEnd = atEnd && unit.SilentAtEnd;
            if (!lastSilentAtEnd)
            {
                reader.Add(unit.Kind, unit.Letters.Length, isLong: true);
            }

            at += unit.Letters.Length;
        }

        return reader.Build();
    }

    /// <summary>
    /// The skeleton of a Latin-script name of one word (its article aside); null for a name of
    /// several words or of no letter.
    /// </summary>
    public NameSkeleton? ReadLatin(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        (string letters, ulong longLetters)? folded = Fold(name);
        if (folded is not { } f || f.letters.Length == 0)
        {
            return null;
        }

        ReadOnlySpan<char> word = f.letters;
        var reader = new SkeletonBuilder(stackalloc char[Math.Max(4, word.Length * 2)]);
        int at = 0;
        while (at < word.Length)
        {
            Unit? unit = Match(_latin, word, at, articles: false);
            bool isLong = false;
            for (int k = at; k < at + (unit?.Letters.Length ?? 1) && k < 64; k++)
            {
                isLong |= (f.longLetters & (1UL << k)) != 0;
            }

            if (unit is null)
            {
                reader.Add(word.Slice(at, 1).ToString(), 1, isLong);
                at++;
                continue;
            }

            bool atEnd = at + unit.Letters.Length == word.Length;
            if (!(atEnd && unit.SilentAtEnd && reader.EndsInVowel))
            {
                reader.Add(unit.Kind, unit.Letters.Length, isLong);
            }

            at += unit.Letters.Length;
        }

        return reader.Build();
    }

    /// <summary>
    /// The name lower-cased, without accents, apostrophes, article or doubled letters, and a bit
    /// per letter that a macron or a circumflex made long; null for a name of several words.
    /// </summary>
    private (string, ulong)? Fold(string name)
    {
        var words = new List<StringBuilder> { new() };
        var longs = new List<ulong> { 0 };
        foreach (char raw in name)
        {
            StringBuilder current = words[^1];
            char c = char.ToLowerInvariant(raw);
            if (_accents.TryGetValue(c, out (string Base, bool Long) accent) || _accents.TryGetValue(raw, out accent))
            {
                if (accent.Long && current.Length < 64)
                {
                    longs[^1] |= 1UL << current.Length;
                }

                current.Append(accent.Base);
            }
            else if (char.IsAsciiLetterLower(c))
            {
                current.Append(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u02BF' or '\u02BE' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // ‘ and ’ write ع and ء
            }
            else if (current.Length > 0)
            {
                words.Add(new StringBuilder());
                longs.Add(0);
            }
        }

        if (words[^1].Length == 0)
        {
            words.RemoveAt(words.Count - 1);
            longs.RemoveAt(longs.Count - 1);
        }

        if (words.Count == 2 && _articles.Contains(words[0].ToString()))
        {
            words.RemoveAt(0);
            longs.RemoveAt(0);
        }

        if (words.Count != 1)
        {
            return null;
        }

        // Doubled letters are read once (Tell Kalakh, Mosulla): Arabic writes them once.
        string word = words[0].ToString();
        var single = new StringBuilder(word.Length);
        ulong singleLongs = 0;
        for (int i = 0; i < word.Length; i++)
        {
            if (i > 0 && word[i] == word[i - 1] && !IsVowelLetter(word[i]))
            {
                continue;
            }

            if (i < 64 && (longs[0] & (1UL << i)) != 0 && single.Length < 64)
            {
                singleLongs |= 1UL << single.Length;
            }

            single.Append(word[i]);
        }

        return (single.ToString(), singleLongs);
    }

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';

    private static Unit? Match(Unit[] units, ReadOnlySpan<char> word, int at, bool articles)
    {
        foreach (Unit unit in units)
        {
            if ((articles || unit.Kind != Article) && word[at..].StartsWith(unit.Letters, StringComparison.Ordinal))
            {
                return unit;
            }
        }

        return null;
    }

    private sealed record Unit(string Letters, string Kind, bool SilentAtEnd);

    /// <summary>Collects consonant classes and the vowels of the gaps between them.</summary>
    private ref struct SkeletonBuilder
    {
        private readonly Span<char> _consonants;
        private int _length;
        private ulong _vowels;
        private ulong _long;
        private int _gapVowelLetters;

        public SkeletonBuilder(Span<char> buffer)
        {
            _consonants = buffer;
        }

        public readonly bool EndsInVowel => _gapVowelLetters > 0;

        public void Add(string kind, int letters, bool isLong)
        {
            if (kind == Silent)
            {
                return;
            }

            int gap = Math.Min(_length, 63);
            if (kind == Vowel)
            {
                _gapVowelLetters += letters;
                _vowels |= 1UL << gap;
                if (isLong || _gapVowelLetters >= 2)
                {
                    _long |= 1UL << gap;
                }

                return;
            }

            foreach (char c in kind)
            {
                if (_length < _consonants.Length)
                {
                    _consonants[_length++] = c;
                }
            }

            _gapVowelLetters = 0;
        }

        public readonly NameSkeleton? Build() =>
            _length == 0 ? null : new NameSkeleton(new string(_consonants[.._length]), _vowels, _long);
    }
}
