using Mizan.Testing;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Mizan.IO.Input;
using Mizan.IO.Tests.Support;
using Mizan.Pipeline;

namespace Mizan.IO.Tests.Input;

public sealed class TrecFormatTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Dev_articles_are_read_with_ids_titles_and_dates()
    {
        List<ReadResult> results = Reading.ReadPaths(SharedData.DevTrec);

        Assert.Empty(results.Errors());
        List<Article> articles = results.Articles();
        Assert.Equal(
            [
                "SK-middleEast-3494-20180902", "SK-internationalNews-242-20180309", "CN-internationalNews-3-20180218",
                "BB-middleEast-417-20180423", "CN-middleEast-1142-20180607", "AL-internationalNews-1503-20180607",
                "SK-middleEast-686-20180331", "SK-middleEast-808-20180406", "SK-middleEast-3796-20181009",
                "SK-middleEast-26-20180223", "SK-middleEast-329-20180316", "BB-internationalNews-35-20180210",
            ],
            articles.Select(a => a.Id));
        Assert.Equal("مقتل 4  أشخاص وجرح آخرين في تاورغاء بالعاصمة الليبية طرابلس", articles[0].Title);
        Assert.Equal("القيادي الحوثي صالح الصماد في سطور", articles[3].Title);
        Assert.Equal("سرقة ملايين من سيارة نقل أموال بعد اختطاف ابنة سائقها", articles[11].Title);
        Assert.Equal("skynews", articles[0].Source);
        Assert.StartsWith("https://www.skynewsarabia.com/middle-east/1178768-", articles[0].Url, StringComparison.Ordinal);
        Assert.Equal([1L, 24L, 43L], results.Take(3).Select(r => r.Line!.Value));
        foreach (Article article in articles)
        {
            // Each DOCNO ends with the publication date, and each gold file repeats it.
            string suffix = article.Id[^8..];
            Assert.Equal(DateOnly.ParseExact(suffix, "yyyyMMdd", CultureInfo.InvariantCulture), article.Published);
            Assert.Equal(GoldPublished(article.Id), article.Published);
        }
    }

    [Fact]
    public void Time_element_gives_the_publication_time_with_its_offset()
    {
        List<Article> articles = Reading.ReadPaths(SharedData.DevTrec).Articles();

        // <TIME>Thu, 07 Jun 2018 03:56:15 +0400</TIME>
        Article gulf = articles.Single(a => a.Id == "AL-internationalNews-1503-20180607");
        Assert.Equal(new DateTimeOffset(2018, 6, 7, 3, 56, 15, TimeSpan.FromHours(4)), gulf.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(4), gulf.PublishedAt!.Value.Offset);
        // <TIME>Sun, 02 Sep 2018 19:02:30 GMT</TIME>
        Assert.Equal(new DateTimeOffset(2018, 9, 2, 19, 2, 30, TimeSpan.Zero), articles[0].PublishedAt);
        Assert.All(articles, a => Assert.Equal(a.Published, DateOnly.FromDateTime(a.PublishedAt!.Value.DateTime)));
    }

    [Fact]
    public void Dev_article_text_is_title_blank_line_and_body_without_the_element_line_breaks()
    {
        Article article = Reading.ReadPaths(SharedData.DevTrec).Articles()[0];

        Assert.StartsWith("لقي 4 أشخاص مصرعهم فيما جرح سبعة آخرون، مساء الأحد،", article.Body, StringComparison.Ordinal);
        Assert.False(article.Body.StartsWith('\n'));
        Assert.False(article.Body.EndsWith('\n'));
        Assert.Equal(article.Title + "\n\n" + article.Body, article.Text);
        Assert.Equal(TextElement(File.ReadAllText(SharedData.DevTrec), 0), article.Body);
    }

    [Fact]
    public void Real_corpus_file_is_read_entirely_without_failures()
    {
        List<ReadResult> results = Reading.ReadPaths(SharedData.BbcMiddleEast);

        Assert.Empty(results.Errors());
        List<Article> articles = results.Articles();
        Assert.Equal(1132, articles.Count);
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(articles, a => Assert.StartsWith("BB-middleEast-", a.Id, StringComparison.Ordinal));
        Assert.All(articles, a => Assert.NotNull(a.Published));
        Assert.All(articles, a => Assert.Equal("BBC", a.Source));
    }

    [Fact]
    public void Gzip_trec_and_plain_trec_give_the_same_articles()
    {
        string text = File.ReadAllText(SharedData.DevTrec);
        string gz = _folder.WriteGzip("dev.trec.gz", text);

        List<Article> plain = Reading.ReadPaths(SharedData.DevTrec).Articles();
        List<Article> compressed = Reading.ReadPaths(gz).Articles();

        Assert.Equal(plain, compressed);
    }

    [Fact]
    public void Trec_is_detected_by_content_on_standard_input()
    {
        byte[] bytes = File.ReadAllBytes(SharedData.DevTrec);

        Assert.Equal(12, Reading.ReadStdin(TempFolder.Gzip(bytes)).Articles().Count);
        Assert.Equal(12, Reading.ReadStdin(bytes).Articles().Count);
    }

    [Fact]
    public void Entities_are_decoded_and_single_line_text_is_accepted()
    {
        string path = _folder.Write("e.trec", Doc("e1", "عنوان &quot;مقتبس&quot;", "<TEXT>نص &amp; نص &#1605;&#x644; &unknown;</TEXT>\n"));

        Article article = Assert.Single(Reading.ReadPaths(path).Articles());

        Assert.Equal("عنوان \"مقتبس\"", article.Title);
        Assert.Equal("نص & نص مل &unknown;", article.Body);
    }

    [Fact]
    public void Crlf_files_keep_their_line_breaks_inside_the_body()
    {
        string path = _folder.Write("crlf.trec", Doc("c1", "عنوان", "<TEXT>\nسطر أول\nسطر ثان\n</TEXT>\n").Replace("\n", "\r\n", StringComparison.Ordinal));

        Article article = Assert.Single(Reading.ReadPaths(path).Articles());

        Assert.Equal("سطر أول\r\nسطر ثان", article.Body);
        Assert.Equal("c1", article.Id);
    }

    [Fact]
    public void Unterminated_doc_at_the_end_is_reported_at_its_line_after_the_good_records()
    {
        string path = _folder.Write("cut.trec", Doc("d1", "أول", Text("نص أول")) + "<DOC>\n<DOCNO>d2</DOCNO>\n<TEXT>\nنص مقطوع\n");

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal("d1", results[0].Article?.Id);
        ReadError error = results[1].Error!;
        Assert.Equal(ReadErrorCodes.TrecUnterminatedDoc, error.Code);
        Assert.Equal(10, error.Line);
        Assert.StartsWith($"{path}:10: <DOC> has no </DOC>", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public void Doc_opened_inside_a_doc_reports_the_first_and_reads_the_second()
    {
        string path = _folder.Write("nested.trec", "<DOC>\n<DOCNO>lost</DOCNO>\n" + Doc("kept", "عنوان", Text("نص")));

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal(ReadErrorCodes.TrecUnterminatedDoc, results[0].Error?.Code);
        Assert.Equal(1, results[0].Line);
        Assert.Equal("kept", results[1].Article?.Id);
    }

    [Fact]
    public void Record_without_docno_or_text_is_reported_and_reading_goes_on()
    {
        string path = _folder.Write(
            "missing.trec",
            "<DOC>\n<TITLE>بلا رقم</TITLE>\n" + Text("نص") + "</DOC>\n"
            + "<DOC>\n<DOCNO>no-text</DOCNO>\n</DOC>\n"
            + Doc("ok", "عنوان", Text("نص")));

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal(ReadErrorCodes.TrecMissingDocNo, results[0].Error?.Code);
        Assert.Equal(ReadErrorCodes.TrecMissingText, results[1].Error?.Code);
        Assert.Equal("ok", results[2].Article?.Id);
    }

    [Fact]
    public void Unclosed_element_is_reported()
    {
        string path = _folder.Write("open.trec", "<DOC>\n<DOCNO>x</DOCNO>\n<TEXT>\nنص\n</DOC>\n");

        ReadError error = Assert.Single(Reading.ReadPaths(path).Errors());

        Assert.Equal(ReadErrorCodes.TrecUnterminatedElement, error.Code);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Record_over_the_limit_is_reported_and_the_next_record_is_read()
    {
        string big = Doc("big", "كبير", Text(string.Concat(Enumerable.Repeat("سطر طويل في نص كبير\n", 500))));
        string path = _folder.Write("big.trec", big + Doc("small", "صغير", Text("نص قصير")));

        List<ReadResult> results = Reading.ReadPaths(new ArticleReaderOptions { MaxRecordBytes = 4096 }, path);

        Assert.Equal(ReadErrorCodes.RecordTooLarge, results[0].Error?.Code);
        Assert.Equal(1, results[0].Line);
        Assert.Equal("small", results[1].Article?.Id);
    }

    [Fact]
    public void Invalid_utf8_in_one_record_skips_only_that_record()
    {
        byte[] bad = [.. Encoding.UTF8.GetBytes("<DOC>\n<DOCNO>bad</DOCNO>\n<TEXT>\nسطر "), 0xE2, 0x82, .. Encoding.UTF8.GetBytes("\n</TEXT>\n</DOC>\n")];
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Doc("a", "أ", Text("نص"))), .. bad, .. Encoding.UTF8.GetBytes(Doc("b", "ب", Text("نص")))];
        string path = _folder.WriteBytes("utf8.trec", bytes);

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal(["a", "b"], results.Articles().Select(a => a.Id));
        ReadError error = Assert.Single(results.Errors());
        Assert.Equal(ReadErrorCodes.InvalidUtf8, error.Code);
        Assert.Equal(13, error.Line);
    }

    [Fact]
    public void Text_outside_records_is_reported_once_per_stretch()
    {
        string path = _folder.Write("junk.trec", Doc("a", "أ", Text("نص")) + "كلام\nشارد\n" + Doc("b", "ب", Text("نص")));

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal(["a", "b"], results.Articles().Select(a => a.Id));
        ReadError error = Assert.Single(results.Errors());
        Assert.Equal(ReadErrorCodes.TrecUnexpectedContent, error.Code);
        Assert.Equal(10, error.Line);
    }

    [Fact]
    public void Article_with_a_time_that_is_no_date_is_read_with_its_date_unknown_and_a_warning()
    {
        string path = _folder.Write("time.trec", "<DOC>\n<DOCNO>t</DOCNO>\n<TIME>yesterday</TIME>\n" + Text("نص") + "</DOC>\n"
            + "<DOC>\n<DOCNO>u</DOCNO>\n<TIME>2018-02-23</TIME>\n" + Text("نص آخر") + "</DOC>\n");

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Empty(results.Errors());
        Assert.Equal(["t", "u"], results.Articles().Select(a => a.Id));
        Assert.Null(results[0].Article!.Published);
        ReadError warning = Assert.Single(results[0].Warnings);
        Assert.Equal(ReadErrorCodes.InvalidDate, warning.Code);
        Assert.Equal(1, warning.Line);
        Assert.Contains("\"yesterday\"", warning.Message, StringComparison.Ordinal);
        Assert.Contains("date unknown", warning.Message, StringComparison.Ordinal);
        Assert.Empty(results[1].Warnings);
        Assert.Equal(new DateOnly(2018, 2, 23), results[1].Article!.Published);
    }

    [Fact]
    public void Day_first_time_of_the_Tunisian_radio_is_read()
    {
        string path = _folder.Write("ja.trec", "<DOC>\n<DOCNO>JA-1</DOCNO>\n<TIME>15/04/2015</TIME>\n" + Text("انفجار لغم") + "</DOC>\n");

        ReadResult result = Assert.Single(Reading.ReadPaths(path));

        Assert.Equal(new DateOnly(2015, 4, 15), result.Article!.Published);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Trec_file_without_records_is_empty()
    {
        string path = _folder.Write("none.trec", "\n\n");

        Assert.Equal(ReadErrorCodes.EmptyInput, Assert.Single(Reading.ReadPaths(path).Errors()).Code);
    }

    private static string Text(string body) => $"<TEXT>\n{body}\n</TEXT>\n";

    private static string Doc(string id, string title, string textElement) =>
        $"<DOC>\n<DOCNO>{id}</DOCNO>\n<SRC>test</SRC>\n<TITLE>{title}</TITLE>\n<TIME>Sun, 02 Sep 2018 19:02:30 GMT</TIME>\n{textElement}</DOC>\n";

    private static DateOnly? GoldPublished(string id)
    {
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("eval", "articles", id + ".gold.json")));
        return DateOnly.ParseExact(gold.RootElement.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The content of the n-th TEXT element, found independently of the reader.</summary>
    private static string TextElement(string trec, int index)
    {
        int start = -1;
        for (int i = 0; i <= index; i++)
        {
            start = trec.IndexOf("<TEXT>\n", start + 1, StringComparison.Ordinal);
        }

        int end = trec.IndexOf("\n</TEXT>", start, StringComparison.Ordinal);
        return trec[(start + "<TEXT>\n".Length)..end];
    }
}
