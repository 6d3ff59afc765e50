using Mizan.Lexicons;

namespace Mizan.Languages.Arabic;

/// <summary>The tense of an Arabic verb form listed as written in a lexicon (not conjugated from a pair).</summary>
internal static class ArabicTense
{
    /// <summary>
    /// The imperfect begins with its person prefix (يقتلون، نقصف، تتواجه); a form of three letters or
    /// fewer, or one in ت ending in ت or وا, is the perfect, and so is a four-letter form in ت written
    /// with its shadda (تجمّع، تدفّق).
    /// </summary>
    public static VerbTense Of(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        int space = form.IndexOf(' ', StringComparison.Ordinal);
        string first = space < 0 ? form : form[..space];
        if (first.Length <= 3)
        {
            return VerbTense.Past;
        }

        // A shadda written in the data marks the perfect of تفعّل (تجمّع، تدفّق): unvocalised it
        // looks like an imperfect in ت.
        if (first[0] == 'ت' && first.Contains('\u0651', StringComparison.Ordinal) && first.Replace("\u0651", string.Empty, StringComparison.Ordinal).Length == 4)
        {
            return VerbTense.Past;
        }

        return first[0] switch
        {
            'ي' or 'ن' => VerbTense.Present,
            'ت' when first.EndsWith('ت') || first.EndsWith("وا", StringComparison.Ordinal) => VerbTense.Past,
            'ت' => VerbTense.Present,
            _ => VerbTense.Past,
        };
    }
}
