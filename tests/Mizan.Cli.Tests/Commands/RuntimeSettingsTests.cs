using System.Text.Json;

namespace Mizan.Cli.Tests.Commands;

/// <summary>
/// The runtime settings <c>mizan</c> is built with (Mizan.Cli.csproj), which the ingest of the whole
/// corpus depends on (docs/performance.md): no instrumented tier, and calls counted for the
/// optimised tier from the start.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_program_counts_calls_for_the_optimised_tier_at_once_and_has_no_instrumented_tier()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "mizan.runtimeconfig.json");
        using JsonDocument config = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.Equal(0, properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
