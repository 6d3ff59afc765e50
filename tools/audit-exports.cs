#:project ../src/Mizan.Core/Mizan.Core.csproj
#:project ../src/Mizan.Evaluation/Mizan.Evaluation.csproj
// Audits the ACLED and UCDP exports of a store against the rules of issue 16 (docs/quality.md):
//   mizan export --format acled --db STORE -o acled.csv
//   mizan export --format ucdp --db STORE -o ucdp.csv
//   mizan export --format jsonl --include-background --db STORE -o incidents.jsonl
//   dotnet run -c Release tools/audit-exports.cs -- acled.csv ucdp.csv incidents.jsonl [EXAMPLES]
// Over every ACLED row: event type and sub-event type among the codebook's (6 and 25), the
// disorder type the codebook gives them, an event_date, one not after the publication of the
// incident's first article, a time_precision of 1 to 3, no background incident, and the rows of
// 1,000 or more deaths (lowest figure or highest) for reading one by one; then every lethal air
// strike and shelling of the ACLED rows (some source gives a death) must be in the UCDP export.
// Prints one count per check, with up to EXAMPLES (default 5) rows each; exit code 1 when a rule
// that must hold fails (the 1,000-death rows are listed, not judged).
using System.Globalization;
using System.Text;
using System.Text.Json;
using Mizan.Events;

if (args.Length is < 3 or > 4)
{
    Console.Error.WriteLine("usage: audit-exports ACLED.csv UCDP.csv INCIDENTS.jsonl [EXAMPLES]");
    return 2;
}

int examples = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
AcledCodebook codebook = AcledCodebook.Embedded;
var eventTypes = codebook.EventTypes.ToHashSet(StringComparer.Ordinal);
var subEventTypes = codebook.Types.Select(t => t.SubEventType).ToHashSet(StringComparer.Ordinal);

var incidents = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
foreach (string line in File.ReadLines(args[2]))
{
    if (line.Length > 0)
    {
        JsonElement e = JsonDocument.Parse(line).RootElement;
        incidents[e.GetProperty("id").GetString()!] = e;
    }
}

List<Dictionary<string, string>> acled = Csv(args[0]);
var ucdp = Csv(args[1]).Select(r => r["id"]).ToHashSet(StringComparer.Ordinal);
var failures = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
string[] mustHold =
[
    "event_type not in the codebook", "sub_event_type not in the codebook", "type pair not in the codebook",
    "disorder_type not the codebook's", "event_date empty", "event_date after the first article's publication",
    "time_precision not 1 to 3", "background incident exported", "lethal air strike or shelling missing from UCDP",
];
foreach (string check in mustHold)
{
    failures[check] = [];
}

failures["rows of 1,000 or more deaths (lowest or highest figure)"] = [];
int lethalRemote = 0;
foreach (Dictionary<string, string> row in acled)
{
    string id = row["event_id_cnty"];
    JsonElement incident = incidents[id];
    string[] published = [.. incident.GetProperty("reports").EnumerateArray()
        .Select(r => r.GetProperty("article").GetProperty("published"))
        .Where(p => p.ValueKind == JsonValueKind.String)
        .Select(p => p.GetString()!)
        .Order(StringComparer.Ordinal)];
    JsonElement firstArticle = incident.GetProperty("reports")[0].GetProperty("article");
    string example = $"{id} {firstArticle.GetProperty("id").GetString()} {row["event_date"]} {row["event_type"]} / {row["sub_event_type"]} fatalities {row["fatalities"]}";
    var type = new AcledType(row["event_type"], row["sub_event_type"]);
    Fail(!eventTypes.Contains(type.EventType), "event_type not in the codebook");
    Fail(!subEventTypes.Contains(type.SubEventType), "sub_event_type not in the codebook");
    Fail(!codebook.Contains(type), "type pair not in the codebook");
    Fail(codebook.Contains(type) && codebook.DisorderType(type) != row["disorder_type"], "disorder_type not the codebook's");
    Fail(row["event_date"].Length == 0, "event_date empty");
    Fail(row["event_date"].Length > 0 && published.Length > 0 && string.CompareOrdinal(row["event_date"], published[0]) > 0, "event_date after the first article's publication");
    Fail(row["time_precision"] is not ("1" or "2" or "3"), "time_precision not 1 to 3");
    Fail(incident.GetProperty("background").GetBoolean(), "background incident exported");

    long low = row["fatalities"].Length > 0 ? long.Parse(row["fatalities"], CultureInfo.InvariantCulture) : 0;
    long high = incident.GetProperty("fatalities") is { ValueKind: JsonValueKind.Object } f && f.GetProperty("high") is { ValueKind: JsonValueKind.Number } h ? h.GetInt64() : 0;
    Fail(low >= 1000 || high >= 1000, "rows of 1,000 or more deaths (lowest or highest figure)", $"{low}/{high} {example}");
    if (type.EventType == AcledCodebook.RemoteViolence && type.SubEventType is "Air/drone strike" or "Shelling/artillery/missile attack" && high > 0)
    {
        lethalRemote++;
        Fail(!ucdp.Contains(id), "lethal air strike or shelling missing from UCDP");
    }

    void Fail(bool failed, string check, string? text = null)
    {
        if (failed)
        {
            failures[check].Add(text ?? example);
        }
    }
}

Console.WriteLine($"{acled.Count} ACLED rows, {ucdp.Count} UCDP rows, {incidents.Count} incidents; {lethalRemote} ACLED rows of lethal air strikes or shelling");
foreach ((string check, List<string> found) in failures)
{
    Console.WriteLine($"{found.Count,6}  {check}");
    foreach (string e in found.Take(examples))
    {
        Console.WriteLine($"        {e}");
    }
}

return mustHold.Any(c => failures[c].Count > 0) ? 1 : 0;

// The rows of an export, each by column name (Mizan.Evaluation's RFC 4180 reader).
static List<Dictionary<string, string>> Csv(string path)
{
    using var reader = new StreamReader(path, Encoding.UTF8);
    List<string[]> records = [.. Mizan.Evaluation.CsvReader.Read(reader)];
    string[] header = records[0];
    return [.. records.Skip(1).Select(r => header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => r[x.i], StringComparer.Ordinal))];
}
