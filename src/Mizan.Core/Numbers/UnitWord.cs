namespace Mizan.Numbers;

/// <summary>A unit of measure of <c>data/ar/units.tsv</c> (كيلومترا، ساعات، بالمئة).</summary>
/// <param name="Phrase">The phrase as written in the lexicon.</param>
/// <param name="Unit">The unit code (km, hour, percent...).</param>
public sealed record UnitWord(string Phrase, string Unit);
