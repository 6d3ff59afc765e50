using Mizan.Events;
using Mizan.Lexicons;
using Mizan.Reconciliation;
using Mizan.Storage.Export;
using Mizan.Storage.Tests.Support;
using static Mizan.Storage.Tests.Support.Build;

namespace Mizan.Storage.Tests.Export;

/// <summary>
/// ACLED never leaves actor1 empty: an incident whose reports name no perpetrator is exported with
/// ACLED's label for an unnamed actor of its kind (an unidentified armed group for political
/// violence, protesters for a protest, rioters for a riot), with the country, its actor type code,
/// the interaction it makes and a note saying the actor was not read from the text.
/// </summary>
public sealed class AcledUnnamedActorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_incident_with_no_actor1_gets_ACLEDs_label_of_its_kind_and_a_note()
    {
        string db = _folder.File("unnamed.db");
        using (IEventStore store = EventStores.Open(db, create: true))
        {
            store.Write(
                [
                    Record("bomb-1", "عبوة ناسفة في كيدال", Assault("ev-bomb", Kidal(), Day(June2), [Army()], [Killed("article", SourceKind.Unattributed, 2)]) with { Acled = new AcledType("Explosions/Remote violence", "Remote explosive/landmine/IED") }),
                    Record("protest-1", "مظاهرة في غاو", Assault("ev-protest", Gao(), Day(June2), [], [], type: "PROTEST") with { Acled = new AcledType("Protests", "Peaceful protest") }),
                    Record("riot-1", "أعمال شغب في مالي", Assault("ev-riot", Mali(), Day(June2), [], [], type: "PROTEST") with { Acled = new AcledType("Riots", "Violent demonstration") }),
                    Record("named-1", "هجوم حركة في غاو", Assault("ev-named", Gao(), Day(June2.AddDays(5)), [Rebels(), Army()], [Killed("article", SourceKind.Unattributed, 3)])),
                ],
                []);
            store.RebuildIncidents(new IncidentReconciler());
        }

        List<Dictionary<string, string>> rows = AcledRows.Read(await CliRun.Succeeds("export", "--format", "acled", "--db", db));

        Assert.Equal(4, rows.Count);
        Assert.All(rows, AcledRows.AssertActorsFollowTheCodebook);
        Assert.Equal(("Unidentified Armed Group (Mali)", "3", "Military Forces of Mali", "1", "13"), Actors(rows, "bomb-1"));
        Assert.Equal(("Protesters (Mali)", "6", "", "", "60"), Actors(rows, "protest-1"));
        Assert.Equal(("Rioters (Mali)", "5", "", "", "50"), Actors(rows, "riot-1"));
        Assert.Equal(("MNLA", "2", "Military Forces of Mali", "1", "12"), Actors(rows, "named-1"));
        Assert.All(rows, r => Assert.Equal(!r["notes"].Contains("named-1", StringComparison.Ordinal), r["notes"].Contains(AcledExport.UnnamedActor1Note, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_compiled_table_gives_an_actor_for_every_type_of_ACLEDs_codebook()
    {
        AcledUnnamedActors table = AcledUnnamedActors.Embedded;

        Assert.All(AcledCodebook.Embedded.Types, type => Assert.NotNull(table.For(type)));
        Assert.Equal(new AcledUnnamedActor("Unidentified Armed Group", 3), table.For(new AcledType("Violence against civilians", "Abduction/forced disappearance")));
        Assert.Equal(new AcledUnnamedActor("Protesters", 6), table.For(new AcledType("Protests", "Protest with intervention")));
        Assert.Equal(new AcledUnnamedActor("Unidentified Armed Group", 3), table.For(new AcledType("Protests", "Excessive force against protesters")));
        Assert.Equal(new AcledUnnamedActor("Rioters", 5), table.For(new AcledType("Riots", "Mob violence")));
        Assert.Equal("Rioters", new AcledUnnamedActor("Rioters", 5).Name(null));
    }

    [Theory]
    [InlineData("Battles\t\tUnidentified Armed Group\t9", "not one of ACLED's actor type codes")]
    [InlineData("Battle\t\tUnidentified Armed Group\t3", "not an event type of ACLED's codebook")]
    [InlineData("Protests\tSit-in\tProtesters\t6", "not in ACLED's codebook")]
    [InlineData("Battles\t\tUnidentified Armed Group\t3", "has no unnamed actor")]
    public void A_table_that_does_not_fit_the_codebook_is_refused(string row, string problem)
    {
        using var reader = new StringReader("# source: written for this test\n# licence: CC0\nevent_type\tsub_event_type\tactor\tinter\n" + row + "\n");
        TsvTable table = TsvTable.Parse(reader, "test.tsv", "event_type", "sub_event_type", "actor", "inter");

        LexiconFormatException error = Assert.Throws<LexiconFormatException>(() => AcledUnnamedActors.Parse(table, AcledCodebook.Embedded));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static (string Actor1, string Inter1, string Actor2, string Inter2, string Interaction) Actors(List<Dictionary<string, string>> rows, string article)
    {
        Dictionary<string, string> row = Assert.Single(rows, r => r["notes"].Contains($"({article})", StringComparison.Ordinal));
        return (row["actor1"], row["inter1"], row["actor2"], row["inter2"], row["interaction"]);
    }
}
