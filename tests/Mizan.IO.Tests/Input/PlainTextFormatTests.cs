using Mizan.Testing;
using System.Text;
using Mizan.IO.Input;
using Mizan.IO.Tests.Support;
using Mizan.Pipeline;

namespace Mizan.IO.Tests.Input;

public sealed class PlainTextFormatTests : IDisposable
{
    private const string Clash = "قال مسؤول محلي إن ثلاثة أشخاص قتلوا في اشتباك مسلح.\nوأضاف أن الهدوء عاد إلى المنطقة.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Seed_article_is_read_whole_with_its_file_name_as_id()
    {
        List<ReadResult> results = Reading.ReadPaths(SharedData.SeedArticle);

        ReadResult result = Assert.Single(results);
        Assert.True(result.IsArticle, result.Error?.ToString());
        Assert.Equal("000_8a5884cea243e787", result.Article.Id);
        Assert.Null(result.Article.Title);
        Assert.Equal(File.ReadAllText(SharedData.SeedArticle), result.Article.Body);
        Assert.Equal(result.Article.Body, result.Article.Text);
        Assert.Equal(1, result.Line);
    }

    [Fact]
    public void Text_is_kept_exactly_except_a_leading_byte_order_mark()
    {
        string body = "  سطر أول بمسافات \r\nسطر ثان\n\n  ";
        string path = _folder.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(body)]);

        Article article = Assert.Single(Reading.ReadPaths(path).Articles());

        Assert.Equal(body, article.Body);
    }

    [Fact]
    public void Last_line_without_line_break_is_kept()
    {
        string path = _folder.Write("no-newline.txt", "سطر\nبلا نهاية");

        Assert.Equal("سطر\nبلا نهاية", Assert.Single(Reading.ReadPaths(path).Articles()).Body);
    }

    [Fact]
    public void Gzip_text_file_is_read_and_its_id_drops_both_extensions()
    {
        string path = _folder.WriteGzip("report-7.txt.gz", Clash);

        Article article = Assert.Single(Reading.ReadPaths(path).Articles());

        Assert.Equal("report-7", article.Id);
        Assert.Equal(Clash, article.Body);
    }

    [Fact]
    public void File_without_extension_holding_prose_is_read_as_text()
    {
        string path = _folder.Write("bulletin", Clash);

        Article article = Assert.Single(Reading.ReadPaths(path).Articles());

        Assert.Equal("bulletin", article.Id);
    }

    [Fact]
    public void Empty_file_is_an_error_naming_the_file()
    {
        string path = _folder.Write("empty.txt", string.Empty);

        ReadError error = Assert.Single(Reading.ReadPaths(path).Errors());

        Assert.Equal(ReadErrorCodes.EmptyInput, error.Code);
        Assert.Equal(path, error.File);
        Assert.StartsWith(path + ": ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void File_holding_only_a_byte_order_mark_or_white_space_is_empty()
    {
        string bom = _folder.WriteBytes("bom-only.txt", [0xEF, 0xBB, 0xBF]);
        string blank = _folder.Write("blank.txt", " \n\t\n");

        List<ReadError> errors = Reading.ReadPaths(bom, blank).Errors();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(ReadErrorCodes.EmptyInput, e.Code));
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line_and_column()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("سطر سليم\nسطر "), 0xFF, .. Encoding.UTF8.GetBytes(" معطوب\n")];
        string path = _folder.WriteBytes("broken.txt", bytes);

        ReadError error = Assert.Single(Reading.ReadPaths(path).Errors());

        Assert.Equal(ReadErrorCodes.InvalidUtf8, error.Code);
        Assert.Equal(2, error.Line);
        Assert.Contains("0xFF", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:2: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_over_the_limit_is_an_error_and_the_next_file_is_still_read()
    {
        string big = _folder.Write("big.txt", string.Concat(Enumerable.Repeat("نص طويل جدا\n", 200)));
        string small = _folder.Write("small.txt", Clash);

        List<ReadResult> results = Reading.ReadPaths(new ArticleReaderOptions { MaxRecordBytes = 1000 }, big, small);

        Assert.Equal(ReadErrorCodes.RecordTooLarge, results[0].Error?.Code);
        Assert.Equal("small", results[1].Article?.Id);
    }

    [Fact]
    public void Text_from_standard_input_has_the_id_stdin()
    {
        ReadResult result = Assert.Single(Reading.ReadStdin(Clash));

        Assert.Equal("stdin", result.Article?.Id);
        Assert.Equal(Clash, result.Article?.Body);
        Assert.Equal(ArticleReader.StandardInputName, result.File);
    }

    [Fact]
    public void Empty_standard_input_is_an_error()
    {
        ReadError error = Assert.Single(Reading.ReadStdin(string.Empty).Errors());

        Assert.Equal(ReadErrorCodes.EmptyInput, error.Code);
        Assert.Equal("<stdin>: standard input is empty [empty-input]", error.ToString());
    }

    [Fact]
    public void Utf16_input_is_refused_with_a_clear_message()
    {
        string path = _folder.WriteBytes("utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("نص")]);

        ReadError error = Assert.Single(Reading.ReadPaths(path).Errors());

        Assert.Equal(ReadErrorCodes.UnsupportedEncoding, error.Code);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }
}
