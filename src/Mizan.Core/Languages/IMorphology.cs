using Mizan.Morphology;

namespace Mizan.Languages;

/// <summary>
/// How the words of a language are built, as the recognisers ask: the clitic readings a lexicon
/// lookup tries, the article, and the one-letter particles that may be written on a word. Words
/// are given in key form (<see cref="ILanguagePack.Key"/>) unless a member says they are as written.
/// Stateless and thread-safe; a language without some particle answers false.
/// </summary>
public interface IMorphology
{
    /// <summary>Upper bound of <see cref="Readings"/> for one word; size buffers with it.</summary>
    int MaxReadings { get; }

    /// <summary>
    /// Fills <paramref name="readings"/> with every reading of <paramref name="word"/> as proclitics +
    /// stem + enclitic, the whole word first and then fewest letters peeled first.
    /// </summary>
    /// <returns>The number of readings written.</returns>
    int Readings(ReadOnlySpan<char> word, Span<CliticReading> readings);

    /// <summary>
    /// The letter a reading with <see cref="CliticReading.RestoresAlef"/> puts back before its stem:
    /// the first letter of the article, which a preposition contracted with it drops (Arabic ا: ل +
    /// ال is written لل, and للقوات is ل + القوات).
    /// </summary>
    char RestoredLetter { get; }

    /// <summary>Whether the word begins with a preposition contracted with the article (Arabic لل).</summary>
    bool ContractsArticle(ReadOnlySpan<char> word);

    /// <summary>Whether the letter may begin a proclitic: a conjunction, a particle or the article (Arabic و ف ب ل ك س ا).</summary>
    bool IsProcliticLetter(char c);

    /// <summary>
    /// Whether a word whose last letter is written <paramref name="last"/> takes no one-letter enclitic
    /// (Arabic ة: its key is ه, but it is never the pronoun ه).
    /// </summary>
    bool TakesNoOneLetterEnclitic(char last);

    /// <summary>The characters of the definite article written on a word (Arabic ال: 2).</summary>
    int ArticleLength { get; }

    /// <summary>Whether the word begins with the definite article.</summary>
    bool IsDefinite(ReadOnlySpan<char> word);

    /// <summary>The word with the definite article.</summary>
    string Definite(string word);

    /// <summary>Whether the letter is a conjunction written on the next word (Arabic و، ف).</summary>
    bool IsConjunction(char c);

    /// <summary>Whether the letter is the conjunction "and" written on the next word (Arabic و).</summary>
    bool IsAnd(char c);

    /// <summary>Whether the word is the conjunction "and" on its own.</summary>
    bool IsAndWord(ReadOnlySpan<char> word);

    /// <summary>Whether the letter is a preposition written on the next word (Arabic ب، ل، ك).</summary>
    bool IsPreposition(char c);

    /// <summary>Whether the letter is a preposition of place or direction written on the next word (Arabic ب، ل).</summary>
    bool IsPlacePreposition(char c);

    /// <summary>Whether the letter is the locative preposition "in, at" written on the next word (Arabic ب).</summary>
    bool IsLocative(char c);

    /// <summary>Whether the letter marks the future on a verb (Arabic س).</summary>
    bool IsFuture(char c);

    /// <summary>Whether the letter is a long vowel (Arabic ا، ي، و): a spelling may add or drop one.</summary>
    bool IsLongVowel(char c);

    /// <summary>The word without a conjunction written on it, when a stem of more than two letters is left.</summary>
    ReadOnlySpan<char> WithoutConjunction(ReadOnlySpan<char> word);

    /// <summary>A noun without its conjunction, preposition and article (Arabic والحرب، بالنزاع، للصراع).</summary>
    ReadOnlySpan<char> BareNoun(ReadOnlySpan<char> word);

    /// <summary>A noun without one conjunction or preposition of place and its article (Arabic وسيارات، بالصواريخ).</summary>
    ReadOnlySpan<char> CountedNoun(ReadOnlySpan<char> word);

    /// <summary>Whether the word ends as a dual does (Arabic -ين، -ان).</summary>
    bool EndsAsDual(ReadOnlySpan<char> word);

    /// <summary>Whether a definite word ends as a relational adjective does (Arabic العالمي، الدراسية).</summary>
    bool EndsAsRelationalAdjective(ReadOnlySpan<char> word);

    /// <summary>
    /// Whether a word written as <paramref name="written"/> is not the listed given name
    /// <paramref name="name"/> its key matched (Arabic: a final ى, as in the preposition على, is not
    /// the name علي; writers drop the hamza of a name but never add one, so بأن is not بان).
    /// </summary>
    bool IsNotName(ReadOnlySpan<char> written, string name);

    /// <summary>The forms of a relational adjective, with and without the article (Arabic سوري، سورية، سوريون، السوريين).</summary>
    IEnumerable<string> AdjectiveForms(string bare);

    /// <summary>
    /// The forms of a relational adjective used as a noun for people, without the article: the
    /// adjective's own forms and those a count governs (Arabic 18 فلسطينيا).
    /// </summary>
    IEnumerable<string> PeopleNounForms(string bare);

    /// <summary>
    /// The keys under which a demonym of the gazetteer is looked up: as given, with the article on
    /// every word, and for a one-word masculine adjective its sound plurals.
    /// </summary>
    IEnumerable<string> DemonymKeys(string key);
}
