using System.Text;
using Mizan.IO.Input;

namespace Mizan.IO.Tests.Input;

public sealed class InputFormatDetectorTests
{
    [Theory]
    [InlineData("a.txt", InputFormat.Text)]
    [InlineData("a.TXT.gz", InputFormat.Text)]
    [InlineData("a.jsonl", InputFormat.JsonLines)]
    [InlineData("a.ndjson.gz", InputFormat.JsonLines)]
    [InlineData("BBC-middleEast.trec.gz", InputFormat.Trec)]
    [InlineData("a.gz", InputFormat.Auto)]
    [InlineData("noextension", InputFormat.Auto)]
    public void Extension_names_the_format(string name, InputFormat expected) =>
        Assert.Equal(expected, InputFormatDetector.FromFileName(name));

    [Theory]
    [InlineData("<DOC>\n<DOCNO>x</DOCNO>", InputFormat.Trec)]
    [InlineData("\n\n  <DOC>\n", InputFormat.Trec)]
    [InlineData("{\"id\":\"x\"}", InputFormat.JsonLines)]
    [InlineData("قال مسؤول إن", InputFormat.Text)]
    [InlineData("<p>نص</p>", InputFormat.Text)]
    public void Content_decides_when_the_extension_does_not(string start, InputFormat expected) =>
        Assert.Equal(expected, InputFormatDetector.Detect("stdin", Encoding.UTF8.GetBytes(start)));

    [Theory]
    [InlineData("000_8a5884cea243e787.txt", "000_8a5884cea243e787")]
    [InlineData("/some/dir/report.2018.txt.gz", "report.2018")]
    [InlineData("bulletin", "bulletin")]
    public void Id_is_the_file_name_without_extensions(string path, string id) =>
        Assert.Equal(id, InputFormatDetector.IdFromFileName(path));

    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("a.trec.gz", true)]
    [InlineData("a.gold.json", false)]
    [InlineData("README.md", false)]
    public void Folders_take_only_files_whose_extension_names_a_format(string name, bool taken) =>
        Assert.Equal(taken, InputFormatDetector.IsInputFileName(name));
}
