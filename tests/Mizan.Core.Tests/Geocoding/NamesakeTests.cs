using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Languages.Arabic;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Geocoding;

/// <summary>
/// Names shared by places of very different weight: a capital or a city of a million over its small
/// namesakes abroad, and a small town whose name is more often an ordinary word only in an article
/// about its country. Every sentence is written for these tests.
/// </summary>
public class NamesakeTests(GazetteerFixture fixture) : IClassFixture<GazetteerFixture>
{
    private readonly Gazetteer _g = fixture.Gazetteer;

    private PlaceResolution? Resolve(string name, bool commonWord, params string[] countries) =>
        new PlaceResolver(_g, ArabicLanguagePack.Instance).Resolve(_g.Lookup(name), new GeoContext([.. countries], ImmutableArray<Admin1Region>.Empty) { CommonWord = commonWord });

    [Fact]
    public void A_capital_beats_a_small_namesake_in_the_country_the_article_is_about()
    {
        // موسكو is also a town of Idaho; an article about Washington still means Russia's capital.
        PlaceResolution r = Resolve("موسكو", commonWord: false, "USA", "RUS")!;
        Assert.Equal("RUS", r.Place.CountryIso3);
        Assert.Equal(ResolutionRule.WorldCity, r.Rule);
    }

    [Fact]
    public void A_city_five_times_the_size_of_its_namesakes_abroad_beats_them()
    {
        // جنيف: Geneva (about 180,000 people) and small towns of the United States; talks in Geneva reported from Washington.
        PlaceResolution r = Resolve("جنيف", commonWord: false, "USA", "YEM")!;
        Assert.Equal("CHE", r.Place.CountryIso3);
        Assert.Equal(ResolutionRule.WorldCity, r.Rule);
    }

    [Fact]
    public void A_capital_does_not_beat_a_namesake_of_its_own_weight()
    {
        // طرابلس: Tripoli of Libya (a capital) and Tripoli of Lebanon are both cities; the article decides.
        PlaceResolution r = Resolve("طرابلس", commonWord: false, "LBN")!;
        Assert.Equal("LBN", r.Place.CountryIso3);
        Assert.NotEqual(ResolutionRule.WorldCity, r.Rule);
    }

    [Fact]
    public void Kabul_spelt_with_a_waw_is_Kabul()
    {
        Event e = Assert.Single(Engines.ProcessWithRules("قتل سبعة أشخاص في انفجار سيارة مفخخة وسط العاصمة الأفغانية كابول صباح اليوم.").Events);
        Assert.Equal("Kabul", e.Location?.Name);
        Assert.Equal("AFG", e.Location?.Country);
    }

    [Fact]
    public void A_small_town_named_like_an_ordinary_word_is_not_meant_abroad()
    {
        // معسكر is a camp far more often than Mascara (Algeria): not in a report about Yemen.
        Assert.Null(Resolve("معسكر", commonWord: true, "YEM"));
    }

    [Fact]
    public void A_small_town_named_like_an_ordinary_word_is_meant_at_home()
    {
        PlaceResolution r = Resolve("معسكر", commonWord: true, "DZA")!;
        Assert.Equal("Mascara", r.Place.Name);
    }

    [Fact]
    public void A_camp_in_a_report_about_Yemen_is_not_Mascara()
    {
        Document document = Engines.ProcessWithRules("شنت مقاتلات التحالف غارات جوية على معسكر للحوثيين في محافظة صعدة اليمنية أمس.");
        Assert.DoesNotContain(document.Events, e => e.Location?.Country == "DZA");
        Assert.Contains(document.Events, e => e.Type == "ASSAULT" && e.Location?.Country == "YEM");
    }

    [Fact]
    public void A_name_after_a_unit_of_government_is_no_ordinary_word()
    {
        Document document = Engines.Process("قتل شخصان في انفجار قنبلة بولاية معسكر غربي الجزائر أمس.");
        PlaceMention mention = Assert.Single(document.Places, p => p.Candidates.Any(c => c.Name == "Mascara"));
        Assert.False(mention.CommonWord);
    }

