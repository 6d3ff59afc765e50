using Microsoft.Extensions.Logging;
using Mizan.Reconciliation;
using Mizan.Storage;

namespace Mizan.Server.Catalog;

/// <summary>
/// Rebuilds the incidents in the background after articles were posted: one rebuild at a time,
/// and requests that come while one runs are served by one more rebuild after it. The posted
/// events are listed at once; their links to reports in other articles follow.
/// </summary>
internal sealed class IncidentRebuilder(IEventStore store, EventCatalog catalog, ILogger<IncidentRebuilder> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private bool _pending;
    private Task _worker = Task.CompletedTask;
    private bool _running;
    private int _disposed;

    /// <summary>Asks for a rebuild (soon, in the background).</summary>
    public void Request()
    {
        lock (_gate)
        {
            _pending = true;
            if (!_running)
            {
                _running = true;
                _worker = Task.Run(RunAsync);
            }
        }
    }

    /// <summary>Completes when no rebuild is pending or running.</summary>
    public Task WhenIdle()
    {
        lock (_gate)
        {
            return _worker;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _stop.Cancel();
        try
        {
            WhenIdle().Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // Logged by the worker.
        }

        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        while (true)
        {
            lock (_gate)
            {
                if (!_pending || _stop.IsCancellationRequested)
                {
                    _running = false;
                    return;
                }

                _pending = false;
            }

            try
            {
                int count = store.RebuildIncidents(new IncidentReconciler(), _stop.Token);
                logger.LogInformation("Rebuilt {Incidents} incidents", count);
                await catalog.RefreshAsync(cancellationToken: _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                lock (_gate)
                {
                    _running = false;
                }

                return;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException)
            {
                logger.LogError("Rebuilding the incidents failed: {Message}", ex.Message);
            }
        }
    }
}
