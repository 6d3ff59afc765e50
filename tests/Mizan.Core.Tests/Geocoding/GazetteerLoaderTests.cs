using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Languages.Arabic;
using Mizan.Lexicons;

namespace Mizan.Tests.Geocoding;

public class GazetteerLoaderTests
{
    private const string Countries =
        "# source: test\n# licence: test\n" +
        "iso2\tiso3\tgeonameid\tname\tnames_ar\tdemonyms_ar\tcapital\tlat\tlon\tpopulation\tregion\n" +
        "ML\tMLI\t2453866\tMali\tمالي\tمالي|مالية\tBamako\t12.6\t-7.98\t19077690\tWestern Africa\n" +
        "DZ\tDZA\t2589581\tAlgeria\tالجزائر\tجزائري|جزائرية\tAlgiers\t36.73\t3.08\t42228429\tNorthern Africa\n";

    private const string Admin1 =
        "# source: test\n# licence: test\n" +
        "code\tcountry\tgeonameid\tname\tnames_ar\tlat\tlon\n" +
        "ML.10\tMLI\t2597449\tKidal\tكيدال\t18.44\t1.41\n";

    private const string PlacesHeader =
        "# source: test\n# licence: test\n" +
        "id\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature_class\tfeature_code\tnames_ar\n";

    private const string KidalRow = "2455290\tKidal\tMLI\tKidal\t18.44345\t1.40921\t40030\tP\tPPLA\tكيدال\n";

    private const string SupplementHeader =
        "# source: test\n# licence: test\n" +
        "id\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature_class\tfeature_code\tnames_ar\tprecision\n";

    private static Gazetteer Load(string places, string? supplement = null) =>
        Gazetteer.Load(ArabicLanguagePack.Instance, new StringReader(places), new StringReader(Countries), new StringReader(Admin1), supplement is null ? null : new StringReader(supplement));

    [Fact]
    public void Load_reads_places_regions_and_countries()
    {
        Gazetteer g = Load(PlacesHeader + KidalRow);

        Assert.Single(g.Places);
        Assert.Equal("geonames:2455290", g.Places[0].Id);
        Assert.Equal(LocationPrecision.Town, g.Places[0].Precision);
        Assert.Equal(2, g.Countries.Length);
        Assert.Single(g.Admin1Regions);
    }

    [Fact]
    public void A_bad_latitude_is_reported_with_file_and_line()
    {
        string places = PlacesHeader + KidalRow + "2457163\tGao\tMLI\tGao\t96.27\t-0.04\t86633\tP\tPPLA\tغاو\n";

        var e = Assert.Throws<LexiconFormatException>(() => Load(places));

        Assert.Equal("geo/gazetteer.tsv", e.File);
        Assert.Equal(5, e.Line);
        Assert.Contains("lat", e.Problem, StringComparison.Ordinal);
        Assert.StartsWith("geo/gazetteer.tsv:5:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_reported_with_file_and_line()
    {
        string places = PlacesHeader + "\n" + KidalRow + "2457163\tGao\tMLI\t16.27\t-0.04\t86633\tP\tPPLA\tغاو\n";

        var e = Assert.Throws<LexiconFormatException>(() => Load(places));

        Assert.Equal(6, e.Line);
        Assert.Contains("expected 10 tab-separated cells, found 9", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_licence_line_is_refused()
    {
        string places = "# source: test\nid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature_class\tfeature_code\tnames_ar\n" + KidalRow;

        var e = Assert.Throws<LexiconFormatException>(() => Load(places));

        Assert.Equal(2, e.Line);
        Assert.Contains("licence", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_country_code_is_reported()
    {
        var e = Assert.Throws<LexiconFormatException>(() => Load(PlacesHeader + KidalRow.Replace("MLI", "XYZ", StringComparison.Ordinal)));

        Assert.Equal(4, e.Line);
        Assert.Contains("'XYZ'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_supplement_row_for_a_geonames_place_adds_its_arabic_names()
    {
        string supplement = SupplementHeader + "geonames:2455290\tKidal\tMLI\tKidal\t18.44\t1.41\t\tP\tPPLA\tكيدال|كيدالة\ttown\n";

        Gazetteer g = Load(PlacesHeader + KidalRow, supplement);

        Assert.Same(g.Lookup("كيدال").Single(p => p.Precision == LocationPrecision.Town), g.Lookup("كيدالة").Single());
    }

    [Fact]
    public void A_supplement_row_for_a_missing_geonames_place_is_reported()
    {
        string supplement = SupplementHeader + "geonames:1\tNowhere\tMLI\tKidal\t18.44\t1.41\t\tP\tPPL\tلا مكان\ttown\n";

        var e = Assert.Throws<LexiconFormatException>(() => Load(PlacesHeader + KidalRow, supplement));

        Assert.Equal("geo/places-supplement.tsv", e.File);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void A_supplement_row_far_from_its_geonames_place_is_reported()
    {
        string supplement = SupplementHeader + "geonames:2455290\tKidal\tMLI\tKidal\t16.27\t-0.04\t\tP\tPPL\tكيدال\ttown\n";

        var e = Assert.Throws<LexiconFormatException>(() => Load(PlacesHeader + KidalRow, supplement));

        Assert.Contains("not near", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_precision_in_the_supplement_is_reported()
    {
        string supplement = SupplementHeader + "mizan:tessalit-ml\tTessalit\tMLI\tKidal\t20.2\t1.01\t\tP\tPPL\tتساليت\tvillage\n";

        var e = Assert.Throws<LexiconFormatException>(() => Load(PlacesHeader + KidalRow, supplement));

        Assert.Contains("'village'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demonym_claimed_by_two_countries_is_reported()
    {
        string countries = Countries + "NE\tNER\t2440476\tNiger\tالنيجر\tمالي\tNiamey\t13.5\t2.1\t22442948\tWestern Africa\n";

        var e = Assert.Throws<LexiconFormatException>(() =>
            Gazetteer.Load(ArabicLanguagePack.Instance, new StringReader(PlacesHeader), new StringReader(countries), new StringReader(Admin1)));

        Assert.Equal("geo/countries.tsv", e.File);
        Assert.Equal(6, e.Line);
        Assert.Contains("MLI", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Demonyms_are_found_bare_with_the_article_and_in_the_plural()
    {
        Gazetteer g = Load(PlacesHeader + KidalRow);

        foreach (string form in (string[])["مالي", "المالي", "المالية", "الماليين", "ماليون", "الجزائريين", "الجزائرية"])
        {
            Assert.NotNull(g.CountryOfDemonym(form));
        }

        Assert.Equal("DZA", g.CountryOfDemonym("الجزائرية")!.Iso3);
        Assert.Null(g.CountryOfDemonym("سوري"));
    }
}
