using System.Text;
using System.Text.Json;
using Mizan.Cli;
using Mizan.Storage.Export;
using Mizan.Storage.Tests.Support;

namespace Mizan.Storage.Tests.Export;

/// <summary><c>mizan export</c> in process: exact column lists, the conservative ACLED figure with the dispute in the notes, UCDP's low / best / high.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly StoreWithIncidents _store = new();

    [Fact]
    public async Task Acled_export_has_exactly_ACLEDs_columns_in_order()
    {
        List<string[]> rows = Csv(await Export("acled"));

        Assert.Equal(
            "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp",
            string.Join(',', rows[0]));
        Assert.All(rows, r => Assert.Equal(31, r.Length));
    }

    [Fact]
    public async Task Acled_fatalities_are_the_most_conservative_claim_and_the_dispute_is_in_the_notes()
    {
        List<string[]> rows = Csv(await Export("acled"));
        string[] header = rows[0];
        Dictionary<string, string> kidal = Row(rows, header, "in-a");

        Assert.Equal("0", kidal["fatalities"]);
        Assert.Contains("Fatalities disputed", kidal["notes"], StringComparison.Ordinal);
        Assert.Contains("Security source (military, Outlet): 20 (total)", kidal["notes"], StringComparison.Ordinal);
        Assert.Contains("Ministry of Defence of Mali (government, Outlet): 0 (total), denial", kidal["notes"], StringComparison.Ordinal);
        Assert.Equal("2018-06-02", kidal["event_date"]);
        Assert.Equal("Kidal", kidal["location"]);
        Assert.Equal("1", kidal["geo_precision"]);
        Assert.Equal("Western Africa", kidal["region"]);

        // Columns Mizan cannot know stay empty, never invented.
        foreach (string column in new[] { "assoc_actor_1", "assoc_actor_2", "iso", "admin2", "admin3", "source_scale", "tags", "timestamp" })
        {
            Assert.All(rows.Skip(1), r => Assert.Equal(string.Empty, r[Array.IndexOf(header, column)]));
        }

        // The planned attack did not take place: not in an ACLED-style export.
        Assert.DoesNotContain(rows, r => r[0] == "in-f");
        Assert.Equal("5", Row(rows, header, "in-d")["fatalities"]);
    }

    [Fact]
    public async Task Ucdp_export_has_exactly_UCDP_GEDs_columns_and_low_best_high()
    {
        List<string[]> rows = Csv(await Export("ucdp"));
        string[] header = rows[0];

        Assert.Equal(
            "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob",
            string.Join(',', header));
        Assert.All(rows, r => Assert.Equal(49, r.Length));
        Dictionary<string, string> kidal = Row(rows, header, "in-a");
        Assert.Equal(("0", "12", "20"), (kidal["low"], kidal["best"], kidal["high"]));
        Assert.Equal("3", kidal["number_of_sources"]);
        Assert.Equal("POINT (1.40778 18.44111)", kidal["geom_wkt"]);
        Assert.Equal(UcdpExport.PrioGridCell(18.44111, 1.40778).ToString(System.Globalization.CultureInfo.InvariantCulture), kidal["priogrid_gid"]);
        Assert.Equal(string.Empty, kidal["conflict_name"]);
        Assert.Equal(string.Empty, kidal["gwnoa"]);

        // The protest is not organised violence with deaths.
        Assert.DoesNotContain(rows, r => r[0] == "in-e");
    }

    [Fact]
    public void Prio_grid_cells_count_half_degrees_from_the_south_west_corner()
    {
        Assert.Equal(1, UcdpExport.PrioGridCell(-89.9, -179.9));
        Assert.Equal(720, UcdpExport.PrioGridCell(-89.9, 179.9));
        Assert.Equal(721, UcdpExport.PrioGridCell(-89.4, -179.9));
        Assert.Equal(259200, UcdpExport.PrioGridCell(89.9, 179.9));
    }

    [Fact]
    public async Task Jsonl_export_keeps_every_report_with_its_article_and_quotes()
    {
        string output = await Export("jsonl");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        JsonElement kidal = Assert.Single(lines, l => l.GetProperty("id").GetString() == "in-a");
        Assert.Equal(3, kidal.GetProperty("reports").GetArrayLength());
        Assert.Equal(0, kidal.GetProperty("fatalities_conservative").GetInt64());
        JsonElement report = kidal.GetProperty("reports")[2];
        Assert.Equal("outlet-c-1", report.GetProperty("article").GetProperty("id").GetString());
        Assert.True(report.GetProperty("event").GetProperty("claims")[0].GetProperty("denial").GetBoolean());
        Assert.Equal("قتل", report.GetProperty("event").GetProperty("evidence")[0].GetProperty("text").GetString());
        Assert.Equal(4, lines.Count);
    }

    [Fact]
    public async Task Filters_narrow_an_export()
    {
        string output = await Export("jsonl", "--country", "MLI", "--type", "ASSAULT", "--from", "2018-06-01", "--to", "2018-06-05", "--actor", "mnla");

        Assert.Equal(["in-a"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Exporting_from_a_store_that_does_not_exist_is_an_error()
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = await MizanCli.RunAsync(["export", "--format", "acled", "--db", _store.Path + ".missing"], new MemoryStream(), output, error);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("cannot open the store", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();

    /// <summary>
    /// The records of an export, read strictly: a record ends only at CRLF, as RFC 4180 and the
    /// exporter write, so an export with bare line ends fails these tests (Mizan.Evaluation's
    /// CsvReader, which reads the gold files, accepts either).
    /// </summary>
    internal static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }

    private static Dictionary<string, string> Row(List<string[]> rows, string[] header, string id)
    {
        string[] row = Assert.Single(rows, r => r[0] == id);
        return header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => row[x.i]);
    }

    private async Task<string> Export(string format, params string[] filters)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = await MizanCli.RunAsync(["export", "--format", format, "--db", _store.Path, .. filters], new MemoryStream(), output, error);
        Assert.True(code == 0, $"exit code {code}: {error}");
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
