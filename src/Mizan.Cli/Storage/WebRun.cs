using Mizan.Storage;
using Mizan.Watch.Http;
using Mizan.Watch.Watching;

namespace Mizan.Cli.Storage;

/// <summary><c>mizan ingest --url</c>: storing pages named on the command line.</summary>
internal static class WebRun
{
    /// <summary><c>mizan ingest --url URL...</c>: each page fetched, extracted and stored, then incidents linked.</summary>
    public static async Task<int> IngestUrlsAsync(CliConsole console, IReadOnlyList<string> urls, string? db, WebOptions web, CancellationToken cancellationToken)
    {
        var addresses = new List<Uri>();
        foreach (string url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: '{url}' is not an http or https address").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            addresses.Add(address);
        }

        using IEventStore? store = StoreOptions.OpenStore(console, db, create: true);
        if (store is null || IngestEngine.Create(console) is not { } engine)
        {
            return ExitCodes.Failure;
        }

        using var fetcher = new WebFetcher(web, console.Time);
        var ingestor = WebIngestor.WithEngine(store, fetcher, engine, console.Time);
        int added = 0, known = 0, failed = 0, events = 0;
        foreach (Uri address in addresses)
        {
            PageOutcome outcome = await ingestor.IngestAsync(address, null, null, cancellationToken).ConfigureAwait(false);
            switch (outcome.Status)
            {
                case PageStatus.Added:
                    added++;
                    events += outcome.Events;
                    break;
                case PageStatus.Failed:
                    failed++;
                    await console.Error.WriteLineAsync($"{MizanCli.Name}: {outcome.Message} [{outcome.ErrorCode}]").ConfigureAwait(false);
                    break;
                default:
                    known++;
                    break;
            }
        }

        int? incidents = ingestor.RebuildIncidentsIfStale(cancellationToken);
        StoreCounts total = store.Counts();
        await console.Error.WriteLineAsync(
            $"{MizanCli.Name}: {addresses.Count:N0} pages, {added:N0} added, {known:N0} already stored, {failed:N0} failed; {events:N0} events added"
            + (incidents is { } n ? $", {n:N0} incidents" : string.Empty)).ConfigureAwait(false);
        await console.Error.WriteLineAsync(
            $"{MizanCli.Name}: {store.Description} holds {total.Articles:N0} articles, {total.Events:N0} events, {total.Incidents:N0} incidents, {total.Failures:N0} failures").ConfigureAwait(false);
        return failed == 0 ? ExitCodes.Success : failed == addresses.Count ? ExitCodes.Failure : ExitCodes.PartialFailure;
    }
}
