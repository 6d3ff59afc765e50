using Mizan.Lexicons;
using Mizan.Resources;

namespace Mizan.Tests.Lexicons;

public class TsvTableTests
{
    private const string Header = "# source: test data written for this test\n# licence: MIT\n";

    private static TsvTable Parse(string text, params string[] columns) =>
        TsvTable.Parse(new StringReader(text), "test.tsv", columns);

    [Fact]
    public void Rows_keep_their_line_numbers_and_cells()
    {
        TsvTable table = Parse(Header + "phrase\tkind\n\nالجيش\tstate_forces\n# a comment\nالشرطة\tstate_forces\n", "phrase", "kind");
        Assert.Equal("test data written for this test", table.Source);
        Assert.Equal("MIT", table.Licence);
        Assert.Equal(2, table.Rows.Length);
        Assert.Equal(5, table.Rows[0].Line);
        Assert.Equal("الشرطة", table.Rows[1]["phrase"]);
        Assert.Equal(7, table.Rows[1].Line);
    }

    [Fact]
    public void A_file_without_source_or_licence_is_refused_with_its_line()
    {
        var noSource = Assert.Throws<LexiconFormatException>(() => Parse("# licence: MIT\nphrase\n"));
        Assert.Equal("test.tsv", noSource.File);
        Assert.Equal(2, noSource.Line);
        Assert.Contains("source", noSource.Message, StringComparison.Ordinal);

        var noLicence = Assert.Throws<LexiconFormatException>(() => Parse("# source: x\nphrase\n"));
        Assert.Contains("licence", noLicence.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_names_file_and_line()
    {
        var error = Assert.Throws<LexiconFormatException>(() => Parse(Header + "phrase\tkind\nالجيش\tstate_forces\nالشرطة\n"));
        Assert.Equal(5, error.Line);
        Assert.StartsWith("test.tsv:5:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_column_is_reported()
    {
        var error = Assert.Throws<LexiconFormatException>(() => Parse(Header + "phrase\n", "phrase", "kind"));
        Assert.Contains("kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_cells_report_bad_values_with_their_line()
    {
        TsvTable table = Parse(Header + "name\tlat\tkind\nكيدال\tشمال\trebel_group\n", "name", "lat", "kind");
        var notNumber = Assert.Throws<LexiconFormatException>(() => table.Rows[0].Double("lat"));
        Assert.Equal(4, notNumber.Line);
        Assert.Equal(Mizan.Events.ActorKind.RebelGroup, table.Rows[0].Enum<Mizan.Events.ActorKind>("kind"));
        var badEnum = Assert.Throws<LexiconFormatException>(() => table.Rows[0].Enum<Mizan.Events.SourceKind>("kind"));
        Assert.Contains("rebel_group", badEnum.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_embedded_tsv_names_its_source_and_licence()
    {
        foreach (string path in EmbeddedData.List().Where(p => p.EndsWith(".tsv", StringComparison.Ordinal) || p.EndsWith(".tsv.gz", StringComparison.Ordinal)))
        {
            using TextReader reader = EmbeddedData.OpenText(path);
            TsvTable table = TsvTable.Parse(reader, path);
            Assert.False(string.IsNullOrWhiteSpace(table.Source), path);
            Assert.False(string.IsNullOrWhiteSpace(table.Licence), path);
        }
    }

    [Fact]
    public void A_missing_resource_names_the_data_path()
    {
        var error = Assert.Throws<FileNotFoundException>(() => EmbeddedData.OpenText("ar/no-such-file.tsv"));
        Assert.Contains("data/ar/no-such-file.tsv", error.Message, StringComparison.Ordinal);
    }
}
