using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Languages.Arabic;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Geocoding;

/// <summary>Definite nouns of place that mean a place named before them (data/ar/place-anaphora.tsv).</summary>
public class PlaceAnaphoraTests
{
    private static PlaceMention? Reference(Document doc, string noun) =>
        doc.Places.FirstOrDefault(p => p.Referent is not null && doc.Slice(p.Span) == noun);

    [Fact]
    public void The_border_area_is_the_side_of_the_border_named_before()
    {
        Document doc = Engines.Process("اندلعت مواجهات عنيفة على الحدود بين إسرائيل وقطاع غزة يوم الجمعة. وتوافد آلاف الفلسطينيين السبت إلى المنطقة الحدودية للمشاركة في مسيرة جديدة.");
        PlaceMention reference = Assert.IsType<PlaceMention>(Reference(doc, "المنطقة الحدودية"));
        Assert.Equal("قطاع غزة", doc.Slice(reference.Referent!.Span));
        Assert.All(reference.Candidates, p => Assert.Equal("PSE", p.CountryIso3));
    }

    [Fact]
    public void A_protest_at_the_border_area_is_on_the_side_named_before()
    {
        Event protest = Assert.Single(
            Engines.ProcessWithRules("قالت وزارة الصحة إن الجيش الإسرائيلي قتل شابين قرب السياج الفاصل بين إسرائيل وقطاع غزة. وتظاهر آلاف الفلسطينيين الجمعة في المنطقة الحدودية مطالبين برفع الحصار.").Events,
            e => e.Type == "PROTEST");
        Assert.Equal("PSE", protest.Location?.Country);
        Assert.Equal("Gaza Strip", protest.Location?.Name);
        Assert.Equal("قطاع غزة", protest.Location?.Mention.Text); // the name, not the noun that refers to it
    }

    [Theory]
    [InlineData("شنت طائرات حربية غارات على مواقع في قطاع غزة ليل الأحد. وأفاد شهود بأن الغارات طالت مواقع شمال القطاع.", "القطاع", "قطاع غزة")] // the name opens with the noun
    [InlineData("قتل ثلاثة مدنيين في قصف على مدينة درعا جنوبي سوريا. وقال ناشطون إن القذائف سقطت على أحياء وسط المدينة.", "المدينة", "درعا")] // the noun stood before the name
    public void A_named_place_noun_means_the_place_the_text_named_with_that_noun(string text, string noun, string name)
    {
        Document doc = Engines.Process(text);
        PlaceMention reference = Assert.IsType<PlaceMention>(Reference(doc, noun));
        Assert.Equal(name, doc.Slice(reference.Referent!.Span));
    }

    [Fact]
    public void The_governorate_is_the_region_named_before()
    {
        Document doc = Engines.Process("قتل خمسة مسلحين في غارة على موقع في محافظة البيضاء. وتشهد المحافظة مواجهات متقطعة منذ أسابيع.");
        PlaceMention reference = Assert.IsType<PlaceMention>(Reference(doc, "المحافظة"));
        Assert.Equal("البيضاء", doc.Slice(reference.Referent!.Span));
        Assert.All(reference.Candidates, p => Assert.Equal(LocationPrecision.Region, p.Precision));
    }

    [Fact]
    public void A_noun_of_a_sector_or_an_office_refers_to_no_place()
    {
        Document doc = Engines.Process("زار الوزير قطاع غزة الاثنين. وقال إن القطاع الخاص سيشارك في الإعمار، وإن المديرية العامة للجوازات في محافظة البيضاء ستفتح أبوابها.");
        Assert.Null(Reference(doc, "القطاع"));
        Assert.Null(Reference(doc, "المديرية"));
    }

    [Theory]
    [InlineData("سقطت قذائف على أحياء في مدينة حلب. وتركز القصف على القطاع الجنوبي من ريف المدينة.", "القطاع")] // a sector, not the Gaza Strip
    [InlineData("وصل الوفد إلى حلب صباح الأحد. وشهدت المدينة اشتباكات متقطعة.", "المدينة")] // حلب is named, not as مدينة حلب
    public void A_noun_with_no_place_named_with_it_before_refers_to_nothing(string text, string noun)
    {
        // A town named in passing is often not the one the noun means: only a name the text gave with the noun counts.
        Document doc = Engines.Process(text);
        Assert.Null(Reference(doc, noun));
    }

    [Fact]
    public void A_noun_before_a_name_introduces_it_and_refers_to_nothing()
    {
        Document doc = Engines.Process("قصفت الطائرات مواقع في قطاع غزة. وعلى الحدود مع مصر أغلق معبر رفح.");
        Assert.DoesNotContain(doc.Places, p => p.Referent is not null);
    }

    [Fact]
    public void A_definite_noun_does_not_cue_the_name_after_it()
    {
        // مدينة الحديدة names the city; في المدينة التحالف is "in the city, the coalition", not a village called التحالف.
        Document doc = Engines.Process("قال المسؤول إن العملية التي ينفذها في المدينة التحالف الذي تقوده السعودية ستستمر أسابيع.");
        Assert.DoesNotContain(doc.Places, p => doc.Slice(p.Span) == "التحالف");
    }

    [Fact]
    public void A_definite_noun_before_a_noun_of_place_is_no_cue_of_it()
    {
        // الميناء والمدينة: "the port and the city", not a city introduced by a port word (as مدينة الحديدة cues الحديدة).
        Document doc = Engines.Process("دخلت القوات مدينة الحديدة أمس. وطالبت الحكومة المسلحين بالانسحاب من الميناء والمدينة.");
        PlaceMention reference = Assert.IsType<PlaceMention>(Reference(doc, "المدينة"));
        Assert.False(reference.Locative);
    }

    [Fact]
    public void A_named_place_noun_must_be_one_definite_word()
    {
        var error = Assert.Throws<LexiconFormatException>(() => PlaceAnaphora.Load(ArabicLanguagePack.Instance, new StringReader("# source: test\n# licence: MIT\nphrase\trefers\nقطاع\tnamed\n")));
        Assert.Contains("ar/place-anaphora.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("definite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_of_referent_is_a_format_error_with_its_line()
    {
        var error = Assert.Throws<LexiconFormatException>(() => PlaceAnaphora.Load(ArabicLanguagePack.Instance, new StringReader("# source: test\n# licence: MIT\nphrase\trefers\nالمدينة\tcity\n")));
        Assert.Contains("ar/place-anaphora.tsv", error.Message, StringComparison.Ordinal);
    }
}
