namespace Mizan.Watch.Http;

/// <summary>The answer to a <see cref="FetchRequest"/>: a body, "not modified", or an error with its code.</summary>
public sealed record FetchResult
{
    /// <summary>The address answered, after redirects.</summary>
    public required Uri Url { get; init; }

    /// <summary>The HTTP status of the last answer, when there was one.</summary>
    public int? Status { get; init; }

    /// <summary>The body, for a 2xx answer.</summary>
    public byte[]? Body { get; init; }

    /// <summary>The media type of the body (<c>text/html</c>), when given.</summary>
    public string? MediaType { get; init; }

    /// <summary>The charset of the <c>Content-Type</c> header, when given.</summary>
    public string? Charset { get; init; }

    /// <summary>The <c>ETag</c> of the answer.</summary>
    public string? ETag { get; init; }

    /// <summary>The <c>Last-Modified</c> of the answer, as sent.</summary>
    public string? LastModified { get; init; }

    /// <summary>A <see cref="FetchErrorCodes"/> code when the fetch failed.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>What went wrong, for people.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The addresses visited before <see cref="Url"/> (redirects), first the one asked for.</summary>
    public IReadOnlyList<Uri> Redirects { get; init; } = [];

    /// <summary>True when the server said the copy held is current (304).</summary>
    public bool NotModified => Status == 304 && ErrorCode is null;

    /// <summary>True when there is a body to read.</summary>
    public bool Succeeded => Body is not null && ErrorCode is null;

    /// <summary>A failed fetch.</summary>
    public static FetchResult Failure(Uri url, string code, string message, int? status = null, IReadOnlyList<Uri>? redirects = null) =>
        new() { Url = url, ErrorCode = code, ErrorMessage = message, Status = status, Redirects = redirects ?? [] };
}
