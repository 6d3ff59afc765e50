using System.Text.Json;
using Mizan.Storage.Tests.Support;

namespace Mizan.Storage.Tests.Stores;

/// <summary>
/// <c>mizan search</c> by place, over articles written for this test and stored by <c>mizan ingest</c>:
/// one attack in the city of Aleppo, one in Aleppo governorate (placed at the governorate itself), one
/// in Manbij (a town of Aleppo governorate), one in Damascus.
/// </summary>
public sealed class PlaceSearchTests : IDisposable
{
    private static readonly (string Id, string Text)[] Articles =
    [
        ("aleppo", "قتل ثلاثة مدنيين أمس في قصف استهدف حيا سكنيا في مدينة حلب شمال سوريا."),
        ("governorate", "قتل خمسة أشخاص أمس في غارة جوية استهدفت قرية في محافظة حلب شمال سوريا."),
        ("manbij", "قتل جنديان أمس في انفجار عبوة ناسفة استهدفت دورية عسكرية في مدينة منبج."),
        ("damascus", "قتل أربعة أشخاص أمس في سقوط قذائف على حي سكني في العاصمة دمشق."),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("mizan-place-search-").FullName;

    [Fact]
    public async Task The_English_name_of_a_place_finds_its_events_though_the_articles_are_in_Arabic()
    {
        string db = await Ingest();
        Assert.Equal(["aleppo", "governorate", "manbij"], await Search(db, "Aleppo"));
        Assert.Equal(["damascus"], await Search(db, "damascus"));
    }

    [Fact]
    public async Task A_place_filter_takes_the_places_of_the_region_of_that_name()
    {
        string db = await Ingest();
        Assert.Equal(["aleppo", "governorate", "manbij"], await Search(db, "--place", "aleppo"));
        Assert.Equal(["aleppo"], await Search(db, "--place", "170063"));
        Assert.Equal(["aleppo"], await Search(db, "--place", "geonames:170063"));
        Assert.Equal(["damascus"], await Search(db, "--place", "دمشق"));
        Assert.Empty(await Search(db, "--place", "Kidal"));
    }

    [Fact]
    public async Task A_region_named_by_its_id_or_its_arabic_name_brings_its_places_too()
    {
        string db = await Ingest();
        Assert.Equal(["aleppo", "governorate", "manbij"], await Search(db, "--place", "170062"));
        Assert.Equal(["aleppo", "governorate", "manbij"], await Search(db, "--place", "geonames:170062"));
        Assert.Equal(["aleppo", "governorate", "manbij"], await Search(db, "--place", "حلب"));

        // The city of Aleppo has the name of its governorate but is no region: no other place is in it.
        Assert.Equal(["aleppo"], await Search(db, "--place", "geonames:170063"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> Ingest()
    {
        string input = Path.Combine(_folder, "articles.jsonl");
        await File.WriteAllLinesAsync(input, Articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, published = "2020-03-02", text = a.Text })));
        string db = Path.Combine(_folder, "mizan.db");
        await CliRun.Succeeds("ingest", input, "--db", db);
        return db;
    }

    private static async Task<string[]> Search(string db, params string[] arguments)
    {
        string output = await CliRun.Succeeds(["search", .. arguments, "--json", "--db", db]);
        return [.. output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("article").GetProperty("id").GetString()!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
