using System.Text;
using Mizan.IO.Input;
using Mizan.IO.Tests.Support;
using Mizan.Pipeline;

namespace Mizan.IO.Tests.Input;

public sealed class JsonLinesFormatTests : IDisposable
{
    private const string First = """{"id":"a1","title":"اشتباك في البلدة","text":"قتل شخصان في اشتباك.","published":"2018-06-02","source":"وكالة محلية","url":"https://example.org/a1"}""";
    private const string Second = """{"id":"a2","text":"تظاهر العشرات أمام الوزارة."}""";
    private const string Third = """{"id":"a3","text":"عاد الهدوء إلى المدينة.","published":"2017-01-21T16:19:00+01:00"}""";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_field_is_read_and_the_line_is_the_article_position()
    {
        string path = _folder.Write("in.jsonl", $"{First}\n{Second}\n");

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal(2, results.Count);
        Article a1 = results[0].Article!;
        Assert.Equal("a1", a1.Id);
        Assert.Equal("اشتباك في البلدة", a1.Title);
        Assert.Equal("قتل شخصان في اشتباك.", a1.Body);
        Assert.Equal("اشتباك في البلدة\n\nقتل شخصان في اشتباك.", a1.Text);
        Assert.Equal(new DateOnly(2018, 6, 2), a1.Published);
        Assert.Equal("وكالة محلية", a1.Source);
        Assert.Equal("https://example.org/a1", a1.Url);
        Assert.Equal(1, results[0].Line);
        Assert.Null(results[1].Article!.Title);
        Assert.Null(results[1].Article!.Published);
        Assert.Equal(2, results[1].Line);
    }

    [Fact]
    public void Published_date_time_keeps_the_date_as_written()
    {
        string path = _folder.Write("in.jsonl", Third);

        Assert.Equal(new DateOnly(2017, 1, 21), Assert.Single(Reading.ReadPaths(path).Articles()).Published);
    }

    [Fact]
    public void Published_date_time_with_an_offset_gives_the_publication_time()
    {
        string path = _folder.Write("in.jsonl", $"{Third}\n{First}\n");

        List<Article> articles = Reading.ReadPaths(path).Articles();

        Assert.Equal(new DateTimeOffset(2017, 1, 21, 16, 19, 0, TimeSpan.FromHours(1)), articles[0].PublishedAt);
        Assert.Equal(TimeSpan.FromHours(1), articles[0].PublishedAt!.Value.Offset);
        Assert.Null(articles[1].PublishedAt);
    }

    [Fact]
    public void Blank_lines_and_crlf_line_breaks_are_accepted()
    {
        string path = _folder.Write("in.jsonl", $"\r\n{First}\r\n   \r\n{Second}\r\n");

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal(["a1", "a2"], results.Articles().Select(a => a.Id));
        Assert.Equal([2L, 4L], results.Select(r => r.Line!.Value));
    }

    [Fact]
    public void Gzip_json_lines_are_read()
    {
        string path = _folder.WriteGzip("in.jsonl.gz", $"{First}\n{Second}\n{Third}\n");

        Assert.Equal(["a1", "a2", "a3"], Reading.ReadPaths(path).Articles().Select(a => a.Id));
    }

    [Fact]
    public void Json_lines_are_detected_by_content_on_standard_input()
    {
        Assert.Equal(["a1", "a2"], Reading.ReadStdin($"{First}\n{Second}").Articles().Select(a => a.Id));
    }

