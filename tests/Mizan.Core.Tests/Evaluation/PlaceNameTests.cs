using Mizan.Evaluation;

namespace Mizan.Tests.Evaluation;

/// <summary>
/// The scorer's comparison of English place names: transliterations with marks, articles and
/// vowels that differ still name one place (the tests run, like the program, with invariant
/// globalisation, where string normalisation does not strip marks).
/// </summary>
public class PlaceNameTests
{
    [Theory]
    [InlineData("Douma", "Dūmā")]
    [InlineData("Sahar", "Saḩār")]
    [InlineData("Sa'dah", "Saada")]
    [InlineData("Al Bayda", "Bayda")]
    [InlineData("Kidal", "KIDAL")]
    public void Spellings_of_one_place_are_the_same_place(string gold, string predicted) =>
        Assert.True(ArticleEvaluation.SamePlaceName(gold, predicted));

    [Theory]
    [InlineData("Amman", "Jordan")]
    [InlineData("Tripoli", "Tunis")]
    [InlineData("Najran", "Saudi Arabia")]
    public void Different_places_are_different(string gold, string predicted) =>
        Assert.False(ArticleEvaluation.SamePlaceName(gold, predicted));
}
