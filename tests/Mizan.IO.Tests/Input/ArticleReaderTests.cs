using Mizan.Testing;
using System.Text;
using Mizan.IO.Input;
using Mizan.IO.Tests.Support;

namespace Mizan.IO.Tests.Input;

public sealed class ArticleReaderTests : IDisposable
{
    private const string Line1 = """{"id":"j1","text":"نص أول"}""";
    private const string Line2 = """{"id":"j2","text":"نص ثان"}""";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Folder_is_read_recursively_in_ordinal_path_order_skipping_hidden_and_unknown_files()
    {
        _folder.Write("in/b.txt", "باء");
        _folder.Write("in/a.jsonl", $"{Line1}\n{Line2}\n");
        _folder.Write("in/sub/c.txt", "جيم");
        _folder.WriteGzip("in/sub/d.txt.gz", "دال");
        _folder.Write("in/Z.txt", "زاي");
        _folder.Write("in/.hidden.txt", "مخفي");
        _folder.Write("in/.git/e.txt", "مخفي");
        _folder.Write("in/notes.md", "ملاحظات");
        _folder.Write("in/gold.json", "{\n}");

        List<ReadResult> results = Reading.ReadPaths(Path.Combine(_folder.Root, "in"));

        Assert.Empty(results.Errors());
        Assert.Equal(["Z", "j1", "j2", "b", "c", "d"], results.Articles().Select(a => a.Id));
        Assert.Equal(Path.Combine(_folder.Root, "in", "sub", "c.txt"), results[4].File);
    }

    [Fact]
    public void Paths_are_read_in_the_order_given()
    {
        string b = _folder.Write("b.txt", "باء");
        string a = _folder.Write("a.txt", "ألف");

        Assert.Equal(["b", "a"], Reading.ReadPaths(b, a).Articles().Select(x => x.Id));
    }

    [Fact]
    public void Missing_file_is_an_error_and_the_other_paths_are_still_read()
    {
        string missing = Path.Combine(_folder.Root, "nowhere.txt");
        string good = _folder.Write("good.txt", "نص");

        List<ReadResult> results = Reading.ReadPaths(missing, good);

        Assert.Equal($"{missing}: no such file or folder [file-not-found]", results[0].Error?.ToString());
        Assert.Equal("good", results[1].Article?.Id);
    }

    [Fact]
    public void Folder_without_input_files_is_an_error()
    {
        string folder = Path.Combine(_folder.Root, "empty");
        Directory.CreateDirectory(folder);
        _folder.Write("empty/readme.md", "لا شيء");

        ReadError error = Assert.Single(Reading.ReadPaths(folder).Errors());

        Assert.Equal(ReadErrorCodes.EmptyFolder, error.Code);
    }

    [Fact]
    public void Truncated_gzip_keeps_the_articles_before_the_cut_then_reports_it_with_a_line()
    {
        byte[] whole = File.ReadAllBytes(SharedData.BbcMiddleEast);
        string path = _folder.WriteBytes("half.trec.gz", whole[..(whole.Length / 2)]);

        List<ReadResult> results = Reading.ReadPaths(path);

        List<Mizan.Pipeline.Article> articles = results.Articles();
        Assert.InRange(articles.Count, 400, 700);
        Assert.Equal(
            Reading.ReadPaths(SharedData.BbcMiddleEast).Articles().Take(articles.Count),
            articles);
        ReadError truncated = results.Errors().Single(e => e.Code == ReadErrorCodes.GzipTruncated);
        Assert.NotNull(truncated.Line);
        Assert.StartsWith($"{path}:{truncated.Line}: gzip data ends", truncated.ToString(), StringComparison.Ordinal);
        Assert.Same(truncated, results[^1].Error);
    }

    [Fact]
    public void Truncated_gzip_json_lines_keep_the_complete_lines()
    {
        string jsonl = string.Concat(Enumerable.Range(1, 400).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"خبر رقم {i} عن حادث في المدينة\"}}\n"));
        byte[] gz = TempFolder.Gzip(Encoding.UTF8.GetBytes(jsonl));
        string path = _folder.WriteBytes("cut.jsonl.gz", gz[..(gz.Length * 3 / 4)]);

        List<ReadResult> results = Reading.ReadPaths(path);

        List<Mizan.Pipeline.Article> articles = results.Articles();
        Assert.NotEmpty(articles);
        Assert.Equal(Enumerable.Range(1, articles.Count).Select(i => $"n{i}"), articles.Select(a => a.Id));
        ReadError error = Assert.Single(results.Errors());
        Assert.Equal(ReadErrorCodes.GzipTruncated, error.Code);
        Assert.Equal(articles.Count + 1, error.Line);
    }

    [Fact]
    public void Truncated_gzip_text_file_is_an_error()
    {
        byte[] gz = TempFolder.Gzip(File.ReadAllBytes(SharedData.SeedArticle));
        string path = _folder.WriteBytes("seed.txt.gz", gz[..(gz.Length / 2)]);

        ReadError error = Assert.Single(Reading.ReadPaths(path).Errors());

        Assert.Equal(ReadErrorCodes.GzipTruncated, error.Code);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Damaged_gzip_is_reported_as_corrupt()
    {
        byte[] gz = TempFolder.Gzip(Encoding.UTF8.GetBytes(Line1 + "\n" + Line2 + "\n"));
        gz[^8] ^= 0x55; // the CRC-32 in the trailer
        string path = _folder.WriteBytes("bad.jsonl.gz", gz);

        List<ReadResult> results = Reading.ReadPaths(path);

        Assert.Equal(ReadErrorCodes.GzipCorrupt, Assert.Single(results.Errors()).Code);
    }

    [Fact]
    public void Standard_input_can_be_read_among_files()
    {
        string file = _folder.Write("f.txt", "ملف");
        var options = new ArticleReaderOptions { OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(Line1)) };

        List<ReadResult> results = Reading.ReadPaths(options, file, "-");

        Assert.Equal(["f", "j1"], results.Articles().Select(a => a.Id));
        Assert.Equal("<stdin>", results[1].File);
    }

    [Fact]
    public void Gzip_standard_input_is_decompressed()
    {
        byte[] gz = TempFolder.Gzip(Encoding.UTF8.GetBytes($"{Line1}\n{Line2}\n"));

        Assert.Equal(["j1", "j2"], Reading.ReadStdin(gz).Articles().Select(a => a.Id));
    }

    [Fact]
    public void Format_option_overrides_detection()
    {
        string path = _folder.Write("looks-like.jsonl", Line1);

        ReadResult result = Assert.Single(Reading.ReadPaths(new ArticleReaderOptions { Format = InputFormat.Text }, path));

        Assert.Equal("looks-like", result.Article?.Id);
        Assert.Equal(Line1, result.Article?.Body);
    }

    [Fact]
    public void Text_extension_wins_over_content_that_looks_like_json()
    {
        string path = _folder.Write("brace.txt", "{ نص يبدأ بقوس }");

        Assert.Equal("brace", Assert.Single(Reading.ReadPaths(path).Articles()).Id);
    }

    [Fact]
    public void Reading_is_lazy_so_an_unread_path_is_never_opened()
    {
        string good = _folder.Write("good.txt", "نص");
        IEnumerable<ReadResult> results = new ArticleReader().Read([good, Path.Combine(_folder.Root, "missing.txt")]);

        Assert.Equal("good", results.First().Article?.Id);
    }
}
