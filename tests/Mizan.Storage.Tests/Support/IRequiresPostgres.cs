namespace Mizan.Storage.Tests.Support;

/// <summary>
/// Marks a test class whose <see cref="StoreFactAttribute"/> tests need the PostgreSQL server of
/// <c>MIZAN_TEST_POSTGRES</c>: without it they are reported as skipped, with the reason.
/// </summary>
public interface IRequiresPostgres;
