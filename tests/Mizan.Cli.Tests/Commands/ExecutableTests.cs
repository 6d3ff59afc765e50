using Mizan.Testing;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Mizan.Cli.Tests.Support;

namespace Mizan.Cli.Tests.Commands;

/// <summary>The built <c>mizan</c> program, run as a real process.</summary>
public sealed class ExecutableTests
{
    [Fact]
    public async Task Built_executable_extracts_the_seed_article()
    {
        ProcessStartInfo start = MizanExecutable.StartInfo("extract", SharedData.SeedArticle);
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(guard.Token);

        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}; standard error: {await error}");
        string line = Assert.Single((await output).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using JsonDocument json = JsonDocument.Parse(line);
        Assert.Equal("000_8a5884cea243e787", json.RootElement.GetProperty("article").GetProperty("id").GetString());
        Assert.Equal(await File.ReadAllTextAsync(SharedData.SeedArticle), json.RootElement.GetProperty("text").GetString());
        Assert.Equal("mizan: 1 article read, 1 written, 0 failed", (await error).Trim());
    }

    [Fact]
    public async Task Built_executable_exits_with_2_on_a_usage_error()
    {
        using Process process = Process.Start(MizanExecutable.StartInfo("extract", "--threads", "zero", "x"))!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(guard.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("mizan: ", await error, StringComparison.Ordinal);
    }

}
