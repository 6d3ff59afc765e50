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
    public void A_delegation_of_Tunisia_is_a_district()
    {
        // معتمدية: the Tunisian unit below the governorate (ولاية), named after its seat.
        var places = Places("قتل عون من الحرس الوطني في انفجار لغم بمعتمدية فريانة من ولاية القصرين.");
        PlaceMention feriana = places.Single(p => p.Text == "فريانة").Mention;
        Assert.True(feriana.District);
        Assert.True(feriana.Administrative);
        Assert.False(places.Single(p => p.Text == "القصرين").Mention.District);
    }

    [Fact]
    public void A_delegation_of_Tunisia_that_GeoNames_lacks_is_in_the_supplement()
    {
        // حاسي الفريد, a delegation of Kasserine, is not a populated place of GeoNames cities500.
        var events = Engines.Process("داهمت مجموعة مسلحة منازل بمعتمدية حاسي الفريد من ولاية القصرين ليلة أمس.").Events;
        Mizan.Events.Event raid = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("Hassi El Ferid", raid.Location?.Name);
        Assert.Equal(Mizan.Events.LocationPrecision.District, raid.Location?.Precision);
    }

    [Fact]
    public void A_delegation_named_like_a_common_word_needs_its_unit_word()
    {
        // الشابة is also "the young woman"; the delegation of Mahdia is named with its unit word.
        Assert.Contains(Places("نظم الأهالي وقفة احتجاجية بمعتمدية الشابة."), p => p.Mention.Candidates.Any(c => c.Name == "Chebba"));
        Assert.DoesNotContain(Places("وقالت الشابة إنها ستواصل دراستها."), p => p.Mention.Candidates.Any(c => c.Name == "Chebba"));
    }

    [Fact]
    public void A_district_is_in_a_country_the_text_names_not_a_namesake_abroad()
    {
        // العيون is also Laayoune; a delegation of the governorate of Kasserine is in Tunisia.
        // Not in the gazetteer as a place of Tunisia, the delegation is placed in the governorate named with it.
        var events = Engines.Process("أصيب جنديان تونسيان في انفجار لغم بمعتمدية العيون من ولاية القصرين غرب تونس.").Events;
        Mizan.Events.Event blast = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("TUN", blast.Location?.Country);
        Assert.Equal("Kasserine", blast.Location?.Name);
        Assert.Equal("القصرين", blast.Location?.Mention.Text);
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

    [Theory]
    [InlineData("قصفت المدفعية مواقع قرب بلدة تفتناز في ريف إدلب.", "تفتناز")]
    [InlineData("سقطت قذائف شمال مدينة الحديدة صباح اليوم.", "الحديدة")]
    [InlineData("استهدفت الغارات قرى مجاورة لبلدة تفتناز.", "تفتناز")]
    [InlineData("استهدفت الغارات قرى مجاورة لتفتناز.", "تفتناز")]
    public void A_relative_word_before_a_noun_of_place_relates_the_name(string text, string name)
    {
        PlaceMention place = Places(text).Single(p => p.Text == name).Mention;
        Assert.NotNull(place.Relation);
        Assert.False(place.Directional);
    }

    [Fact]
    public void A_relative_word_before_a_unit_of_government_is_inside_it()
    {
        // في شمال مديرية حيس: the north of the district is in the district.
        var places = Places("دارت اشتباكات عنيفة في شمال مديرية حيس.");
        Assert.Null(places.Single(p => p.Text == "حيس").Mention.Relation);
    }

    [Fact]
    public void Where_a_convoy_went_or_came_from_is_a_direction_not_nearness()
    {
        var places = Places("تعرضت قافلة انطلقت من كيدال إلى تين زاوتين لهجوم.");
        Assert.True(places.Single(p => p.Text == "كيدال").Mention.Directional);
        Assert.True(places.Single(p => p.Text == "تين زاوتين").Mention.Directional);
    }

    [Fact]
    public void A_distance_from_a_place_is_nearness()
    {
        var places = Places("انفجرت عبوة ناسفة على بعد 40 كيلومترا من كيدال.");
        Assert.False(places.Single(p => p.Text == "كيدال").Mention.Directional);
    }

    [Theory]
    [InlineData("قتل خمسة أشخاص في انفجار سيارة مفخخة بالقرب من مدينة أمريتسار. ووقع الانفجار في ولاية البنجاب.")]
    [InlineData("قتل خمسة أشخاص في انفجار سيارة مفخخة قرب أمريتسار. ووقع الانفجار في ولاية البنجاب.")]
    public void A_town_the_event_is_near_is_more_precise_than_the_region_it_is_in(string text)
    {
        Mizan.Events.Event blast = Assert.Single(Engines.ProcessWithRules(text).Events, e => e.Type == "ASSAULT");
        Assert.Equal("Amritsar", blast.Location?.Name);
        Assert.Equal(Mizan.Events.LocationPrecision.NearTown, blast.Location?.Precision);
    }

    [Fact]
    public void Villages_next_to_two_towns_are_near_each_of_them()
    {
        var raids = Engines.ProcessWithRules("قتل سبعة مدنيين في غارات على بلدات مجاورة لبلدتي الفوعة وكفريا.").Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(["Al-Fuah", "Kafriya"], raids.Select(e => e.Location?.Name));
        Assert.All(raids, e => Assert.Equal(Mizan.Events.LocationPrecision.NearTown, e.Location?.Precision));
    }
}
