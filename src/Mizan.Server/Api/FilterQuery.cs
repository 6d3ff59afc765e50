using System.Globalization;
using Microsoft.AspNetCore.Http;
using Mizan.Storage;

namespace Mizan.Server.Api;

/// <summary>
/// Reads the filter and paging parameters of a request: <c>q</c> (words), <c>country</c>,
/// <c>type</c>, <c>status</c>, <c>from</c>, <c>to</c> (yyyy-MM-dd), <c>actor</c>, <c>bbox</c>
/// (west,south,east,north), <c>place</c>, <c>offset</c>, <c>limit</c>, and <c>background</c>
/// (<c>include</c> counts and exports background events too; left out by default).
/// </summary>
internal static class FilterQuery
{
    /// <summary>The most rows one page may hold.</summary>
    public const int MaxLimit = 500;

    /// <summary>Rows per page when <c>limit</c> is not given.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The longest value a parameter may have.</summary>
    public const int MaxValueLength = 500;

    /// <summary>The filter of a request, or the reason it is not one.</summary>
    public static EventFilter? Filter(HttpRequest request, out string? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? problem = null;
        string? Text(string name)
        {
            string? value = request.Query[name].FirstOrDefault();
            if (value is not null && value.Length > MaxValueLength)
            {
                problem ??= $"'{name}' is longer than {MaxValueLength} characters";
            }

            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        DateOnly? Date(string name)
        {
            string? value = Text(name);
            if (value is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                return date;
            }

            problem ??= $"'{name}' must be a date written yyyy-MM-dd, not '{value}'";
            return null;
        }

        GeoBox? box = null;
        if (Text("bbox") is { } boxText)
        {
            box = GeoBox.Parse(boxText, out string? boxError);
            problem ??= boxError;
        }

        var filter = new EventFilter(Text("q"), Text("country"), Text("type"), Date("from"), Date("to"), Text("actor"), Text("status"), box, Text("place"));
        error = problem;
        return problem is null ? filter : null;
    }

    /// <summary>
    /// Whether the request asks for background events (told as past context) to be counted and
    /// exported too: <c>background=include</c>; <c>exclude</c> or nothing leaves them out. Null
    /// with the reason when the value is neither.
    /// </summary>
    public static bool? IncludeBackground(HttpRequest request, out string? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        error = null;
        string? value = request.Query["background"].FirstOrDefault()?.Trim();
        switch (value)
        {
            case null or "" or "exclude":
                return false;
            case "include":
                return true;
            default:
                error = $"'background' must be include or exclude, not '{(value.Length > 50 ? value[..50] : value)}'";
                return null;
        }
    }

    /// <summary>The paging of a request, or the reason it is not valid.</summary>
    public static (int Offset, int Limit)? Paging(HttpRequest request, out string? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? problem = null;
        int Number(string name, int fallback, int min, int max)
        {
            string? value = request.Query[name].FirstOrDefault();
            if (string.IsNullOrWhiteSpace(value))
            {
                return fallback;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max)
            {
                return n;
            }

            problem ??= $"'{name}' must be a whole number from {min} to {max}, not '{value}'";
            return fallback;
        }

        int offset = Number("offset", 0, 0, 100_000_000);
        int limit = Number("limit", DefaultLimit, 1, MaxLimit);
        error = problem;
        return problem is null ? (offset, limit) : null;
    }
}
