namespace Mizan.Lexicons;

/// <summary>The tense of a conjugated form.</summary>
public enum VerbTense : byte
{
    /// <summary>Not a generated conjugation (a noun, a phrase, a form listed as written).</summary>
    None,

    /// <summary>Perfect: هاجموا.</summary>
    Past,

    /// <summary>Imperfect: يهاجمون.</summary>
    Present,
}

/// <summary>A surface form and its tense.</summary>
public readonly record struct VerbForm(string Text, VerbTense Tense);
