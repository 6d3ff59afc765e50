using System.Text;
using Mizan.IO.Input;

namespace Mizan.IO.Tests.Support;

/// <summary>Shortcuts to read inputs into lists.</summary>
internal static class Reading
{
    public static List<ReadResult> ReadPaths(params string[] paths) => ReadPaths(new ArticleReaderOptions(), paths);

    public static List<ReadResult> ReadPaths(ArticleReaderOptions options, params string[] paths) =>
        [.. new ArticleReader(options).Read(paths)];

    public static List<ReadResult> ReadStdin(byte[] input, ArticleReaderOptions? options = null) =>
        [.. new ArticleReader((options ?? new ArticleReaderOptions()) with { OpenStandardInput = () => new MemoryStream(input) }).Read(["-"])];

    public static List<ReadResult> ReadStdin(string input) => ReadStdin(Encoding.UTF8.GetBytes(input));

    public static List<ReadError> Errors(this IEnumerable<ReadResult> results) =>
        [.. results.Where(r => !r.IsArticle).Select(r => r.Error!)];

    public static List<Mizan.Pipeline.Article> Articles(this IEnumerable<ReadResult> results) =>
        [.. results.Where(r => r.IsArticle).Select(r => r.Article!)];
}
