using Xunit.Abstractions;
using Xunit.Sdk;

namespace Mizan.Storage.Tests.Support;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests: skipped with the reason on PostgreSQL classes when no server is configured.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        Type? type = testMethod.TestClass.Class.ToRuntimeType();
        if (type is not null && typeof(IRequiresPostgres).IsAssignableFrom(type) && PostgresTestDatabase.SkipReason is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
