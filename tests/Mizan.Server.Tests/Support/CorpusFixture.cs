namespace Mizan.Server.Tests.Support;

/// <summary>A server over the founding article and the first 300 articles of the SkyNews Middle East file of the corpus.</summary>
public sealed class CorpusFixture : IAsyncLifetime
{
    public const int SliceSize = 300;

    private RunningServer? _server;

    internal RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() =>
        _server = await RunningServer.StartAsync([Articles.Founding(), .. Articles.CorpusSlice(SliceSize)]);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

/// <summary>The tests that share the corpus server (ingested once).</summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    public const string Name = "corpus server";
}
