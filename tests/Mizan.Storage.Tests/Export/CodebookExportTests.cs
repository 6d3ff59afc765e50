using System.Text.Json;
using Mizan.Storage.Tests.Support;
using Mizan.Events;

namespace Mizan.Storage.Tests.Export;

/// <summary>
/// Articles written for this test (an air strike, shelling, a roadside bomb, a clash, an abduction, a
/// protest) go through <c>mizan ingest</c> and <c>mizan export</c>; every row read back holds values of
/// ACLED's and UCDP's codebooks (an actor1 and its code in every ACLED row, the interaction of the two
/// codes), and the lethal remote violence reaches the UCDP export.
/// </summary>
public sealed class CodebookExportTests : IDisposable
{
    private static readonly (string Id, string Title, string Text)[] Articles =
    [
        ("strike", "مقتل 7 مدنيين في غارة جوية", "قتل سبعة مدنيين أمس في غارة جوية استهدفت سوقا شعبية في مدينة إدلب شمال غربي سوريا، بحسب ما أفاد الدفاع المدني."),
        ("shelling", "قصف مدفعي على بلدة", "قتل ثلاثة أشخاص وجرح عشرة آخرون أمس في قصف مدفعي للجيش على بلدة في ريف حماة، وفق مصادر طبية."),
        ("ied", "انفجار عبوة ناسفة بدورية", "قتل جنديان أمس في انفجار عبوة ناسفة استهدفت دورية للجيش العراقي قرب مدينة الموصل، حسبما أعلنت خلية الإعلام الأمني."),
        ("clash", "اشتباكات بين الجيش ومسلحين", "اندلعت أمس اشتباكات عنيفة بين الجيش المالي ومسلحين من حركة تحرير أزواد قرب مدينة كيدال، أسفرت عن مقتل خمسة مسلحين."),
        ("abduction", "خطف صحفي", "خطف مسلحون مجهولون أمس صحفيا محليا في مدينة بنغازي شرقي ليبيا، بحسب ما أعلنت نقابة الصحفيين."),
        ("undated", "هجوم على حاجز", "هاجم مسلحون مجهولون حاجزا للشرطة في مدينة الرمادي وقتلوا شرطيين اثنين."),
        ("coalition", "غارات على مواقع الحوثيين", "قتل 12 من مسلحي جماعة الحوثي أمس في غارات لطائرات التحالف بقيادة السعودية على مواقعهم في محافظة صعدة، بحسب مصادر عسكرية."),
        ("protest", "مظاهرة في تونس", "تظاهر مئات المواطنين أمس أمام مقر الحكومة في العاصمة تونس احتجاجا على ارتفاع الأسعار."),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("mizan-codebook-").FullName;

    [Fact]
    public async Task Every_exported_row_holds_values_of_the_codebooks()
    {
        string db = await Ingest();
        List<Dictionary<string, string>> acled = AcledRows.Read(await Export(db, "acled"));
        List<Dictionary<string, string>> ucdp = AcledRows.Read(await Export(db, "ucdp"));

        AcledCodebook codebook = AcledCodebook.Embedded;
        Assert.True(acled.Count >= 5, $"{acled.Count} ACLED rows");
        Assert.All(acled, row =>
        {
            var type = new AcledType(row["event_type"], row["sub_event_type"]);
            Assert.True(codebook.Contains(type), $"'{row["event_type"]}' / '{row["sub_event_type"]}' is not in ACLED's codebook");
            Assert.Equal(codebook.DisorderType(type), row["disorder_type"]);
            AcledRows.AssertActorsFollowTheCodebook(row);
            Assert.True(row["geo_precision"] is "" or "1" or "2" or "3");
            Assert.True(row["time_precision"] is "1" or "2" or "3");
            Assert.True(string.CompareOrdinal(row["event_date"], "2020-03-02") <= 0, $"{row["event_date"]} is after the publication date");
        });
        Assert.Contains(acled, r => r["event_type"] == "Explosions/Remote violence" && r["sub_event_type"] == "Air/drone strike");
        Assert.Contains(acled, r => r["event_type"] == "Explosions/Remote violence" && r["sub_event_type"] == "Remote explosive/landmine/IED");

        // The roadside bomb names no perpetrator: ACLED's unidentified armed group of the country, said so in the notes.
        Dictionary<string, string> ied = Assert.Single(acled, r => r["notes"].Contains("(ied)", StringComparison.Ordinal));
        Assert.Equal(("Unidentified Armed Group (Iraq)", "3", "13"), (ied["actor1"], ied["inter1"], ied["interaction"]));
        Assert.Contains(Mizan.Storage.Export.AcledExport.UnnamedActor1Note, ied["notes"], StringComparison.Ordinal);

        // An article that names no day: its publication date, with the precision that says so.
        Dictionary<string, string> undated = Assert.Single(acled, r => r["notes"].Contains("(undated)", StringComparison.Ordinal));
        Assert.Equal(("2020-03-02", "3"), (undated["event_date"], undated["time_precision"]));

        Assert.All(ucdp, row =>
        {
            Assert.True(row["type_of_violence"] is "" or "1" or "2" or "3");
            Assert.True(row["where_prec"] is "" or "1" or "2" or "3" or "4" or "5" or "6" or "7");
            Assert.True(row["date_prec"] is "" or "1" or "2" or "3" or "4" or "5");
        });

        // The lethal air strike on civilians is one-sided violence in the UCDP export.
        Dictionary<string, string> strike = Assert.Single(ucdp, r => r["source_article"].Contains("strike", StringComparison.Ordinal));
        Assert.Equal("3", strike["type_of_violence"]);
        Assert.Equal("Civilians", strike["side_b"]);
        Assert.NotEqual("Civilians", strike["side_a"]);
        Assert.Equal("7", strike["best"]);

        // Foreign forces of a named state against a rebel group: state-based violence.
        Dictionary<string, string> coalition = Assert.Single(ucdp, r => r["source_article"].Contains("coalition", StringComparison.Ordinal));
        Assert.Equal("1", coalition["type_of_violence"]);
    }

    [Fact]
    public void A_combined_name_is_read_by_lookup_not_split_at_its_first_slash()
    {
        AcledCodebook codebook = AcledCodebook.Embedded;
        Assert.Equal(new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack"), codebook.Find("Explosions/Remote violence/Shelling/artillery/missile attack"));
        Assert.Null(codebook.Find("Explosions/Remote violence/Shelling"));
        Assert.Equal(6, codebook.EventTypes.Count());
        Assert.Equal(25, codebook.Types.Length);
        Assert.Equal("Political violence", codebook.DisorderType(new AcledType("Explosions/Remote violence", "Air/drone strike")));
        Assert.Null(codebook.DisorderType(new AcledType("Explosions", "Remote violence/Air/drone strike")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> Ingest()
    {
        string input = Path.Combine(_folder, "articles.jsonl");
        await File.WriteAllLinesAsync(input, Articles.Select(a => JsonSerializer.Serialize(new
        {
            id = a.Id,
            title = a.Title,
            published = "2020-03-02",
            source = "Written for Mizan's tests",
            text = a.Text,
        })));
        string db = Path.Combine(_folder, "mizan.db");
        await CliRun.Succeeds("ingest", input, "--db", db);
        return db;
    }

    private static Task<string> Export(string db, string format) => CliRun.Succeeds("export", "--format", format, "--db", db);
}
