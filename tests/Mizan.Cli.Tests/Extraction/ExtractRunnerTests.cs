using System.Text;
using Mizan.Cli.Extraction;
using Mizan.Cli.Tests.Support;
using Mizan.Languages.Arabic;
using Mizan.Pipeline;

namespace Mizan.Cli.Tests.Extraction;

public sealed class ExtractRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Article_whose_processing_throws_is_reported_and_the_others_written(int threads)
    {
        string input = _folder.Write("in.jsonl", string.Join('\n', Enumerable.Range(1, 9).Select(i => $"{{\"id\":\"a{i}\",\"text\":\"نص رقم {i}\"}}")));
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var console = new CliConsole(() => Stream.Null, output, error, ErrorIsTerminal: false, TimeProvider.System);
        var settings = new ExtractSettings([input], null, null, threads);

        int code = await new ExtractRunner(console, settings, Process).RunAsync(CancellationToken.None);

        Assert.Equal(1, code);
        string[] lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        Assert.DoesNotContain(lines, l => l.Contains("\"a5\"", StringComparison.Ordinal));
        string[] messages = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"mizan: {input}:5: processing article 'a5' failed: InvalidOperationException: stage broke [processing-failed]", messages[0]);
        Assert.Equal("mizan: 9 articles read, 8 written, 1 failed", messages[^1]);
    }

    [Fact]
    public async Task Progress_is_shown_only_on_a_terminal_and_cleared_before_the_summary()
    {
        string input = _folder.Write("in.jsonl", """{"id":"a","text":"نص"}""");
        using var error = new StringWriter();
        var console = new CliConsole(() => Stream.Null, new MemoryStream(), error, ErrorIsTerminal: true, TimeProvider.System);

        int code = await new ExtractRunner(console, new ExtractSettings([input], null, null, 1), (article, _) => Document.Create(article, ArabicLanguagePack.Instance)).RunAsync(CancellationToken.None);

        Assert.Equal(0, code);
        string text = error.ToString();
        Assert.Contains("\rmizan: 1 written, 0 failed", text, StringComparison.Ordinal);
        Assert.EndsWith("\rmizan: 1 article read, 1 written, 0 failed" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    private static Document Process(Article article, CancellationToken cancellationToken) =>
        article.Id == "a5" ? throw new InvalidOperationException("stage broke") : Document.Create(article, ArabicLanguagePack.Instance);
}
