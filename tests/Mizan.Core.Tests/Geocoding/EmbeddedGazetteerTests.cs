using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Languages.Arabic;

namespace Mizan.Tests.Geocoding;

public class EmbeddedGazetteerTests(GazetteerFixture fixture) : IClassFixture<GazetteerFixture>
{
    private readonly Gazetteer _g = fixture.Gazetteer;

    [Fact]
    public void Every_place_region_and_country_has_valid_coordinates_and_an_english_name()
    {
        IEnumerable<Place> all = _g.Places
            .Concat(_g.Admin1Regions.Select(r => r.Place))
            .Concat(_g.Countries.Select(c => c.Place));
        int count = 0;
        foreach (Place p in all)
        {
            count++;
            Assert.False(string.IsNullOrWhiteSpace(p.Name), $"{p.Id} has no English name");
            Assert.True(double.IsFinite(p.Latitude) && Math.Abs(p.Latitude) <= 90, $"{p.Id} latitude {p.Latitude}");
            Assert.True(double.IsFinite(p.Longitude) && Math.Abs(p.Longitude) <= 180, $"{p.Id} longitude {p.Longitude}");
            Assert.False(p.Latitude == 0 && p.Longitude == 0, $"{p.Id} is at 0,0");
            Assert.NotNull(_g.CountryByCode(p.CountryIso3));
        }

        Assert.True(count > 35_000, $"only {count} entries");
    }

    [Fact]
    public void Every_country_has_a_region()
    {
        Assert.All(_g.Countries, c => Assert.False(string.IsNullOrWhiteSpace(c.Region), c.Iso3));
    }

    [Fact]
    public void Both_spellings_of_Tin_Zaouatine_give_the_same_place()
    {
        Place a = Assert.Single(_g.Lookup("تين زاوتين"));
        Place b = Assert.Single(_g.Lookup("تنزاواتين"));

        Assert.Same(a, b);
        Assert.Equal("MLI", a.CountryIso3);
        Assert.Equal("Kidal", a.Admin1);
    }

    [Fact]
    public void Kidal_resolves_to_the_town_within_a_tenth_of_a_degree()
    {
        var resolver = new PlaceResolver(_g, ArabicLanguagePack.Instance);

        PlaceResolution r = resolver.Resolve(_g.Lookup("كيدال"), GeoContext.OfCountries("MLI"))!;

        Assert.Equal(LocationPrecision.Town, r.Place.Precision);
        Assert.InRange(r.Place.Latitude, 18.34, 18.54);
        Assert.InRange(r.Place.Longitude, 1.31, 1.51);
    }

    [Fact]
    public void Kidal_is_also_a_region()
    {
        Assert.Contains(_g.Lookup("كيدال"), p => p.Precision == LocationPrecision.Region && p.Name == "Kidal");
        Assert.Equal("Kidal", _g.Admin1ByCode("ML.10")!.Name);
    }

    [Theory]
    [InlineData("ولاية الوحدة", "SSD", "Unity")]
    [InlineData("جونقلي", "SSD", "Jonglei")]
    [InlineData("أوروميا", "ETH", "Oromiya")]
    [InlineData("تيغراي", "ETH", "Tigray")]
    [InlineData("شمال كيفو", "COD", "North Kivu")]
    [InlineData("خيبر بختونخوا", "PAK", "Khyber Pakhtunkhwa")]
    public void The_regions_of_wars_in_Africa_and_Pakistan_have_their_Arabic_names(string arabic, string country, string name)
    {
        Assert.Contains(_g.Lookup(arabic), p => p.Precision == LocationPrecision.Region && p.CountryIso3 == country && p.Name == name);
    }

    [Fact]
    public void A_region_whose_name_is_a_common_word_needs_its_cue_word()
    {
        // الوحدة is "unity" and البحيرات "the lakes": only ولاية الوحدة is South Sudan's Unity state.
        Assert.DoesNotContain(_g.Lookup("الوحدة"), p => p.CountryIso3 == "SSD");
        Assert.DoesNotContain(_g.Lookup("البحيرات"), p => p.CountryIso3 == "SSD");
    }

    [Fact]
    public void Lookup_matches_by_normalised_key_whatever_the_hamza_and_ta_marbuta()
    {
        Assert.Equal(_g.Lookup("إدلب"), _g.Lookup("ادلب"));
        Assert.Equal(_g.Lookup("الغوطة الشرقية"), _g.Lookup("الغوطه الشرقيه"));
        Assert.NotEmpty(_g.Lookup("الغوطة الشرقية"));
    }

