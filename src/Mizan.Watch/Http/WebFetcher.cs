using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Mizan.Watch.Http;

/// <summary>
/// Fetches feeds and pages as a good citizen: robots.txt obeyed, one request per host per
/// <see cref="WebOptions.HostInterval"/>, a User-Agent naming Mizan, conditional GET, retries with
/// exponential backoff on 5xx, 408, 429, time-outs and network errors (Polly), a body refused past
/// <see cref="WebOptions.MaxBytes"/> and redirects followed by hand up to
/// <see cref="WebOptions.MaxRedirects"/>, never twice to one address.
/// </summary>
public sealed class WebFetcher : IWebFetcher, IDisposable
{
    private readonly HttpClient _client;
    private readonly WebOptions _options;
    private readonly HostRateLimiter _limiter;
    private readonly RobotsCache _robots;
    private readonly ResiliencePipeline<Attempt> _pipeline;

    /// <summary>A fetcher with its own connection pool (no automatic redirects, no cookies, gzip and brotli accepted).</summary>
    public WebFetcher(WebOptions options, TimeProvider? time = null)
        : this(new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options?.Timeout ?? TimeSpan.FromSeconds(20),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        })
        { Timeout = System.Threading.Timeout.InfiniteTimeSpan }, options!, time)
    {
    }

    /// <summary>A fetcher over a client (which must not follow redirects itself).</summary>
    public WebFetcher(HttpClient client, WebOptions options, TimeProvider? time = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        TimeProvider clock = time ?? TimeProvider.System;
        _limiter = new HostRateLimiter(options.HostInterval, clock);
        _robots = new RobotsCache((url, ct) => GetOnceAsync(new FetchRequest(url), null, ct), WebOptions.RobotsAgent, options.RobotsLifetime, clock);
        _pipeline = new ResiliencePipelineBuilder<Attempt> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = Math.Max(options.Retries, 0) == 0 ? 1 : options.Retries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(options.Retries > 0 && IsTransient(args.Outcome)),
            })
            .AddTimeout(options.Timeout)
            .Build();
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var visited = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Uri url = request.Url;
        for (int hop = 0; ; hop++)
        {
            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            {
                return FetchResult.Failure(url, FetchErrorCodes.BadAddress, $"{url}: not an http or https address", redirects: visited);
            }

            RobotsRules? robots = _options.ObeyRobots ? await _robots.RulesAsync(url, cancellationToken).ConfigureAwait(false) : null;
            if (robots is not null && !robots.Allows(url.PathAndQuery))
            {
                return FetchResult.Failure(url, FetchErrorCodes.Robots, $"{url}: robots.txt of {url.Host} does not allow it", redirects: visited);
            }

            // Validators belong to the address they came from; a redirect asks afresh.
            FetchRequest attempt = hop == 0 ? request : new FetchRequest(url);
            FetchResult result = await GetOnceAsync(attempt, robots?.CrawlDelay, cancellationToken).ConfigureAwait(false);
            if (result.Status is not (301 or 302 or 303 or 307 or 308) || result.ErrorCode is not null)
            {
                return result with { Redirects = visited };
            }

            seen.Add(url.AbsoluteUri);
            visited.Add(url);
            Uri next = result.Url;
            if (seen.Contains(next.AbsoluteUri))
            {
                return FetchResult.Failure(next, FetchErrorCodes.Redirects, $"{request.Url}: redirect loop back to {next}", result.Status, visited);
            }

            if (hop + 1 > _options.MaxRedirects)
            {
                return FetchResult.Failure(next, FetchErrorCodes.Redirects, $"{request.Url}: more than {_options.MaxRedirects} redirects", result.Status, visited);
            }

            url = next;
        }
    }

    public void Dispose() => _client.Dispose();

    private static bool IsTransient(Outcome<Attempt> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException or IOException } => true,
        { Result.Status: >= 500 or 408 or 429 } => true,
        _ => false,
    };

    /// <summary>One address, with retries: a redirect is returned with its target as <see cref="FetchResult.Url"/>.</summary>
    private async Task<FetchResult> GetOnceAsync(FetchRequest request, TimeSpan? hostDelay, CancellationToken cancellationToken)
    {
        Uri url = request.Url;
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        Outcome<Attempt> outcome;
        try
        {
            outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (attemptContext, state) =>
                {
                    try
                    {
                        return Outcome.FromResult(await state.Owner.SendAsync(state.Request, state.HostDelay, attemptContext.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex) when (ex is HttpRequestException or IOException or TooLargeException
                        || (ex is OperationCanceledException && !state.Caller.IsCancellationRequested))
                    {
                        return Outcome.FromException<Attempt>(ex);
                    }
                },
                context,
                (Owner: this, Request: request, HostDelay: hostDelay, Caller: cancellationToken)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        cancellationToken.ThrowIfCancellationRequested();
        switch (outcome.Exception)
        {
            case TimeoutRejectedException or OperationCanceledException:
                return FetchResult.Failure(url, FetchErrorCodes.Timeout, $"{url}: no answer within {_options.Timeout.TotalSeconds:0.###} s");
            case TooLargeException tooLarge:
                return FetchResult.Failure(url, FetchErrorCodes.TooLarge, $"{url}: {tooLarge.Message}", 200);
            case { } ex:
                return FetchResult.Failure(url, FetchErrorCodes.Network, $"{url}: {ex.Message}");
        }

        Attempt answer = outcome.Result!;
        return answer.Status switch
        {
            >= 200 and < 300 => new FetchResult
            {
                Url = url,
                Status = answer.Status,
                Body = answer.Body,
                MediaType = answer.MediaType,
                Charset = answer.Charset,
                ETag = answer.ETag,
                LastModified = answer.LastModified,
            },
            304 => new FetchResult { Url = url, Status = 304, ETag = answer.ETag ?? request.ETag, LastModified = answer.LastModified ?? request.LastModified },
            301 or 302 or 303 or 307 or 308 when answer.Location is { } location => new FetchResult { Url = new Uri(url, location), Status = answer.Status },
            _ => FetchResult.Failure(url, FetchErrorCodes.HttpStatus, $"{url}: HTTP {answer.Status}", answer.Status),
        };
    }

    /// <summary>One request: waits for the host's turn, sends, and reads a bounded body.</summary>
    private async Task<Attempt> SendAsync(FetchRequest request, TimeSpan? hostDelay, CancellationToken cancellationToken)
    {
        await _limiter.WaitAsync(request.Url.Authority, hostDelay, cancellationToken).ConfigureAwait(false);
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
        message.Headers.TryAddWithoutValidation("Accept-Language", "ar,en;q=0.5");
        if (request.ETag is { } etag)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (request.LastModified is { } lastModified)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        using HttpResponseMessage response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        int status = (int)response.StatusCode;
        MediaTypeHeaderValue? type = response.Content.Headers.ContentType;
        var attempt = new Attempt
        {
            Status = status,
            MediaType = type?.MediaType,
            Charset = type?.CharSet?.Trim('"'),
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.TryGetValues("Last-Modified", out IEnumerable<string>? values) ? values.FirstOrDefault() : null,
            Location = response.Headers.Location,
        };
        if (status is >= 200 and < 300)
        {
            attempt.Body = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        }

        return attempt;
    }

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        long max = _options.MaxBytes;
        if (content.Headers.ContentLength is { } length && length > max)
        {
            throw new TooLargeException($"{length:N0} bytes, over the limit of {max:N0}");
        }

        await using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new TooLargeException($"over the limit of {max:N0} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>What one request got back.</summary>
    private sealed class Attempt
    {
        public int Status { get; init; }

        public byte[]? Body { get; set; }

        public string? MediaType { get; init; }

        public string? Charset { get; init; }

        public string? ETag { get; init; }

        public string? LastModified { get; init; }

        public Uri? Location { get; init; }
    }

    private sealed class TooLargeException(string message) : Exception(message);
}
