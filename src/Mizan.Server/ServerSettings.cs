namespace Mizan.Server;

/// <summary>How <c>mizan serve</c> runs.</summary>
public sealed record ServerSettings
{
    /// <summary>The default port on 127.0.0.1.</summary>
    public const int DefaultPort = 5170;

    /// <summary>The largest request body accepted (2 MiB): larger ones are refused with 413.</summary>
    public const long DefaultMaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>The store, as <c>--db</c> names it (a SQLite file or a PostgreSQL connection string); null: <c>mizan.db</c>.</summary>
    public string? Store { get; init; }

    /// <summary>
    /// The addresses to listen on (e.g. <c>http://127.0.0.1:5170</c>); empty: 127.0.0.1 on
    /// <see cref="DefaultPort"/>. Port 0 picks a free port (see <see cref="MizanServer.Addresses"/>).
    /// </summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>
    /// The key that <c>POST /api/articles</c> requires in the <c>X-Api-Key</c> header. Null: read
    /// from configuration (<c>Mizan:ApiKey</c>, e.g. the environment variable <c>Mizan__ApiKey</c>,
    /// or <c>MIZAN_API_KEY</c>); when none is set, writes are refused.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>Origins allowed to call the API from other sites (CORS). Empty (the default): none; then from configuration <c>Mizan:CorsOrigins</c> (comma-separated).</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>How often the store is asked whether it changed (another process ingesting), at most.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether to read configuration from the environment and <c>appsettings.json</c> (off in tests).</summary>
    public bool ReadConfiguration { get; init; } = true;

    /// <summary>Whether to log to the console (warnings, errors, and when the store's events are read).</summary>
    public bool LogToConsole { get; init; } = true;

    /// <summary>The clock (refresh pacing).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
