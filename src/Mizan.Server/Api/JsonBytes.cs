using Microsoft.AspNetCore.Http;

namespace Mizan.Server.Api;

/// <summary>An answer of JSON already written to bytes, with its status code.</summary>
internal sealed class JsonBytes(byte[] body, int statusCode = StatusCodes.Status200OK) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        HttpResponse response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = ApiJson.ContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
