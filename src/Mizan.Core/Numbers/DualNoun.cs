namespace Mizan.Numbers;

/// <summary>A dual noun of <c>data/ar/dual-nouns.tsv</c>: the word alone means two (جنديين، يومين).</summary>
/// <param name="Dual">The dual as written in the lexicon.</param>
/// <param name="Singular">Its singular, for readers of the data.</param>
/// <param name="Unit">The unit it measures (يومين: day), or null when it counts.</param>
public sealed record DualNoun(string Dual, string Singular, string? Unit) : NumberLexeme;
