namespace Mizan.Cluster.Tests.Support;

/// <summary>
/// A test that needs Redis and PostgreSQL (<see cref="TestRedis.SkipReason"/>): without them it is
/// reported as skipped, with the reason; never silently passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        Skip = TestRedis.SkipReason;
    }
}
