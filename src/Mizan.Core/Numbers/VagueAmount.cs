namespace Mizan.Numbers;

/// <summary>A vague amount of <c>data/ar/vague-amounts.tsv</c> (عدة، عشرات، مئات الآلاف).</summary>
/// <param name="Phrase">The phrase as written in the lexicon.</param>
/// <param name="Low">Lower bound of the amount.</param>
/// <param name="High">Upper bound; null when open.</param>
public sealed record VagueAmount(string Phrase, long Low, long? High) : NumberLexeme;
