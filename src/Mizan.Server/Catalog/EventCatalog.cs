using Microsoft.Extensions.Logging;
using Mizan.Storage;

namespace Mizan.Server.Catalog;

/// <summary>
/// The current <see cref="CatalogSnapshot"/> of the store. At most once per refresh interval a
/// request starts a background check of the store's generation; when it changed (an ingest in
/// another process, an article posted here, incidents rebuilt) the rows are read again and the new
/// snapshot replaces the old one. Requests never wait for a reload: they answer from the snapshot
/// they got.
/// </summary>
internal sealed class EventCatalog : IDisposable
{
    private readonly IEventStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly ILogger<EventCatalog> _logger;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private CatalogSnapshot _snapshot = CatalogSnapshot.Empty;
    private long _lastCheck;
    private int _checking;

    public EventCatalog(IEventStore store, ServerSettings settings, ILogger<EventCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _time = settings.Time;
        _interval = settings.RefreshInterval;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _lastCheck = _time.GetTimestamp();
    }

    /// <summary>The snapshot to answer from; may start a background check of the store.</summary>
    public CatalogSnapshot Current
    {
        get
        {
            CheckInBackgroundWhenDue();
            return Volatile.Read(ref _snapshot);
        }
    }

    /// <summary>Reads the store again now if its generation changed (or <paramref name="force"/>); returns the current snapshot.</summary>
    public async Task<CatalogSnapshot> RefreshAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Interlocked.Exchange(ref _lastCheck, _time.GetTimestamp());
            CatalogSnapshot current = Volatile.Read(ref _snapshot);
            if (force || _store.Generation() != current.Generation)
            {
                CatalogSnapshot loaded = await Task.Run(() => CatalogSnapshot.Load(_store), cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _snapshot, loaded);
                _logger.LogInformation("Read {Events} events from the store (generation {Generation})", loaded.Rows.Length, loaded.Generation);
                return loaded;
            }

            return current;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    private void CheckInBackgroundWhenDue()
    {
        if (_time.GetElapsedTime(Interlocked.Read(ref _lastCheck)) < _interval || Interlocked.CompareExchange(ref _checking, 1, 0) != 0)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException or ObjectDisposedException)
            {
                _logger.LogWarning("Could not check the store for changes: {Message}", ex.Message);
            }
            finally
            {
                Interlocked.Exchange(ref _checking, 0);
            }
        });
    }
}
