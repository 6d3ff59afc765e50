using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mizan.Pipeline;
using Mizan.Server.Catalog;
using Mizan.Server.Security;
using Mizan.Storage;
using Mizan.Storage.Export;
using Mizan.Storage.Ingest;

namespace Mizan.Server.Api;

/// <summary>
/// <c>GET /api/articles</c> (a page of articles, newest first, optionally with words),
/// <c>GET /api/articles/{id}</c> (one article with its text and events) and
/// <c>POST /api/articles</c> (new articles, extracted and stored at once; needs the API key).
/// </summary>
internal static class ArticleEndpoints
{
    private static readonly JsonDocumentOptions BodyOptions = new() { MaxDepth = 16, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles", List);
        app.MapGet("/api/articles/{id}", One);
        app.MapPost("/api/articles", PostAsync);
    }

    private static IResult List(HttpRequest request, IEventStore store)
    {
        if (FilterQuery.Filter(request, out string? error) is not { } filter || FilterQuery.Paging(request, out error) is not { } paging)
        {
            return Problems.BadRequest(error!);
        }

        ArticlePage page = store.ReadArticles(filter.Text, paging.Offset, paging.Limit);
        return EventEndpoints.Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("total", page.Total);
            w.WriteNumber("offset", paging.Offset);
            w.WriteNumber("limit", paging.Limit);
            w.WriteStartArray("articles");
            foreach (ArticleSummary summary in page.Articles)
            {
                w.WriteStartObject();
                ApiJson.WriteArticle(w, summary.Article);
                w.WriteNumber("events", summary.Events);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static IResult One(string id, IEventStore store)
    {
        if (store.ReadArticle(id) is not { } article)
        {
            return Problems.NotFound($"There is no article with the id '{id}'.");
        }

        string text = store.ArticleText(id) ?? string.Empty;
        IReadOnlyList<StoredReport> events = store.ReadArticleEvents(id);
        return EventEndpoints.Json(w =>
        {
            w.WriteStartObject();
            ApiJson.WriteArticle(w, article);
            w.WriteString("text", text);
            w.WriteStartArray("events");
            foreach (StoredReport report in events)
            {
                EventJson.WriteEvent(w, report.Event);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static async Task<IResult> PostAsync(HttpContext context, ApiKeyCheck key, ArticleProcessor processor, CancellationToken cancellationToken)
    {
        HttpRequest request = context.Request;
        if (key.Refusal(request) is { } refusal)
        {
            return refusal;
        }

        if (!request.HasJsonContentType())
        {
            return Problems.UnsupportedMediaType("Send the articles as JSON (Content-Type: application/json).");
        }

        IReadOnlyList<Article>? articles;
        string? error;
        try
        {
            using JsonDocument document = await JsonDocument.ParseAsync(request.Body, BodyOptions, cancellationToken).ConfigureAwait(false);
            articles = SubmittedArticles.Read(document.RootElement, out error);
        }
        catch (JsonException ex)
        {
            return Problems.BadRequest($"The body is not valid JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            return Problems.BadRequest($"The body is not valid JSON: {ex.Message}");
        }

        if (articles is null)
        {
            return Problems.BadRequest(error!);
        }

        IReadOnlyList<ProcessedArticle> results = await processor.StoreAsync(articles, cancellationToken).ConfigureAwait(false);
        bool added = results.Any(r => r.Outcome == ProcessedArticle.Added);
        byte[] body = ApiJson.Bytes(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("articles");
            foreach (ProcessedArticle result in results)
            {
                w.WriteStartObject();
                w.WriteString("id", result.Id);
                w.WriteString("outcome", result.Outcome);
                w.WriteStartArray("events");
                foreach (string id in result.EventIds)
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
                ApiJson.WriteStringOrNull(w, "error", result.Error);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteBoolean("incidents_rebuilding", added);
            w.WriteEndObject();
        });
        return new JsonBytes(body, added ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}
