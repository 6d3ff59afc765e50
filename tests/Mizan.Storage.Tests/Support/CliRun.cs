using System.Text;
using Mizan.Cli;

namespace Mizan.Storage.Tests.Support;

/// <summary>Runs the <c>mizan</c> command in process, as a user types it, for tests that go through the command line.</summary>
internal static class CliRun
{
    /// <summary>Runs the command and returns what it wrote to standard output; fails the test on a non-zero exit code.</summary>
    public static async Task<string> Succeeds(params string[] arguments)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = await MizanCli.RunAsync(arguments, new MemoryStream(), output, error);
        Assert.True(code == 0, $"mizan {string.Join(' ', arguments)}: exit code {code}: {error}");
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