    [Fact]
    public void Malformed_line_is_reported_with_its_number_and_the_parser_message_and_the_others_are_read()
    {
        string path = _folder.Write("in.jsonl", $"{First}\n{{\"id\":\"bad\",\"text\": tru}}\n{Second}\n");

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal(["a1", "a2"], results.Articles().Select(a => a.Id));
        ReadError error = Assert.Single(results.Errors());
        Assert.Equal(ReadErrorCodes.JsonMalformed, error.Code);
        Assert.Equal(2, error.Line);
        Assert.Contains("true", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:2: not valid JSON", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_object_is_malformed()
    {
        string path = _folder.Write("in.jsonl", """{"id":"x","text":"نص""");

        Assert.Equal(ReadErrorCodes.JsonMalformed, Assert.Single(Reading.ReadPaths(path).Errors()).Code);
    }

    [Fact]
    public void Line_without_text_is_reported_and_the_others_are_read()
    {
        string path = _folder.Write("in.jsonl", $"{First}\n{{\"id\":\"no-text\",\"title\":\"عنوان\"}}\n{Second}\n");

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal(["a1", "a2"], results.Articles().Select(a => a.Id));
        ReadError error = Assert.Single(results.Errors());
        Assert.Equal(ReadErrorCodes.JsonMissingField, error.Code);
        Assert.Equal(2, error.Line);
        Assert.Contains("\"text\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_without_id_is_reported()
    {
        string path = _folder.Write("in.jsonl", """{"text":"نص بلا معرف"}""");

        ReadError error = Assert.Single(Reading.ReadPaths(path).Errors());

        Assert.Equal(ReadErrorCodes.JsonMissingField, error.Code);
        Assert.Contains("\"id\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogate_escape_is_malformed()
    {
        string path = _folder.Write("in.jsonl", "{\"id\":\"x\",\"text\":\"\\ud800 نص\"}\n" + Second);

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal(ReadErrorCodes.JsonMalformed, results[0].Error?.Code);
        Assert.Equal("a2", results[1].Article?.Id);
    }

    [Fact]
    public void Numeric_id_is_accepted_as_written()
    {
        string path = _folder.Write("in.jsonl", """{"id":42,"text":"نص"}""");

        Assert.Equal("42", Assert.Single(Reading.ReadPaths(path).Articles()).Id);
    }

    [Fact]
    public void Field_of_the_wrong_type_is_reported()
    {
        string path = _folder.Write("in.jsonl", """{"id":"x","text":"نص","title":["a"]}""");

        ReadError error = Assert.Single(Reading.ReadPaths(path).Errors());

        Assert.Equal(ReadErrorCodes.JsonInvalidField, error.Code);
        Assert.Contains("\"title\" must be a string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_that_is_not_an_object_is_reported()
    {
        string path = _folder.Write("in.jsonl", $"{First}\n[1,2]\n");

        ReadError error = Assert.Single(Reading.ReadPaths(path).Errors());

        Assert.Equal(ReadErrorCodes.JsonNotObject, error.Code);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        string path = _folder.Write("in.jsonl", """{"id":"x","extra":{"nested":[1,{"a":null}]},"text":"نص"}""");

        Assert.Equal("x", Assert.Single(Reading.ReadPaths(path).Articles()).Id);
    }

    [Fact]
    public void Bad_publication_date_is_a_warning_and_the_article_is_read_without_it()
    {
        string path = _folder.Write("in.jsonl", """{"id":"x","text":"نص","published":"2 June"}""");

        ReadResult result = Assert.Single(Reading.ReadPaths(path));

        Assert.True(result.IsArticle);
        Assert.Null(result.Article.Published);
        ReadError warning = Assert.Single(result.Warnings);
        Assert.Equal(ReadErrorCodes.InvalidDate, warning.Code);
        Assert.Equal(1, warning.Line);
    }

    [Fact]
    public void Invalid_utf8_in_one_line_skips_only_that_line()
    {
        byte[] broken = [.. Encoding.UTF8.GetBytes("""{"id":"bad","text":"نص """), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")];
        byte[] bytes = [.. Encoding.UTF8.GetBytes(First + "\n"), .. broken, (byte)'\n', .. Encoding.UTF8.GetBytes(Second + "\n")];
        string path = _folder.WriteBytes("in.jsonl", bytes);

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal(["a1", "a2"], results.Articles().Select(a => a.Id));
        ReadError error = Assert.Single(results.Errors());
        Assert.Equal(ReadErrorCodes.InvalidUtf8, error.Code);
        Assert.Equal(2, error.Line);
        Assert.StartsWith($"{path}:2: invalid UTF-8", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Line_over_the_limit_is_reported_and_the_next_line_is_read()
    {
        string huge = $"{{\"id\":\"huge\",\"text\":\"{new string('س', 3000)}\"}}";
        string path = _folder.Write("in.jsonl", $"{First}\n{huge}\n{Second}\n");

        List<ReadResult> results = Reading.ReadPaths(new ArticleReaderOptions { MaxRecordBytes = 1024 }, path);

        Assert.Equal(["a1", "a2"], results.Articles().Select(a => a.Id));
        ReadError error = Assert.Single(results.Errors());
        Assert.Equal(ReadErrorCodes.RecordTooLarge, error.Code);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Line_over_the_default_limit_of_4_mib_is_reported()
    {
        string huge = $"{{\"id\":\"huge\",\"text\":\"{new string('a', ArticleReaderOptions.DefaultMaxRecordBytes + 10)}\"}}";
        string path = _folder.Write("in.jsonl", $"{huge}\n{Second}\n");

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal(ReadErrorCodes.RecordTooLarge, results[0].Error?.Code);
        Assert.Equal("a2", results[1].Article?.Id);
    }

    [Fact]
    public void File_of_blank_lines_is_empty()
    {
        string path = _folder.Write("in.jsonl", "\n\n  \n");

        Assert.Equal(ReadErrorCodes.EmptyInput, Assert.Single(Reading.ReadPaths(path).Errors()).Code);
    }
}