    [Theory]
    [InlineData("وخرج آلاف العراقيين في مظاهرات بمدن عدة كالبصرة والناصرية.", "Basrah")] // definite after ك
    [InlineData("وتواصلت الاحتجاجات في العاصمة ومدن كتبريز وأصفهان.", "Tabriz")] // after a noun of place
    public void A_place_after_like_is_one_of_a_list(string text, string place)
    {
        Document document = Engines.Process(text);
        Assert.Contains(document.Places, p => p.Candidates.Any(c => c.Name == place));
    }

    [Theory]
    [InlineData("سيطرت قوات سوريا الديمقراطية على مدينة الطبقة وسد الطبقة.", "Ath Thawrah")]
    [InlineData("قتل ثلاثة أشخاص في حادث إطلاق نار في مدينة العين.", "Al Ain City")]
    public void A_town_named_like_a_common_word_is_found_with_its_noun(string text, string place)
    {
        Document document = Engines.Process(text);
        Assert.Contains(document.Places, p => p.Candidates.Any(c => c.Name == place));
    }

    [Theory]
    [InlineData("وحذر الوزير من أن التصعيد يجر المنطقة إلى حرب جديدة.", "Ely")] // إلى after a noun of place is no town
    [InlineData("وقال المتحدث باسم الشرطة ميكي روزنفيلد إن التحقيق مستمر.", "Miki")] // a person, not a Japanese town
    [InlineData("وأسقطت الدفاعات الجوية هدفا معاديا فوق منطقة دير العشائر غرب العاصمة.", "Deyr")] // the first word of a Syrian name, not an Iranian town
    [InlineData("وأصيب المتظاهرون بصعوبة في التنفس واتساع في حدقة العين بعد الهجوم.", "Al Ain City")] // the eye
    [InlineData("وتعهد الوزير بحماية الطبقة الوسطى من ارتفاع الأسعار.", "Ath Thawrah")] // the middle class
    [InlineData("وقتلت الصحفية فيكتوريا مارينوفا في مدينة روسه شمال البلاد.", "Victoria")] // a given name
    [InlineData("واحتج الصياد على الشرطة التي صادرت سمكه في السوق.", "Makkah")] // his fish: a name never takes the particle of the future
    [InlineData("وقالت الوزارة إن الاشتباكات الأخيرة كسرت حالة الهدوء على الحدود.", "Sirte")] // "broke", not ك + سرت
    [InlineData("وتوافد الزوار إلى كنيس الغريبة في جزيرة جربة.", "Nice")] // a synagogue, not ك + نيس
    public void A_word_excluded_from_the_gazetteer_is_no_place(string text, string place)
    {
        Document document = Engines.Process(text);
        Assert.DoesNotContain(document.Places, p => p.Candidates.Any(c => c.Name == place));
    }

    [Theory]
    [InlineData("وجرفت السيول عشرات المنازل في القرى الجبلية بعد أمطار غزيرة.", "Seoul")] // the torrents
    [InlineData("وطالبت العائلات بعودة أبنائها إلى بيوتهم بالأمان.", "Amman")] // in safety
    [InlineData("وقال عضو في مجلس الدوما الروسي إن العقوبات لن تغير شيئا.", "Dūmā")] // Russia's parliament
    [InlineData("وأكد شيخ القبيلة أن الدعم القبلي للجيش يتزايد.", "Kebili")] // tribal
    public void A_name_read_with_an_article_it_does_not_take_is_no_place(string text, string place)
    {
        Document document = Engines.Process(text);
        Assert.DoesNotContain(document.Places, p => p.Candidates.Any(c => c.Name == place));
    }

    [Theory]
    [InlineData("وقتل خمسة مدنيين في قصف على بلدة الحمورية في الغوطة الشرقية.", "Hamouriyah")] // after a noun of place
    [InlineData("واندلعت احتجاجات في مدينتي الزبير والأم قصر جنوب البصرة.", "Umm Qaşr")] // a list after a place
    public void A_name_read_with_an_article_after_a_cue_is_a_place(string text, string place)
    {
        Document document = Engines.Process(text);
        Assert.Contains(document.Places, p => p.Candidates.Any(c => c.Name == place));
    }
}
