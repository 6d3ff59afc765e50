using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mizan.Server.Api;
using Mizan.Server.Assets;
using Mizan.Server.Catalog;
using Mizan.Server.Security;
using Mizan.Storage;

namespace Mizan.Server;

/// <summary>
/// The <c>mizan serve</c> process: the JSON API under <c>/api</c> and the analyst's page at
/// <c>/</c>, over one event store, listening on 127.0.0.1 unless told otherwise.
/// </summary>
public sealed class MizanServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IEventStore _store;

    private MizanServer(WebApplication app, IEventStore store, bool writesEnabled)
    {
        _app = app;
        _store = store;
        WritesEnabled = writesEnabled;
    }

    /// <summary>The store served (for messages).</summary>
    public string StoreDescription => _store.Description;

    /// <summary>Whether <c>POST /api/articles</c> is possible (an API key is configured).</summary>
    public bool WritesEnabled { get; }

    /// <summary>The addresses listened on, once started (with the actual port when 0 was asked for).</summary>
    public IReadOnlyList<string> Addresses =>
        [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    /// <summary>The application's services (tests reach the catalog and the incident rebuilder).</summary>
    internal IServiceProvider Services => _app.Services;

    /// <summary>Opens the store and builds the server; nothing listens until <see cref="StartAsync"/>.</summary>
    /// <exception cref="FileNotFoundException">The SQLite store does not exist.</exception>
    public static MizanServer Create(ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IEventStore store = EventStores.Open(settings.Store, create: false);
        try
        {
            return Build(settings, store);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Reads the store's events and starts listening.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _app.Services.GetRequiredService<EventCatalog>().RefreshAsync(force: true, cancellationToken).ConfigureAwait(false);
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled or the process is told to stop (Ctrl+C, SIGTERM), then stops gracefully.</summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Asked to stop.
        }

        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        _store.Dispose();
    }

    private static MizanServer Build(ServerSettings settings, IEventStore store)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "Mizan.Server",
            EnvironmentName = Environments.Production,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        if (!settings.ReadConfiguration)
        {
            // Nothing from the environment or appsettings.json; settings made here go to memory.
            builder.Configuration.Sources.Clear();
            builder.Configuration.AddInMemoryCollection();
        }

        IConfiguration configuration = builder.Configuration;
        string? apiKey = settings.ApiKey ?? NonEmpty(configuration["Mizan:ApiKey"]) ?? NonEmpty(configuration["MIZAN_API_KEY"]);
        IReadOnlyList<string> origins = settings.CorsOrigins.Count > 0
            ? settings.CorsOrigins
            : (configuration["Mizan:CorsOrigins"] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        builder.Logging.ClearProviders();
        if (settings.LogToConsole)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Mizan", LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.Error);

        // A port in use is reported by the caller in one line, not with the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Critical);

        builder.WebHost.UseUrls([.. settings.Urls.Count > 0 ? settings.Urls : [$"http://127.0.0.1:{ServerSettings.DefaultPort}"]]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.MaxBodyBytes;
        });

        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(settings.Time);
        builder.Services.AddSingleton<EventCatalog>();
        builder.Services.AddSingleton<IncidentRebuilder>();
        builder.Services.AddSingleton<ArticleProcessor>();
        builder.Services.AddSingleton(new ApiKeyCheck(apiKey));
        builder.Services.AddSingleton<StaticAssets>();
        if (origins.Count > 0)
        {
            builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. origins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", ApiKeyCheck.Header)));
        }

        WebApplication app = builder.Build();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context.Response);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                DbException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages();
        if (origins.Count > 0)
        {
            app.UseCors();
        }

        EventEndpoints.Map(app);
        ArticleEndpoints.Map(app);
        ExportEndpoint.Map(app);
        StaticAssets assets = app.Services.GetRequiredService<StaticAssets>();
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], async context => await assets.TryServeAsync(context, "/index.html").ConfigureAwait(false));
        app.MapMethods("/{file}", [HttpMethods.Get, HttpMethods.Head], async context =>
        {
            if (!await assets.TryServeAsync(context, context.Request.Path.Value ?? string.Empty).ConfigureAwait(false))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        });
        return new MizanServer(app, store, apiKey is not null);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
