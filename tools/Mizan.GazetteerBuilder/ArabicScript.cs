namespace Mizan.GazetteerBuilder;

/// <summary>Decides which alternate names are written in Arabic orthography.</summary>
/// <remarks>
/// A name is kept when every character is a letter of Arabic orthography (the core letters
/// U+0621–U+063A and U+0641–U+064A, alef wasla, and the Maghrebi letters ڤ ڨ and ݣ),
/// an Arabic diacritic, tatweel, a space, a hyphen or an apostrophe, and it has at least one
/// letter. Names with letters that only Persian, Urdu, Pashto, Kurdish or Uyghur use
/// (پ چ ژ گ ٹ ڈ ڑ ں ھ ہ ے ۓ ۀ ی ک ...) are left out: they are other languages' names.
/// </remarks>
internal static class ArabicScript
{
    public static bool IsArabicName(string name)
    {
        bool hasLetter = false;
        foreach (char c in name)
        {
            if (IsArabicLetter(c))
            {
                hasLetter = true;
            }
            else if (!IsAllowedMark(c))
            {
                return false;
            }
        }

        return hasLetter;
    }

    /// <summary>
    /// A comparison form: diacritics and tatweel removed, أ إ آ ٱ to ا, ة to ه, ى to ي (the
    /// same folds as Mizan's ArabicNormalizer.Key, which this BCL-only tool cannot reference).
    /// </summary>
    public static string Fold(string name)
    {
        var folded = new System.Text.StringBuilder(name.Length);
        foreach (char c in name.Trim())
        {
            if ((c >= '\u064B' && c <= '\u0655') || c is '\u0670' or '\u0640')
            {
                continue;
            }

            folded.Append(c switch
            {
                '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
                '\u0629' => '\u0647',
                '\u0649' => '\u064A',
                _ => c,
            });
        }

        return folded.ToString();
    }

    private static bool IsArabicLetter(char c) =>
        (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A')
        || c is '\u0671' or '\u06A4' or '\u06A8' or '\u0763';

    private static bool IsAllowedMark(char c) =>
        (c >= '\u064B' && c <= '\u0655') || c is '\u0670' or '\u0640' or ' ' or '-' or '\'';
}
