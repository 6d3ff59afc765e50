using System.Text.RegularExpressions;
using Mizan.Events;
using Mizan.Lexicons;
using Mizan.Tests.Languages;
using Mizan.Tests.Support;

namespace Mizan.Tests.Events;

/// <summary>The event types and what the reader does with each are data (<c>data/ar/event-types.tsv</c>), not literals in code.</summary>
public sealed class EventTypesTests
{
    private const string Header = "# source: test\n# licence: MIT\ntype\tkind\tstrength\tviolent\tnot_when\n";

    private static EventTypes Parse(string rows) => EventTypes.From(TsvTable.Parse(new StringReader(Header + rows), "event-types.tsv", "type", "kind", "strength", "violent", "not_when"));

    [Fact]
    public void The_shipped_table_gives_every_trigger_type_its_kind_and_threshold()
    {
        EventTypes types = Engines.Default.Resources.Events.Types;

        Assert.Equal("ASSAULT", types.Attack.Name);
        Assert.Equal(4, types.Attack.StrengthThreshold);
        Assert.True(types.Attack.RejectedBy(CueKind.Court));
        Assert.True(types.Of("PROTEST").IsCrowd);
        Assert.False(types.Of("PROTEST").RejectedBy(CueKind.Court));
        Assert.True(types.Of("DISPLACE").IsMovement);
        Assert.False(types.Of("CONSULT").Violent);
        Assert.Equal(3, types.Of("CONSULT").StrengthThreshold);
    }

    [Fact]
    public void A_new_type_is_a_data_row()
    {
        EventTypes types = Parse("ASSAULT\tattack\t4\tyes\tcourt|sport\nCOERCE\tother\t5\tyes\t\n");

        EventTypeInfo coerce = types.Of("COERCE");
        Assert.Equal(EventTypeKind.Other, coerce.Kind);
        Assert.Equal(5, coerce.StrengthThreshold);
        Assert.True(coerce.Violent);
        Assert.Empty(coerce.NotWhen);
        Assert.Equal([CueKind.Court, CueKind.Sport], types.Attack.NotWhen.ToArray());
    }

    [Theory]
    [InlineData("ASSAULT\tbattle\t4\tyes\t\n", "column 'kind'")]
    [InlineData("ASSAULT\tattack\t4\tmaybe\t\n", "column 'violent'")]
    [InlineData("ASSAULT\tattack\t-1\tyes\t\n", "column 'strength'")]
    [InlineData("ASSAULT\tattack\t4\tyes\tcourt|weather\n", "'weather' is not a cue kind")]
    [InlineData("ASSAULT\tattack\t4\tyes\t\nASSAULT\tattack\t4\tyes\t\n", "given twice")]
    [InlineData("ASSAULT\tattack\t4\tyes\t\nFIGHT\tattack\t4\tyes\t\n", "only one type may be of kind attack")]
    [InlineData("PROTEST\tcrowd\t3\tyes\t\n", "no event type is of kind attack")]
    public void A_bad_row_is_an_error_naming_the_file_and_the_problem(string rows, string problem)
    {
        var e = Assert.Throws<LexiconFormatException>(() => Parse(rows));

        Assert.Contains("event-types.tsv", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_type_is_named_when_asked_for()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Engines.Default.Resources.Events.Types.Of("PICNIC"));
        Assert.Contains("PICNIC", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_event_type_is_written_as_a_literal_in_Mizan_Core_code()
    {
        string root = ArabicStaysInItsPackTests.CoreSourceFolder();
        var found = new List<string>();
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(root, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "obj" or "bin")
            {
                continue;
            }

            string code = ArabicStaysInItsPackTests.CodeWithoutComments(File.ReadAllText(file));
            foreach (Match m in Regex.Matches(code, "\"(ASSAULT|PROTEST|DISPLACE|CONSULT|ACCUSE|REQUEST|THREATEN)\""))
            {
                found.Add($"{relative}: {m.Value}");
            }
        }

        Assert.True(found.Count == 0, $"event types written in Mizan.Core code (ask the type's row of data/ar/event-types.tsv instead):\n{string.Join('\n', found)}");
    }
}
