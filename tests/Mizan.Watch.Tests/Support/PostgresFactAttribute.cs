namespace Mizan.Watch.Tests.Support;

/// <summary>A test that needs the PostgreSQL server <c>MIZAN_TEST_POSTGRES</c> names (<c>.ci/services</c> starts one); skipped, with the reason, without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "MIZAN_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set: no PostgreSQL server to test against (.ci/run starts one with .ci/services and sets it)";
        }
    }
}