    [Theory]
    [InlineData("زملكا", "SYR")]
    [InlineData("تلعفر", "IRQ")]
    [InlineData("الحديدة", "YEM")]
    [InlineData("نهم", "YEM")]
    [InlineData("درنة", "LBY")]
    [InlineData("مقديشو", "SOM")]
    [InlineData("هلمند", "AFG")]
    [InlineData("تمبكتو", "MLI")]
    [InlineData("تساليت", "MLI")]
    [InlineData("أغاديس", "NER")]
    [InlineData("سحار", "YEM")]
    [InlineData("السوادية", "YEM")]
    [InlineData("مديرية الصفراء", "YEM")]
    [InlineData("نانغرهار", "AFG")]
    [InlineData("برط", "YEM")]
    [InlineData("مطار التيفور", "SYR")]
    [InlineData("أم المياذن", "SYR")]
    [InlineData("المفرق", "JOR")]
    [InlineData("معبر رفح", "PSE")]
    [InlineData("مطار الضبعة", "SYR")]
    [InlineData("معبر كرم أبو سالم", "PSE")]
    [InlineData("قاعدة حميميم", "SYR")]
    [InlineData("مطار الشعيرات", "SYR")]
    [InlineData("مطار المزة", "SYR")]
    [InlineData("مطار النيرب", "SYR")]
    [InlineData("مخيم الوافدين", "SYR")]
    [InlineData("الشيفونية", "SYR")]
    [InlineData("بلدة الهري", "SYR")]
    [InlineData("قرية الشبكي", "SYR")]
    [InlineData("معبر جابر", "JOR")]
    [InlineData("قاعدة العديد", "QAT")]
    [InlineData("قاعدة الديلمي", "YEM")]
    [InlineData("جبهة البرح", "YEM")]
    [InlineData("منطقة الجاح", "YEM")]
    [InlineData("كهبوب", "YEM")]
    [InlineData("الشريجة", "YEM")]
    [InlineData("جبهة الملاحيظ", "YEM")]
    [InlineData("جبهة مريس", "YEM")]
    [InlineData("الفوعة", "SYR")]
    [InlineData("كفريا", "SYR")]
    [InlineData("جبل الشعانبي", "TUN")]
    [InlineData("جبل سمامة", "TUN")]
    [InlineData("جبل المغيلة", "TUN")]
    [InlineData("معبر راس جدير", "TUN")]
    [InlineData("جبال قنديل", "IRQ")]
    public void Frequent_conflict_places_have_their_arabic_names(string name, string iso3)
    {
        Assert.Contains(_g.Lookup(name), p => p.CountryIso3 == iso3);
    }

    [Fact]
    public void Districts_named_like_common_words_need_their_cue_word()
    {
        // الصفراء is also "the yellow one", نعمان a given name: only مديرية X names the district.
        Assert.DoesNotContain(_g.Lookup("الصفراء"), p => p.CountryIso3 == "YEM");
        Assert.DoesNotContain(_g.Lookup("نعمان"), p => p.CountryIso3 == "YEM");
        Assert.Contains(_g.Lookup("مديرية نعمان"), p => p.CountryIso3 == "YEM");
    }

    [Fact]
    public void Sites_named_like_a_surname_need_their_noun_of_place()
    {
        // الديلمي and الشبكي are also family names: only قاعدة الديلمي and قرية الشبكي name the places.
        Assert.Empty(_g.Lookup("الديلمي"));
        Assert.Empty(_g.Lookup("الشبكي"));
    }

    [Fact]
    public void Tripoli_names_a_place_in_Libya_and_one_in_Lebanon()
    {
        IReadOnlyList<Place> places = _g.Lookup("طرابلس");

        Assert.Contains(places, p => p.CountryIso3 == "LBY" && p.Precision == LocationPrecision.Town);
        Assert.Contains(places, p => p.CountryIso3 == "LBN" && p.Precision == LocationPrecision.Town);
    }

    [Fact]
    public void Arabic_names_include_countries_and_regions_with_their_precision()
    {
        var names = _g.ArabicNames().ToList();

        Assert.Contains(names, n => n.Phrase == "سوريا" && n.Place.Precision == LocationPrecision.Country && n.Place.CountryIso3 == "SYR");
        Assert.Contains(names, n => n.Phrase == "سورية" && n.Place.Precision == LocationPrecision.Country);
        Assert.Contains(names, n => n.Phrase == "ريف دمشق" && n.Place.Precision == LocationPrecision.Region);
        Assert.Contains(names, n => n.Phrase == "تين زاوتين" && n.Place.Id == "mizan:tin-zaouatine-ml");
    }

    [Fact]
    public void No_arabic_name_uses_letters_of_persian_or_urdu_only()
    {
        const string foreign = "پچژگٹڈڑںھہےۓۀیکۆێڵڕېۇۈ";
        Assert.All(_g.ArabicNames(), n => Assert.True(n.Phrase.IndexOfAny(foreign.ToCharArray()) < 0, n.Phrase));
    }

    [Theory]
    [InlineData("السوري", "SYR")]
    [InlineData("السورية", "SYR")]
    [InlineData("العراقيين", "IRQ")]
    [InlineData("الأمريكية", "USA")]
    [InlineData("الأميركي", "USA")]
    [InlineData("المالي", "MLI")]
    [InlineData("النيجري", "NER")]
    [InlineData("النيجيري", "NGA")]
    [InlineData("الإثيوبية", "ETH")]
    [InlineData("الكوري الشمالي", "PRK")]
    public void A_demonym_gives_its_country(string demonym, string iso3)
    {
        Assert.Equal(iso3, _g.CountryOfDemonym(demonym)?.Iso3);
    }

    [Fact]
    public void The_syrian_army_is_placed_in_Syria_through_its_adjective()
    {
        // "الجيش السوري يستعيد السيطرة على بلدة في ريف حماة الشمالي"
        Country syria = _g.CountryOfDemonym("السوري")!;

        PlaceResolution r = new PlaceResolver(_g, ArabicLanguagePack.Instance).ResolveDemonym(syria, new GeoContext([], [], WordsBefore: "الجيش"));

        Assert.Equal(ResolutionRule.DemonymCountry, r.Rule);
        Assert.Equal("SYR", r.Place.CountryIso3);
        Assert.Equal(LocationPrecision.Country, r.Place.Precision);
    }

    [Theory]
    [InlineData("ML", "MLI")]
    [InlineData("mli", "MLI")]
    [InlineData("PS", "PSE")]
    public void A_country_is_found_by_either_iso_code(string code, string iso3)
    {
        Assert.Equal(iso3, _g.CountryByCode(code)?.Iso3);
    }

    [Fact]
    public void The_capital_of_a_country_is_its_PPLC_city()
    {
        Place algiers = _g.CapitalOf(_g.CountryByCode("DZA")!)!;

        Assert.Equal("Algiers", algiers.Name);
        Assert.Equal(LocationPrecision.Town, algiers.Precision);
    }
}
