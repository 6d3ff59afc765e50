using Mizan.Geocoding;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Geocoding;

/// <summary>The cue words the place recogniser notes before a name (data/ar/place-cues.tsv).</summary>
public class PlaceCueTests
{
    private static List<(string Text, PlaceMention Mention)> Places(string text)
    {
        Document doc = Engines.Process(text);
        return [.. doc.Places.Select(p => (doc.Slice(p.Span), p))];
    }

    [Fact]
    public void A_unit_of_government_before_a_name_makes_it_that_unit()
    {
        var places = Places("وقعت اشتباكات في مديرية حيدان بمحافظة صعدة وفي مدينة إدلب.");
        Assert.True(places.Single(p => p.Text == "صعدة").Mention.Administrative);
        Assert.False(places.Single(p => p.Text == "إدلب").Mention.Administrative);
    }

    [Fact]
    public void Every_name_of_a_list_after_a_plural_unit_is_a_unit()
    {
        var places = Places("قصفت الطائرات مواقع في محافظات إدلب وحماة وحلب.");
        Assert.All(places.Where(p => p.Text is "إدلب" or "حماة" or "حلب"), p => Assert.True(p.Mention.Administrative));
    }

    [Fact]
    public void A_unit_word_is_no_locative_by_itself()
    {
        // الولايات المتحدة: the plural unit word does not make what follows a place of the event.
        var places = Places("وقالت الولايات المتحدة إنها تدرس الرد.");
        Assert.All(places, p => Assert.False(p.Mention.Locative));
    }

    [Fact]
    public void A_preposition_three_words_back_is_not_the_names_cue_without_a_distance()
    {
        // في القوات الجوية الملكية السعودية: في introduces the air force, not Saudi Arabia.
        var places = Places("وقال ضابط في القوات الجوية الملكية السعودية إن الطائرة عادت سالمة.");
        Assert.False(places.Single(p => p.Text == "السعودية").Mention.Locative);
    }

    [Fact]
    public void A_distance_between_the_cue_and_the_name_keeps_the_cue()
    {
        var places = Places("انفجرت عبوة ناسفة على بعد 40 كيلومترا من كيدال.");
        Assert.NotNull(places.Single(p => p.Text == "كيدال").Mention.Relation);
    }
}
