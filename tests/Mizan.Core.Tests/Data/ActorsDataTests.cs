using Mizan.Languages.Arabic;
using Mizan.Lexicons;
using Mizan.Resources;
using Mizan.Text;

namespace Mizan.Tests.Data;

/// <summary>
/// Checks the named-actor lexicon <c>data/ar/actors.tsv</c> as data: every row well formed, every
/// Arabic form pointing at one actor only, and no form that is an everyday word on its own.
/// </summary>
public class ActorsDataTests
{
    private const string Resource = "ar/actors.tsv";

    private static readonly HashSet<string> ActorKinds = new(StringComparer.Ordinal)
    {
        "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters",
        "civilians", "external_forces", "unidentified_armed_group", "government",
    };

    private static readonly HashSet<string> SourceKinds = new(StringComparer.Ordinal)
    {
        "government", "military", "armed_group", "ngo", "un", "media", "witness", "medical", "unattributed",
    };

    // Words that news uses every day for many different bodies: a name form must never be one of them
    // alone, whatever its hamza, ta marbuta or article.
    private static readonly string[] CommonWords =
    [
        "الدولة", "التحالف", "الشباب", "الجيش", "القوات", "الحكومة", "المعارضة", "النظام", "المقاومة", "الحشد",
        "العمالقة", "الصحوة", "المنظمة", "الوكالة", "الحركة", "الجماعة", "التنظيم", "الشرعية", "المسيرة", "العربية",
    ];

    // Normalised forms that deliberately name two actors (the matcher must pick one from context).
    // Add a key here, with a comment saying why, rather than letting two rows claim it by accident.
    private static readonly HashSet<string> DeliberateAmbiguities = new(StringComparer.Ordinal);

    private static readonly Lazy<TsvTable> Table = new(Load);

    private static TsvTable Load()
    {
        using TextReader reader = EmbeddedData.OpenText(Resource);
        return TsvTable.Parse(reader, Resource, "id", "names_ar", "name", "kind", "country", "source_kind");
    }

    private static IEnumerable<TsvRow> Rows => Table.Value.Rows;

    [Fact]
    public void The_lexicon_names_its_source_and_an_MIT_licence()
    {
        Assert.StartsWith("written by the Mizan project", Table.Value.Source, StringComparison.Ordinal);
        Assert.Equal("MIT", Table.Value.Licence);
        Assert.InRange(Table.Value.Rows.Length, 120, 300);
    }

