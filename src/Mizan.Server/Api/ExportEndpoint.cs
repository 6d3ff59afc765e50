using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Mizan.Storage;
using Mizan.Storage.Export;

namespace Mizan.Server.Api;

/// <summary>
/// <c>GET /api/export/{acled|ucdp|geojson|jsonl}</c>: the incidents a filter selects, in the
/// formats of <c>mizan export</c>, as a download streamed from the store; background incidents
/// only with <c>background=include</c>.
/// </summary>
internal static class ExportEndpoint
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/export/{format}", Export);

    private static IResult Export(string format, HttpContext context, IEventStore store)
    {
        (ExportFormat Format, string ContentType, string Extension)? chosen = format switch
        {
            "acled" => (ExportFormat.Acled, "text/csv; charset=utf-8", "csv"),
            "ucdp" => (ExportFormat.Ucdp, "text/csv; charset=utf-8", "csv"),
            "geojson" => (ExportFormat.GeoJson, "application/geo+json", "geojson"),
            "jsonl" => (ExportFormat.JsonLines, "application/jsonl; charset=utf-8", "jsonl"),
            _ => null,
        };
        if (chosen is not { } export)
        {
            return Problems.NotFound($"There is no export format '{format}': use acled, ucdp, geojson or jsonl.");
        }

        if (FilterQuery.Filter(context.Request, out string? error) is not { } filter
            || FilterQuery.IncludeBackground(context.Request, out error) is not { } includeBackground)
        {
            return Problems.BadRequest(error!);
        }

        return new ExportResult(store, filter, includeBackground, export.Format, export.ContentType, $"mizan-{format}.{export.Extension}");
    }

    /// <summary>Streams the export; the exporters write synchronously, so this response allows it.</summary>
    private sealed class ExportResult(IEventStore store, EventFilter filter, bool includeBackground, ExportFormat format, string contentType, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            HttpResponse response = httpContext.Response;
            response.ContentType = contentType;
            response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            if (httpContext.Features.Get<IHttpBodyControlFeature>() is { } body)
            {
                body.AllowSynchronousIO = true;
            }

            IncidentExporter.Write(format, store.ReadIncidents(filter), response.Body, includeBackground);
            return Task.CompletedTask;
        }
    }
}
