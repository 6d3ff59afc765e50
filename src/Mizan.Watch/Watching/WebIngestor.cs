using Mizan.Geocoding;
using Mizan.Pipeline;
using Mizan.Reconciliation;
using Mizan.Storage;
using Mizan.Storage.Ingest;
using Mizan.Storage.Web;
using Mizan.Watch.Feeds;
using Mizan.Watch.Http;
using Mizan.Watch.Pages;
using Mizan.Watch.Text;
using Mizan.Watch.Urls;

namespace Mizan.Watch.Watching;

/// <summary>
/// Stores one page as <c>mizan ingest</c> stores a file's article: fetched, its article pulled
/// out, extracted within the article time budget, and written with its events and its
/// <see cref="WebSource"/> in one transaction. Nothing twice: an address already stored is not
/// fetched, and a page whose canonical address or text is already stored only adds its address.
/// </summary>
public sealed class WebIngestor : IPageIngestor
{
    private readonly IEventStore _store;
    private readonly IWebArticleIndex _index;
    private readonly IWebFetcher _fetcher;
    private readonly Func<Article, CancellationToken, Document> _process;
    private readonly Gazetteer? _gazetteer;
    private readonly TimeProvider _time;
    private readonly TimeSpan _articleTimeout;

    public WebIngestor(IEventStore store, IWebFetcher fetcher, Func<Article, CancellationToken, Document> process, Gazetteer? gazetteer, TimeProvider? time = null, TimeSpan? articleTimeout = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _index = store as IWebArticleIndex ?? throw new ArgumentException("the store keeps no web addresses", nameof(store));
        _fetcher = fetcher ?? throw new ArgumentNullException(nameof(fetcher));
        _process = process ?? throw new ArgumentNullException(nameof(process));
        _gazetteer = gazetteer;
        _time = time ?? TimeProvider.System;
        _articleTimeout = articleTimeout ?? new IngestOptions().ArticleTimeout;
    }

    /// <summary>An ingestor with the default engine.</summary>
    public static WebIngestor WithEngine(IEventStore store, IWebFetcher fetcher, MizanEngine engine, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return new WebIngestor(store, fetcher, engine.Process, engine.Resources.Gazetteer, time);
    }

    /// <summary>The store's web side.</summary>
    public IWebArticleIndex Index => _index;

    /// <summary>Fetches, extracts and stores one page.</summary>
    /// <param name="url">The page's address.</param>
    /// <param name="feed">The feed that listed it, or null.</param>
    /// <param name="item">The feed's item for it (its title and time stand in for the page's), or null.</param>
    /// <param name="cancellationToken">Stops the fetch and the extraction.</param>
    public async Task<PageOutcome> IngestAsync(Uri url, FeedSource? feed, FeedItem? item, CancellationToken cancellationToken)
    {
        PageFetch fetch = await FetchAsync(url, feed, item, cancellationToken).ConfigureAwait(false);
        return fetch.Page is { } page ? await StoreAsync(page, cancellationToken).ConfigureAwait(false) : fetch.Outcome!;
    }

