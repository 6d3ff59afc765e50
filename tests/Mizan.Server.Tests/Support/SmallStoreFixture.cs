namespace Mizan.Server.Tests.Support;

/// <summary>A server over the founding article and two short articles written for the tests; read-only use.</summary>
public sealed class SmallStoreFixture : IAsyncLifetime
{
    private RunningServer? _server;

    internal RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    internal HttpClient Client => Server.Client;

    public async Task InitializeAsync() =>
        _server = await RunningServer.StartAsync([Articles.Founding(), Articles.GaoAttack(), Articles.TunisProtest()]);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
