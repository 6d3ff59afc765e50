namespace Mizan.Server.Tests.Support;

/// <summary>A server over an attack in Gao told as news and one of six years before told as background; read-only use.</summary>
public sealed class BackgroundStoreFixture : IAsyncLifetime
{
    private RunningServer? _server;

    internal RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    internal HttpClient Client => Server.Client;

    public async Task InitializeAsync() =>
        _server = await RunningServer.StartAsync([Articles.GaoAttack(), Articles.GaoRecall()]);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
