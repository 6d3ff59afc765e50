using Xunit.Sdk;

namespace Mizan.Storage.Tests.Support;

/// <summary>
/// A fact of the store contract, declared once on a base class and run for every backend's
/// derived class. On a class marked <see cref="IRequiresPostgres"/> it is skipped, with the
/// reason, when <c>MIZAN_TEST_POSTGRES</c> is not set: never silently passed.
/// </summary>
[XunitTestCaseDiscoverer("Mizan.Storage.Tests.Support.StoreFactDiscoverer", "Mizan.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
