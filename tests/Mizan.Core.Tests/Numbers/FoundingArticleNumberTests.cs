using Mizan.Numbers;
using static Mizan.Tests.Numbers.NumberTestSupport;

namespace Mizan.Tests.Numbers;

/// <summary>The required readings of the founding article's numbers.</summary>
public class FoundingArticleNumberTests
{
    private static readonly Lazy<string> Seed = new(SeedArticle);

    private static IReadOnlyList<(string Text, NumberMention Mention)> Found => Find(Seed.Value);

    private static NumberMention At(string expression)
    {
        var matches = Found.Where(f => f.Text == expression).ToList();
        Assert.True(matches.Count > 0, $"«{expression}» not found; found: {Describe(Found)}");
        return matches[0].Mention;
    }

    [Fact]
    public void Twenty_rebels_is_an_exact_count_of_متمردا()
    {
        NumberMention mention = At("20");
        var rebels = Found.Where(f => f.Text == "20").Select(f => CountedNoun(Seed.Value, f.Mention)).ToList();
        AssertBounds(mention, 20, 20, NumberKind.Exact);
        Assert.Contains("متمردا", rebels);
        Assert.Contains("مسلحا", rebels);
    }

    [Fact]
    public void A_thousand_Tuareg_is_a_thousand_with_التوارق_counted()
    {
        NumberMention mention = At("ألف");
        AssertBounds(mention, 1000, 1000, NumberKind.Exact);
        Assert.Equal("التوارق", CountedNoun(Seed.Value, mention));
    }

    [Fact]
    public void More_than_thirty_hours_is_at_least_thirty_hours()
    {
        AssertBounds(At("أكثر من ثلاثين ساعة"), 30, null, NumberKind.AtLeast, "hour");
    }

    [Fact]
    public void One_hundred_and_fifty_kilometres_is_a_distance()
    {
        AssertBounds(At("أكثر من 150 كيلوا مترا"), 150, null, NumberKind.AtLeast, "km");
    }

    [Fact]
    public void Three_days_is_a_duration()
    {
        AssertBounds(At("ثلاثة أيام"), 3, 3, NumberKind.Exact, "day");
    }

    [Fact]
    public void Several_armoured_vehicles_is_three_to_nine()
    {
        NumberMention mention = At("عدة");
        AssertBounds(mention, 3, 9, NumberKind.Vague);
        Assert.Equal("مدرعات", CountedNoun(Seed.Value, mention));
    }

    [Fact]
    public void A_number_of_wounded_is_three_to_nine()
    {
        NumberMention mention = At("عدد من");
        AssertBounds(mention, 3, 9, NumberKind.Vague);
        Assert.Equal("الجرحى", CountedNoun(Seed.Value, mention));
    }

    [Fact]
    public void The_day_of_the_month_is_not_a_count()
    {
        Assert.DoesNotContain(Found, f => f.Text == "2");
    }

    [Fact]
    public void Every_number_of_the_article_is_found_and_nothing_else()
    {
        Assert.Equal(
            ["20", "ثلاثة أيام", "أكثر من ثلاثين ساعة", "ثلاث", "20", "أكثر من 150 كيلوا مترا", "عدة", "عدد من", "ألف", "عدة"],
            Found.Select(f => f.Text));
    }
}