    /// <summary>
    /// The first half of <see cref="IngestAsync"/>: fetches the page unless its address is stored,
    /// and reads its article; nothing is written.
    /// </summary>
    public async Task<PageFetch> FetchAsync(Uri url, FeedSource? feed, FeedItem? item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        string? asked = UrlNormalizer.Normalize(url);
        if (asked is null)
        {
            return Ended(new PageOutcome(url, PageStatus.Failed, ErrorCode: FetchErrorCodes.BadAddress, Message: $"{url}: not an http or https address"));
        }

        if (_index.KnownUrls([asked]).TryGetValue(asked, out string? knownId))
        {
            return Ended(new PageOutcome(url, PageStatus.KnownUrl, knownId));
        }

        FetchResult fetched = await _fetcher.FetchAsync(new FetchRequest(url), cancellationToken).ConfigureAwait(false);
        if (!fetched.Succeeded)
        {
            return Ended(new PageOutcome(url, PageStatus.Failed, ErrorCode: fetched.ErrorCode ?? FetchErrorCodes.HttpStatus, Message: fetched.ErrorMessage ?? $"{url}: HTTP {fetched.Status}"));
        }

        if (!IsPage(fetched.MediaType))
        {
            return Ended(new PageOutcome(url, PageStatus.Failed, ErrorCode: FetchErrorCodes.NotHtml, Message: $"{fetched.Url}: {fetched.MediaType} is not a web page"));
        }

        DateTimeOffset fetchedAt = _time.GetUtcNow();
        (string html, _) = Charsets.Decode(fetched.Body, fetched.Charset);
        WebPage? page;
        try
        {
            page = PageReader.Read(html, fetched.Url);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A parser's bug on strange markup costs this page only.
            return Ended(new PageOutcome(url, PageStatus.Failed, ErrorCode: FetchErrorCodes.NoText, Message: $"{fetched.Url}: the page could not be read: {ex.GetType().Name}: {ex.Message}"));
        }

        if (page is null)
        {
            return Ended(new PageOutcome(url, PageStatus.Failed, ErrorCode: FetchErrorCodes.NoText, Message: $"{fetched.Url}: no article text in the page"));
        }

        // Every address that led here; the canonical one names the article.
        var addresses = new List<string> { asked };
        addresses.AddRange(fetched.Redirects.Append(fetched.Url).Select(UrlNormalizer.Normalize).OfType<string>());
        string canonical = (page.Canonical is { } c ? UrlNormalizer.Normalize(c) : null) ?? UrlNormalizer.Normalize(fetched.Url) ?? asked;
        addresses.Add(canonical);
        List<string> aliases = [.. addresses.Distinct(StringComparer.Ordinal).Where(a => a != canonical)];

        string? title = page.Title ?? item?.Title;
        string textHash = WebArticleIds.TextHash(title, page.Body);
        DateTimeOffset? publishedAt = page.PublishedAt ?? item?.Published;
        var article = new Article(
            WebArticleIds.ForUrl(canonical),
            title,
            page.Body,
            publishedAt is { } p ? DateOnly.FromDateTime(p.DateTime) : null,
            feed?.Label ?? page.SiteName ?? fetched.Url.Host,
            canonical)
        {
            PublishedAt = publishedAt,
        };
        var web = new WebSource(canonical, fetchedAt, publishedAt, feed?.Label, textHash, aliases, page.Author);
        return new PageFetch(new FetchedPage(url, article, web), null);

        static PageFetch Ended(PageOutcome outcome) => new(null, outcome);
    }

    /// <summary>
    /// The second half of <see cref="IngestAsync"/>: stores a fetched page's article with its events
    /// and web source in one transaction, unless its canonical address or its text is already
    /// stored, in which case only its addresses are recorded.
    /// </summary>
    public async Task<PageOutcome> StoreAsync(FetchedPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        Article article = page.Article;
        WebSource web = page.Web;
        string canonical = web.Url;
        Uri url = page.Asked;
        string? existing = _index.KnownUrls([canonical]).GetValueOrDefault(canonical) ?? _index.ArticleWithText(web.TextHash);
        if (existing is not null)
        {
            _index.AddUrls(existing, page.Addresses);
            return new PageOutcome(url, PageStatus.Duplicate, existing);
        }

        string hash = ContentHash.Of(article);
        ArticleRecord record;
        try
        {
            Document document = await Task.Run(() => ArticleBudget.Process(_process, article, _articleTimeout, _time, cancellationToken), cancellationToken).ConfigureAwait(false);
            record = ArticleRecords.From(document, hash, canonical, _gazetteer) with { Web = web };
        }
        catch (ArticleTimeoutException ex)
        {
            FailedArticle failure = FailedArticle.TimedOut(article.Id, hash, canonical, ex.Budget);
            _store.Write([], [failure]);
            return new PageOutcome(url, PageStatus.Failed, article.Id, ErrorCode: failure.Code, Message: $"{canonical}: {failure.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            string message = $"processing article '{article.Id}' failed: {ex.GetType().Name}: {ex.Message}";
            FailedArticle failure = FailedArticle.Processing(article.Id, hash, canonical, message);
            _store.Write([], [failure]);
            return new PageOutcome(url, PageStatus.Failed, article.Id, ErrorCode: failure.Code, Message: $"{canonical}: {message}");
        }

        _store.Write([record], []);
        return new PageOutcome(url, PageStatus.Added, article.Id, record.Events.Length);
    }

    /// <summary>Whether a media type may hold an article: HTML, XHTML, any text, or none named.</summary>
    internal static bool IsPage(string? mediaType) =>
        mediaType is null
        || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("html", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("/xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Links the reports of one incident across articles when articles changed; the number of incidents, or null when nothing changed.</summary>
    public int? RebuildIncidentsIfStale(CancellationToken cancellationToken) =>
        _store.IncidentsAreStale() ? _store.RebuildIncidents(new IncidentReconciler(), cancellationToken) : null;

    /// <inheritdoc/>
    public Task<int?> LinkIncidentsAsync(CancellationToken cancellationToken) => Task.FromResult(RebuildIncidentsIfStale(cancellationToken));
}
