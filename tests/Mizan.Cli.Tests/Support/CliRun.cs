using System.Text;
using System.Text.Json;

namespace Mizan.Cli.Tests.Support;

/// <summary>The outcome of one in-process run of the command line.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs <c>mizan ARGS</c> in process with the given standard input.</summary>
    public static async Task<CliRun> RunAsync(byte[]? stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin ?? []);
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = await MizanCli.RunAsync(args, input, output, error);
        return new CliRun(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);

    /// <summary>The output lines, each parsed as JSON (disposed with the test process).</summary>
    public IReadOnlyList<JsonElement> Lines =>
        [.. Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    public IReadOnlyList<string> Ids => [.. Lines.Select(l => l.GetProperty("article").GetProperty("id").GetString()!)];

    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    /// <summary>The last line of standard error: the summary.</summary>
    public string Summary => ErrorLines.Count > 0 ? ErrorLines[^1] : string.Empty;
}