    [Fact]
    public void Ids_are_unique_upper_case_words_joined_by_hyphens()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (TsvRow row in Rows)
        {
            string id = row.Required("id");
            Assert.True(IsId(id), $"{Resource}:{row.Line}: id '{id}' is not upper-case letters and digits joined by '-'");
            Assert.True(seen.TryAdd(id, row.Line), $"{Resource}:{row.Line}: id '{id}' already used on line {seen.GetValueOrDefault(id)}");
        }
    }

    [Fact]
    public void Every_kind_is_an_annotation_actor_kind_or_empty()
    {
        foreach (TsvRow row in Rows)
        {
            string kind = row["kind"];
            Assert.True(kind.Length == 0 || ActorKinds.Contains(kind), $"{Resource}:{row.Line}: kind '{kind}' is not an actor kind of ANNOTATION.md");
        }
    }

    [Fact]
    public void Every_source_kind_is_an_annotation_source_kind()
    {
        foreach (TsvRow row in Rows)
        {
            string sourceKind = row["source_kind"];
            Assert.True(SourceKinds.Contains(sourceKind), $"{Resource}:{row.Line}: source_kind '{sourceKind}' is not a source kind of ANNOTATION.md");
        }
    }

    [Fact]
    public void Media_and_united_nations_bodies_are_sources_only_never_event_actors()
    {
        foreach (TsvRow row in Rows.Where(r => r["source_kind"] is "media"))
        {
            Assert.True(row["kind"].Length == 0, $"{Resource}:{row.Line}: the news outlet {row["id"]} has an actor kind");
        }

        foreach (TsvRow row in Rows.Where(r => r["source_kind"] is "un" && r["kind"].Length > 0))
        {
            Assert.True(row["kind"] == "external_forces", $"{Resource}:{row.Line}: the international body {row["id"]} may only act as external forces (a peacekeeping mission)");
        }
    }

    [Fact]
    public void Countries_are_three_upper_case_letters_or_empty()
    {
        foreach (TsvRow row in Rows)
        {
            string country = row["country"];
            Assert.True(country.Length == 0 || (country.Length == 3 && country.All(char.IsAsciiLetterUpper)), $"{Resource}:{row.Line}: country '{country}' is not an ISO 3166 alpha-3 code");
        }
    }

    [Fact]
    public void Every_row_has_an_English_name_and_at_least_one_Arabic_form()
    {
        foreach (TsvRow row in Rows)
        {
            string name = row.Required("name");
            Assert.True(name.All(c => c < 0x0600 || c > 0x06FF), $"{Resource}:{row.Line}: the English name '{name}' holds Arabic letters");
            Assert.NotEmpty(row.List("names_ar"));
        }
    }

    [Fact]
    public void Arabic_forms_are_plain_words_without_marks_tatweel_or_stray_spaces()
    {
        foreach ((TsvRow row, string form) in Forms())
        {
            Assert.True(form.Any(c => c is >= '\u0621' and <= '\u064A'), $"{Resource}:{row.Line}: '{form}' has no Arabic letter");
            Assert.False(form.Any(c => c is (>= '\u064B' and <= '\u0655') or '\u0670' or '\u0640'), $"{Resource}:{row.Line}: '{form}' carries diacritics or tatweel");
            Assert.False(form.Contains("  ", StringComparison.Ordinal), $"{Resource}:{row.Line}: '{form}' has a double space");
            Assert.Equal(form.Trim(), form);
        }
    }

    [Fact]
    public void No_form_starts_with_a_proclitic_that_the_matcher_peels_itself()
    {
        string[] peeled = ["وال", "فال", "بال", "كال", "لل", "وبال", "ولل", "فبال", "فلل"];
        foreach ((TsvRow row, string form) in Forms())
        {
            string firstWord = ArabicNormalizer.Key(form).Split(' ')[0];
            Assert.False(
                peeled.Any(p => firstWord.StartsWith(p, StringComparison.Ordinal) && firstWord.Length > p.Length + 2),
                $"{Resource}:{row.Line}: '{form}' starts with a conjunction or preposition; list the bare form");
        }
    }

    [Fact]
    public void No_form_is_listed_twice_in_one_row_after_normalisation()
    {
        foreach (TsvRow row in Rows)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (string form in row.List("names_ar"))
            {
                Assert.True(keys.Add(ArabicNormalizer.Key(form)), $"{Resource}:{row.Line}: '{form}' repeats another form of {row["id"]} up to hamza, ya or ta marbuta");
            }
        }
    }

    [Fact]
    public void No_form_belongs_to_two_actors_unless_listed_as_a_deliberate_ambiguity()
    {
        var owners = new Dictionary<string, (string Id, int Line)>(StringComparer.Ordinal);
        var clashes = new List<string>();
        foreach ((TsvRow row, string form) in Forms())
        {
            string key = ArabicNormalizer.Key(form);
            string id = row["id"];
            if (owners.TryGetValue(key, out (string Id, int Line) owner) && owner.Id != id && !DeliberateAmbiguities.Contains(key))
            {
                clashes.Add($"{Resource}:{row.Line}: '{form}' of {id} is also a form of {owner.Id} (line {owner.Line})");
            }

            owners.TryAdd(key, (id, row.Line));
        }

        Assert.Empty(clashes);
    }

    [Fact]
    public void No_form_is_a_single_very_common_word()
    {
        var common = CommonWords.Select(ArabicNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        foreach ((TsvRow row, string form) in Forms())
        {
            string key = ArabicNormalizer.Key(form);
            string withArticle = key.StartsWith("ال", StringComparison.Ordinal) ? key : "ال" + key;
            Assert.False(common.Contains(withArticle), $"{Resource}:{row.Line}: '{form}' is an everyday word on its own");
        }
    }

    [Theory]
    [InlineData("قسد", "SDF")]
    [InlineData("هيئة تحرير الشام", "HTS")]
    [InlineData("جبهة النصرة", "NUSRA")]
    [InlineData("أنصار الله", "HOUTHI")]
    [InlineData("مليشيات الحوثي", "HOUTHI")]
    [InlineData("ميليشيا الحوثي", "HOUTHI")]
    [InlineData("تنظيم الدولة الإسلامية", "ISIS")]
    [InlineData("تنظيم القاعدة", "AL-QAEDA")]
    [InlineData("تنظيم القاعدة في بلاد المغرب الإسلامي", "AQIM")]
    [InlineData("تحالف دعم الشرعية", "SAUDI-COALITION")]
    [InlineData("وحدات حماية الشعب", "YPG")]
    [InlineData("الجيش الوطني الليبي", "LNA")]
    [InlineData("حركة الشباب", "AL-SHABAAB")]
    [InlineData("جبهة تحرير مورو الإسلامية", "MILF")]
    [InlineData("تحالف الشمال من أجل التغيير", "ATNMC")]
    [InlineData("المرصد السوري لحقوق الانسان", "SOHR")]
    [InlineData("الامم المتحدة", "UN")]
    [InlineData("منظمة اطباء بلا حدود", "MSF")]
    [InlineData("وكالة فرانس برس", "AFP")]
    public void Spellings_found_in_the_news_resolve_to_their_actor(string form, string expectedId)
    {
        string key = ArabicNormalizer.Key(form);
        string[] ids = [.. Forms().Where(f => ArabicNormalizer.Key(f.Form) == key).Select(f => f.Row["id"]).Distinct()];
        Assert.Equal([expectedId], ids);
    }

    [Fact]
    public void The_army_of_a_country_named_by_its_adjective_is_left_to_the_generic_institutions()
    {
        var keys = Forms().Select(f => ArabicNormalizer.Key(f.Form)).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(ArabicNormalizer.Key("الجيش السوري"), keys);
        Assert.DoesNotContain(ArabicNormalizer.Key("الجيش المالي"), keys);
        Assert.DoesNotContain(ArabicNormalizer.Key("الجيش الإسرائيلي"), keys);
        Assert.DoesNotContain(ArabicNormalizer.Key("قوات النظام السوري"), keys);
    }

    private static IEnumerable<(TsvRow Row, string Form)> Forms() =>
        Rows.SelectMany(row => row.List("names_ar").Select(form => (row, form)));

    private static bool IsId(string id) =>
        id.Length > 0
        && id[0] != '-' && id[^1] != '-'
        && !id.Contains("--", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-');
}
