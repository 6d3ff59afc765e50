using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Languages.Arabic;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Geocoding;

/// <summary>
/// Places that GeoNames names in Latin script only, read from the Arabic spelling of their name
/// after a noun of place, in a country the article names.
/// </summary>
public class LatinSpellingTests : IClassFixture<GazetteerFixture>
{
    private static readonly LatinSpelling Spelling = LatinSpelling.Load(ArabicLanguagePack.Instance);
    private readonly Gazetteer _gazetteer;

    public LatinSpellingTests(GazetteerFixture fixture)
    {
        _gazetteer = fixture.Gazetteer;
    }

    private static NameSkeleton Arabic(string word) => Spelling.ReadArabic(ArabicNormalizer.Key(word)) ?? throw new InvalidOperationException(word);

    private static NameSkeleton Latin(string name) => Spelling.ReadLatin(name) ?? throw new InvalidOperationException(name);

    [Theory]
    [InlineData("ناروال", "Narowal")]
    [InlineData("كيزليار", "Kizlyar")]
    [InlineData("ناكورو", "Nakuru")]
    [InlineData("جرادة", "Jerada")]
    [InlineData("بوقنادل", "Bouknadel")]
    [InlineData("الحديدة", "Al Ḩudaydah")]
    [InlineData("دوما", "Douma")]
    [InlineData("هكاري", "Hakkâri")]
    [InlineData("سيهانوكفيل", "Sihanoukville")]
    [InlineData("تشاد", "Chad")]
    public void The_arabic_spelling_of_a_name_spells_its_latin_name(string arabic, string latin)
    {
        Assert.True(Arabic(arabic).Spells(Latin(latin)), $"{arabic}: {Arabic(arabic)}; {latin}: {Latin(latin)}");
    }

    [Theory]
    [InlineData("عفرين", "Vernon")]        // the consonants differ once doubled letters are read apart (v-r-n-n)
    [InlineData("البصرة", "Boshrūyeh")]    // a long vowel in the Latin name that the Arabic does not write
    public void Other_names_are_not_spelled(string arabic, string latin)
    {
        Assert.False(Arabic(arabic).Spells(Latin(latin)), $"{arabic}: {Arabic(arabic)}; {latin}: {Latin(latin)}");
    }

    [Fact]
    public void A_name_of_several_words_is_not_read()
    {
        Assert.Null(Spelling.ReadLatin("Lahad Datu"));
        Assert.NotNull(Spelling.ReadLatin("Al Qa'im"));
    }

    [Fact]
    public void A_short_skeleton_without_long_vowels_is_not_read_as_a_name()
    {
        // شرق (east) has three consonants and no long vowel: too little to tell a name.
        Assert.False(LatinNameIndex.LongEnough(Arabic("الشرق")));
        Assert.True(LatinNameIndex.LongEnough(Arabic("ناروال")));
    }

    [Fact]
    public void The_gazetteer_indexes_its_towns_that_have_no_arabic_name()
    {
        Assert.True(_gazetteer.LatinNames.Count > 10_000);
        Place? narowal = _gazetteer.LatinNames.Find(ArabicNormalizer.Key("ناروال"), new HashSet<string> { "PAK" });
        Assert.Equal("Narowal", narowal?.Name);
        Assert.Null(_gazetteer.LatinNames.Find(ArabicNormalizer.Key("ناروال"), new HashSet<string> { "FRA" }));
    }

    [Fact]
    public void A_town_named_only_in_latin_script_is_the_place_of_an_event_after_a_noun_of_place()
    {
        // Written for this test: a shooting in a Pakistani town that GeoNames names only as "Narowal".
        Event e = Assert.Single(Engines.Process("أصيب شرطيان باكستانيان بجروح عندما أطلق مسلح النار على دورية في مدينة ناروال بإقليم البنجاب الأحد.").Events);
        Assert.Equal("Narowal", e.Location?.Name);
        Assert.Equal("PAK", e.Location?.Country);
    }

    [Fact]
    public void A_latin_only_town_is_not_read_when_the_article_names_no_country_of_it()
    {
        Document doc = Engines.Process("وصل الوفد إلى مدينة ناروال صباح الأحد.");
        Assert.DoesNotContain(doc.Places, p => p.Candidates.Any(c => c.Name == "Narowal"));
    }

    [Fact]
    public void A_latin_only_town_needs_a_noun_of_place_before_it()
    {
        Document doc = Engines.Process("قال مسؤول باكستاني إن ناروال تشهد هدوءا.");
        Assert.DoesNotContain(doc.Places, p => p.Candidates.Any(c => c.Name == "Narowal"));
    }

    [Theory]
    [InlineData("ب\tB2\t\n", "ar/latin-letters.tsv", 4, "class 'B2'")]
    [InlineData("ب\tb\tlater\n", "ar/latin-letters.tsv", 4, "at_end 'later'")]
    public void A_bad_row_of_the_letter_table_names_its_file_line_and_problem(string row, string file, int line, string problem)
    {
        const string header = "# source: test\n# licence: test\nletters\tclass\tat_end\n";
        var e = Assert.Throws<LexiconFormatException>(() => LatinSpelling.Load(
            ArabicLanguagePack.Instance,
            new StringReader(header + row),
            new StringReader("# source: test\n# licence: test\nspelling\tclass\tat_end\nkh\tk\t\n"),
            new StringReader("# source: test\n# licence: test\narticle\nal\n"),
            new StringReader("# source: test\n# licence: test\nletter\tbase\tlong\nā\ta\tlong\n")));
        Assert.Equal(file, e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accent_row_that_is_not_one_letter_is_an_error_with_its_line()
    {
        var e = Assert.Throws<LexiconFormatException>(() => LatinSpelling.Load(
            ArabicLanguagePack.Instance,
            new StringReader("# source: test\n# licence: test\nletters\tclass\tat_end\nب\tb\t\n"),
            new StringReader("# source: test\n# licence: test\nspelling\tclass\tat_end\nkh\tk\t\n"),
            new StringReader("# source: test\n# licence: test\narticle\nal\n"),
            new StringReader("# source: test\n# licence: test\nletter\tbase\tlong\nāā\ta\tlong\n")));
        Assert.Equal("geo/latin-accents.tsv", e.File);
        Assert.Equal(4, e.Line);
    }
}
