using Microsoft.AspNetCore.Http;

namespace Mizan.Server.Api;

/// <summary>Error answers as RFC 7807 problem details (<c>application/problem+json</c>).</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "The request is not valid", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult Unauthorized(string detail) =>
        Results.Problem(title: "An API key is required", detail: detail, statusCode: StatusCodes.Status401Unauthorized);

    public static IResult WritesDisabled() =>
        Results.Problem(
            title: "Writes are disabled",
            detail: "This server has no API key configured, so it accepts no articles. Set Mizan:ApiKey in the configuration or the environment variable MIZAN_API_KEY, and send it in the X-Api-Key header.",
            statusCode: StatusCodes.Status403Forbidden);

    public static IResult UnsupportedMediaType(string detail) =>
        Results.Problem(title: "Unsupported media type", detail: detail, statusCode: StatusCodes.Status415UnsupportedMediaType);
}
