using Mizan.Morphology;

namespace Mizan.Languages.Arabic;

/// <summary>
/// Arabic word structure as the recognisers ask it: the clitic readings of <see cref="CliticPeeler"/>,
/// the article ال, the one-letter particles (و ف: conjunctions; ب ل ك: prepositions; س: the future),
/// and the endings of duals and relational adjectives. Stateless and thread-safe.
/// </summary>
internal sealed class ArabicMorphology : IMorphology
{
    private const string Article = "ال";

    public int MaxReadings => CliticPeeler.MaxReadings;

    public int ArticleLength => Article.Length;

    public int Readings(ReadOnlySpan<char> word, Span<CliticReading> readings) => CliticPeeler.Readings(word, readings);

    public char RestoredLetter => 'ا';

    public bool ContractsArticle(ReadOnlySpan<char> word) => word.StartsWith("لل", StringComparison.Ordinal);

    public bool IsProcliticLetter(char c) => c is 'و' or 'ف' or 'ب' or 'ل' or 'ك' or 'س' or 'ا';

    public bool TakesNoOneLetterEnclitic(char last) => last == 'ة';

    public bool IsDefinite(ReadOnlySpan<char> word) => word.StartsWith(Article, StringComparison.Ordinal);

    public string Definite(string word) => Article + word;

    public bool IsConjunction(char c) => c is 'و' or 'ف';

    public bool IsAnd(char c) => c == 'و';

    public bool IsAndWord(ReadOnlySpan<char> word) => word is "و";

    public bool IsPreposition(char c) => c is 'ب' or 'ل' or 'ك';

    public bool IsPlacePreposition(char c) => c is 'ب' or 'ل';

    public bool IsLocative(char c) => c == 'ب';

    public bool IsFuture(char c) => c == 'س';

    public bool IsLongVowel(char c) => c is 'ا' or 'ي' or 'و';

    public ReadOnlySpan<char> WithoutConjunction(ReadOnlySpan<char> word) =>
        word.Length > 3 && IsConjunction(word[0]) ? word[1..] : word;

    public ReadOnlySpan<char> BareNoun(ReadOnlySpan<char> word)
    {
        word = WithoutConjunction(word);
        if (word.Length > 3 && IsPreposition(word[0]))
        {
            word = word[1..];
        }

        if (word.Length > 4 && IsDefinite(word))
        {
            word = word[2..];
        }
        else if (word.Length > 3 && word[0] == 'ل')
        {
            word = word[1..]; // للحرب after ل: the article's alif goes
        }

        return word;
    }

    public ReadOnlySpan<char> CountedNoun(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && (IsConjunction(word[0]) || IsPlacePreposition(word[0])))
        {
            word = word[1..];
        }

        if (word.Length > 4 && IsDefinite(word))
        {
            word = word[2..];
        }

        return word;
    }

    public bool EndsAsDual(ReadOnlySpan<char> word) =>
        word.EndsWith("ين", StringComparison.Ordinal) || word.EndsWith("ان", StringComparison.Ordinal);

    public bool EndsAsRelationalAdjective(ReadOnlySpan<char> word) =>
        word[^1] == 'ي' || (word.Length > 5 && word[^1] == 'ه' && word[^2] == 'ي');

    public bool IsNotName(ReadOnlySpan<char> written, string name) =>
        (written.Length > 0 && written[^1] == 'ى') || AddsHamza(written, name);

    public IEnumerable<string> AdjectiveForms(string bare)
    {
        ArgumentNullException.ThrowIfNull(bare);
        var forms = new HashSet<string>(StringComparer.Ordinal) { bare };
        if (bare.EndsWith('ي'))
        {
            forms.Add(bare + "ة");
            forms.Add(bare + "ون");
            forms.Add(bare + "ين");
            forms.Add(bare + "ات");
        }

        foreach (string form in forms.ToList())
        {
            forms.Add(Article + form);
        }

        return forms;
    }

    public IEnumerable<string> PeopleNounForms(string bare)
    {
        ArgumentNullException.ThrowIfNull(bare);
        var forms = new HashSet<string>(StringComparer.Ordinal) { bare };
        if (bare.EndsWith('ي'))
        {
            forms.Add(bare + "ا"); // the accusative of a count of 11 to 99: 18 فلسطينيا
            forms.Add(bare + "ون");
            forms.Add(bare + "ين");
        }

        return forms;
    }

    public IEnumerable<string> DemonymKeys(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        yield return key;
        string[] words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        yield return string.Join(' ', words.Select(w => Article + w));
        if (words.Length == 1 && key.EndsWith('ي'))
        {
            foreach (string ending in (string[])["ين", "ون"])
            {
                yield return key + ending;
                yield return Article + key + ending;
            }
        }
    }

    /// <summary>
    /// Writers drop the hamza of a name (اسامة for أسامة) but do not add one: بأن is the
    /// conjunction, not the name بان.
    /// </summary>
    private static bool AddsHamza(ReadOnlySpan<char> written, string name)
    {
        int n = 0;
        foreach (char c in written)
        {
            if (ArabicNormalizer.FoldChar(c) is null)
            {
                continue;
            }

            if (n >= name.Length)
            {
                return false;
            }

            if (c is 'أ' or 'إ' or 'آ' && name[n] == 'ا')
            {
                return true;
            }

            n++;
        }

        return false;
    }
}
