using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Mizan.Server.Catalog;
using Mizan.Storage.Export;

namespace Mizan.Server.Api;

/// <summary>
/// A page of the events list, written straight to the response: each row's JSON was written
/// once when the catalog was read, so a page is copied, not serialised. <c>total</c> counts every
/// row the filter selects, <c>background</c> those of them told as past context (listed, marked).
/// </summary>
internal sealed class EventPageResult(CatalogSnapshot snapshot, int total, int background, int offset, int limit, List<int> page) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        HttpResponse response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ApiJson.ContentType;
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, IncidentExporter.JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("total", total);
            writer.WriteNumber("background", background);
            writer.WriteNumber("offset", offset);
            writer.WriteNumber("limit", limit);
            writer.WriteNumber("generation", snapshot.Generation);
            writer.WriteStartArray("events");
            foreach (int index in page)
            {
                writer.WriteRawValue(snapshot.Json[index], skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
