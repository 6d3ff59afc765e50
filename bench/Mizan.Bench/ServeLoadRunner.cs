using System.Diagnostics;
using System.Net;

namespace Mizan.Bench;

/// <summary>
/// Sends a bounded number of GET requests from a fixed number of workers, each with one request in
/// flight at a time, and times each one from sending to the last byte of the body read (into a
/// buffer per worker, so that the client allocates little and leaves the cores to the server).
/// </summary>
internal sealed class ServeLoadRunner(HttpClient client, IReadOnlyList<EventListRequest> requests)
{
    /// <summary>
    /// Sends <paramref name="count"/> requests (taking <see cref="EventListRequest"/>s in turn) from
    /// <paramref name="concurrency"/> workers, or as many as are sent before <paramref name="limit"/>
    /// has gone by.
    /// </summary>
    public async Task<ServeLoadResult> RunAsync(int count, int concurrency, TimeSpan limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        var samples = new RequestSample?[count];
        int next = -1;
        var clock = Stopwatch.StartNew();

        async Task WorkAsync()
        {
            byte[] buffer = new byte[64 * 1024];
            int index;
            while ((index = Interlocked.Increment(ref next)) < count && clock.Elapsed < limit)
            {
                samples[index] = await SendAsync(requests[index % requests.Count], buffer, cancellationToken).ConfigureAwait(false);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkAsync, cancellationToken))).ConfigureAwait(false);
        clock.Stop();

        // When the time limit ends the run, a worker may have skipped an index below one another sent.
        return new ServeLoadResult([.. samples.OfType<RequestSample>()], clock.Elapsed.TotalSeconds);
    }

    /// <summary>Sends one request and reads its body to the end into <paramref name="buffer"/> (overwritten: only its length is kept).</summary>
    private async Task<RequestSample> SendAsync(EventListRequest request, byte[] buffer, CancellationToken cancellationToken)
    {
        long start = Stopwatch.GetTimestamp();

        // The client's timeout covers the headers only; this one covers the body as well.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(client.Timeout);
        try
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri(request.PathAndQuery, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            using Stream body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            long bytes = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, timeout.Token).ConfigureAwait(false)) > 0)
            {
                bytes += read;
            }

            return new RequestSample(request.Kind, Stopwatch.GetElapsedTime(start).TotalMilliseconds, (int)response.StatusCode, bytes, null);
        }
        catch (Exception ex) when ((ex is HttpRequestException or OperationCanceledException or IOException) && !cancellationToken.IsCancellationRequested)
        {
            int status = ex is HttpRequestException { StatusCode: HttpStatusCode code } ? (int)code : 0;
            return new RequestSample(request.Kind, Stopwatch.GetElapsedTime(start).TotalMilliseconds, status, 0, ex.GetType().Name + ": " + ex.Message);
        }
    }
}
