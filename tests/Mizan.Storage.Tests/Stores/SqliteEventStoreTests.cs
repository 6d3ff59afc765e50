using Mizan.Storage.Tests.Support;

namespace Mizan.Storage.Tests.Stores;

/// <summary>The store contract on the SQLite backend (a file in a temporary folder).</summary>
public sealed class SqliteEventStoreTests : EventStoreContract
{
    private readonly TempFolder _folder = new();

    protected override IEventStore OpenStore() => EventStores.Open(_folder.File("store.db"), create: true);

    protected override void DisposeBackend() => _folder.Dispose();

    [Fact]
    public void A_missing_file_is_an_error_when_the_store_may_not_be_created()
    {
        var error = Assert.Throws<FileNotFoundException>(() => EventStores.Open(_folder.File("none.db"), create: false));
        Assert.Contains("mizan ingest", error.Message, StringComparison.Ordinal);
    }
}
