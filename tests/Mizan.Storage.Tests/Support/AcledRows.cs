using System.Globalization;
using Mizan.Storage.Tests.Export;

namespace Mizan.Storage.Tests.Support;

/// <summary>ACLED-style CSV read back as rows by column name, and the codebook's rules for a row's actors.</summary>
internal static class AcledRows
{
    private static readonly string[] ActorTypeCodes = ["1", "2", "3", "4", "5", "6", "7", "8"];

    /// <summary>The data rows of an export, each by column name.</summary>
    public static List<Dictionary<string, string>> Read(string csv)
    {
        List<string[]> rows = ExportCommandTests.Csv(csv);
        string[] header = rows[0];
        return [.. rows.Skip(1).Select(r => header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => r[x.i]))];
    }

    /// <summary>
    /// ACLED's codebook: actor1 is never empty and has an actor type code (1 to 8); inter2 is set
    /// exactly when actor2 is; interaction is the two codes, lower first (13), or inter1 × 10 for a
    /// sole actor (60).
    /// </summary>
    public static void AssertActorsFollowTheCodebook(IReadOnlyDictionary<string, string> row)
    {
        string id = row["event_id_cnty"];
        Assert.True(row["actor1"].Length > 0, $"{id}: actor1 is empty");
        Assert.True(ActorTypeCodes.Contains(row["inter1"]), $"{id}: inter1 '{row["inter1"]}' is not an actor type code");
        if (row["actor2"].Length > 0)
        {
            Assert.True(ActorTypeCodes.Contains(row["inter2"]), $"{id}: inter2 '{row["inter2"]}' is not an actor type code for actor2 '{row["actor2"]}'");
        }
        else
        {
            Assert.True(row["inter2"].Length == 0, $"{id}: inter2 '{row["inter2"]}' without an actor2");
        }

        int inter1 = int.Parse(row["inter1"], CultureInfo.InvariantCulture);
        string expected = row["inter2"].Length == 0
            ? $"{inter1}0"
            : string.Concat(new[] { row["inter1"], row["inter2"] }.Order(StringComparer.Ordinal));
        Assert.True(expected == row["interaction"], $"{id}: interaction '{row["interaction"]}' for inter1 '{row["inter1"]}' and inter2 '{row["inter2"]}' (expected {expected})");
    }
}
