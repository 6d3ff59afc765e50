using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Languages.Arabic;

namespace Mizan.Tests.Geocoding;

public class PlaceResolverTests(GazetteerFixture fixture) : IClassFixture<GazetteerFixture>
{
    private readonly Gazetteer _g = fixture.Gazetteer;

    /// <summary>Resolves the mention <paramref name="name"/> of <paramref name="sentence"/>, with up to three words before and two after.</summary>
    private PlaceResolution Resolve(string sentence, string name, params string[] countries) =>
        Resolve(sentence, name, countries, []);

    private PlaceResolution Resolve(string sentence, string name, string[] countries, ImmutableArray<Admin1Region> regions)
    {
        int at = sentence.IndexOf(name, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{name}' is not in the sentence");
        string[] before = sentence[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] after = sentence[(at + name.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var context = new GeoContext(
            [.. countries],
            regions,
            string.Join(' ', before.TakeLast(3)),
            string.Join(' ', after.Take(2)));
        return new PlaceResolver(_g, ArabicLanguagePack.Instance).Resolve(_g.Lookup(name), context)!;
    }

    [Fact]
    public void A_country_beats_its_same_named_capital()
    {
        PlaceResolution r = Resolve("أعلنت الجزائر إغلاق حدودها الجنوبية مع مالي والنيجر", "الجزائر", "DZA", "MLI", "NER");

        Assert.Equal(LocationPrecision.Country, r.Place.Precision);
        Assert.Equal("DZA", r.Place.CountryIso3);
        Assert.Equal(ResolutionRule.CountryOverCity, r.Rule);
    }

    [Fact]
    public void A_country_beats_small_towns_abroad_named_after_it_whatever_the_article_names()
    {
        // The United States leads the article's countries; فلسطين is still Palestine, not the Palestine of Texas.
        PlaceResolution r = Resolve("وقال الرئيس الأمريكي إن الصراع على فلسطين لن يحل بالقوة", "فلسطين", "USA", "ISR");

        Assert.Equal(LocationPrecision.Country, r.Place.Precision);
        Assert.Equal("PSE", r.Place.CountryIso3);
        Assert.Equal(ResolutionRule.CountryOverCity, r.Rule);
    }

    [Fact]
    public void The_word_capital_after_the_name_means_the_city()
    {
        PlaceResolution r = Resolve("وصل وفد المتمردين إلى الجزائر العاصمة صباح الاثنين", "الجزائر", "DZA");

        Assert.Equal("Algiers", r.Place.Name);
        Assert.Equal(ResolutionRule.CityWord, r.Rule);
    }

    [Fact]
    public void A_city_word_before_the_name_means_the_city()
    {
        PlaceResolution r = Resolve("عقد الاجتماع في مدينة الكويت بحضور الوسطاء", "الكويت", "KWT");

        Assert.Equal("Kuwait City", r.Place.Name);
        Assert.Equal(ResolutionRule.CityWord, r.Rule);
    }

    [Fact]
    public void An_agreement_signed_in_the_capital_is_placed_in_the_city()
    {
        PlaceResolution r = Resolve("يتهم المتمردون الجيش بخرق اتفاقية السلام الموقعة في الجزائر قبل عامين", "الجزائر", "MLI", "DZA");

        Assert.Equal("Algiers", r.Place.Name);
        Assert.Equal(ResolutionRule.AgreementVenue, r.Rule);
    }

    [Fact]
    public void An_agreement_named_after_the_capital_is_placed_in_the_city()
    {
        PlaceResolution r = Resolve("دعا الوسيط الطرفين إلى العودة إلى اتفاق الجزائر للسلام", "الجزائر", "MLI");

        Assert.Equal("Algiers", r.Place.Name);
        Assert.Equal(ResolutionRule.AgreementVenue, r.Rule);
    }

    [Fact]
    public void The_capital_before_a_demonym_means_the_capital_city()
    {
        // "استقبلت العاصمة الجزائرية وفدا من الحركات المسلحة"
        Country algeria = _g.CountryOfDemonym("الجزائرية")!;

        PlaceResolution r = new PlaceResolver(_g, ArabicLanguagePack.Instance).ResolveDemonym(algeria, new GeoContext([], [], WordsBefore: "استقبلت العاصمة"));

        Assert.Equal("Algiers", r.Place.Name);
        Assert.Equal(ResolutionRule.CapitalOfDemonym, r.Rule);
    }

    [Fact]
    public void Tripoli_is_in_Libya_when_nothing_says_otherwise()
    {
        PlaceResolution r = Resolve("اندلعت اشتباكات عنيفة في طرابلس بين مجموعات مسلحة", "طرابلس");

        Assert.Equal("LBY", r.Place.CountryIso3);
        Assert.Equal(ResolutionRule.Prominence, r.Rule);
    }

    [Fact]
    public void Tripoli_is_in_Lebanon_when_the_article_is_about_Lebanon()
    {
        PlaceResolution r = Resolve("تجددت الاشتباكات في طرابلس بين باب التبانة وجبل محسن شمالي لبنان", "طرابلس", "LBN");

        Assert.Equal("LBN", r.Place.CountryIso3);
        Assert.Equal(ResolutionRule.ArticleCountry, r.Rule);
    }

    [Fact]
    public void The_more_mentioned_country_of_the_article_wins()
    {
        PlaceResolution r = Resolve("وصل المبعوث إلى طرابلس قادما من بيروت", "طرابلس", "LBY", "LBN");

        Assert.Equal("LBY", r.Place.CountryIso3);
    }

    [Fact]
    public void A_name_shared_by_a_country_and_a_foreign_city_follows_the_article()
    {
        PlaceResolution jordan = Resolve("تظاهر المئات في عمان احتجاجا على قانون الضريبة", "عمان", "JOR");
        PlaceResolution oman = Resolve("أعلنت عمان استعدادها للوساطة بين الأطراف اليمنية", "عمان", "OMN", "YEM");

        Assert.Equal("Amman", jordan.Place.Name);
        Assert.Equal(LocationPrecision.Town, jordan.Place.Precision);
        Assert.Equal("OMN", oman.Place.CountryIso3);
        Assert.Equal(LocationPrecision.Country, oman.Place.Precision);
    }

    [Fact]
    public void A_region_word_before_the_name_means_the_region()
    {
        PlaceResolution r = Resolve("قتل عشرون مسلحا بعد أن هاجموا قافلة للجيش في منطقة كيدال", "كيدال", "MLI");

        Assert.Equal(LocationPrecision.Region, r.Place.Precision);
        Assert.Equal("Kidal", r.Place.Name);
        Assert.Equal(ResolutionRule.RegionWord, r.Rule);
    }

    [Fact]
    public void A_region_word_with_a_preposition_clitic_still_means_the_region()
    {
        PlaceResolution r = Resolve("سقطت قذائف على قرى بمحافظة إدلب شمال غربي سوريا", "إدلب", "SYR");

        Assert.Equal(LocationPrecision.Region, r.Place.Precision);
    }

    [Fact]
    public void A_town_beats_a_same_named_region_when_no_word_says_which()
    {
        PlaceResolution r = Resolve("انطلقت القافلة من كيدال إلى تين زاوتين", "كيدال", "MLI");

        Assert.Equal(LocationPrecision.Town, r.Place.Precision);
        Assert.Equal(ResolutionRule.TownOverRegion, r.Rule);
    }

    [Fact]
    public void A_region_the_article_mentions_picks_among_towns_of_one_country()
    {
        ImmutableArray<Admin1Region> louisiana = [_g.Admin1ByCode("US.LA")!];

        PlaceResolution r = Resolve("أطلق مسلح النار على مصلين في الإسكندرية بولاية لويزيانا", "الإسكندرية", ["USA"], louisiana);

        Assert.Equal("USA", r.Place.CountryIso3);
        Assert.Equal("Louisiana", r.Place.Admin1);
        Assert.Equal(ResolutionRule.ArticleRegion, r.Rule);
    }

    [Fact]
    public void Without_context_the_most_prominent_place_wins()
    {
        PlaceResolution r = Resolve("خرج آلاف المحتجين إلى شوارع الإسكندرية مساء الجمعة", "الإسكندرية");

        Assert.Equal("EGY", r.Place.CountryIso3);
        Assert.Equal(ResolutionRule.Prominence, r.Rule);
    }

    [Fact]
    public void A_name_with_one_place_is_that_place()
    {
        PlaceResolution r = Resolve("استهدفت قذائف بلدة زملكا في الغوطة الشرقية", "زملكا", "SYR");

        Assert.Equal(ResolutionRule.OnlyCandidate, r.Rule);
        Assert.Equal("mizan:zamalka-sy", r.Place.Id);
    }

    [Fact]
    public void No_candidates_give_no_resolution()
    {
        Assert.Null(new PlaceResolver(_g, ArabicLanguagePack.Instance).Resolve([], GeoContext.Empty));
    }

    [Theory]
    [InlineData("كان")]
    [InlineData("الجزيرة")]
    [InlineData("بشار")]
    [InlineData("مدينة")]
    [InlineData("الخميس")]
    public void Common_words_are_not_place_names(string word)
    {
        Assert.Empty(_g.Lookup(word));
    }
}
