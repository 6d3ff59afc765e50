using Mizan.Lexicons;

namespace Mizan.Languages.Arabic;

/// <summary>
/// Expands the <c>forms</c> cells of the trigger and attribution lexicons: a <c>past:present</c>
/// pair of a sound verb (هاجم:يهاجم) gives its conjugations in the persons news uses; any other
/// form is taken as written.
/// </summary>
public static class FormExpander
{
    private static readonly string[] PastSuffixes = ["", "ت", "وا", "ا", "تا", "ن", "نا", "تم"];
    private static readonly string[] PresentPrefixes = ["ي", "ت", "ن", "أ"];
    private static readonly string[] PresentSuffixes = ["", "ون", "ان", "ن", "ين", "وا"];

    /// <summary>Every surface form of a '|'-separated forms cell.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string form in forms)
        {
            foreach (string expanded in ExpandOne(form))
            {
                if (seen.Add(expanded))
                {
                    yield return expanded;
                }
            }
        }
    }

    /// <summary>The conjugations of one <c>past:present</c> pair, or the form itself.</summary>
    public static IEnumerable<string> ExpandOne(string form) => Conjugate(form).Select(f => f.Text);

    /// <summary>
    /// The conjugations of one <c>past:present</c> pair with their tense; a literal form comes
    /// back as written with <see cref="VerbTense.None"/>.
    /// </summary>
    public static IEnumerable<VerbForm> Conjugate(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        int colon = form.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            yield return new VerbForm(form, VerbTense.None);
            yield break;
        }

        string past = form[..colon];
        string present = form[(colon + 1)..];
        if (past.Length == 0 || present.Length < 2 || present[0] != 'ي')
        {
            throw new FormatException($"'{form}': a verb is written past:present with the present in the third person (هاجم:يهاجم)");
        }

        foreach (string suffix in PastSuffixes)
        {
            yield return new VerbForm(past + suffix, VerbTense.Past);
        }

        string stem = present[1..];
        foreach (string prefix in PresentPrefixes)
        {
            foreach (string suffix in PresentSuffixes)
            {
                yield return new VerbForm(prefix + stem + suffix, VerbTense.Present);
            }
        }
    }
}
