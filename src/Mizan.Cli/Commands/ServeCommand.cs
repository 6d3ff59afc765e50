using System.CommandLine;
using System.Data.Common;
using Mizan.Cli.Storage;
using Mizan.Server;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan serve [--db ...] [--port N | --urls URLS]</c>: the JSON API and the analyst's web page.</summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create(CliConsole console)
    {
        Option<string?> db = StoreOptions.Database();
        Option<int> port = StoreOptions.Count("--port", $"Listen on 127.0.0.1 on this port (default {ServerSettings.DefaultPort}).", ServerSettings.DefaultPort, 65_535, "-p");
        var urls = new Option<string?>("--urls")
        {
            HelpName = "URLS",
            Description = "Listen on these addresses instead (separated by ';'), e.g. http://0.0.0.0:8080 to serve other machines. Port 0 picks a free port.",
        };
        var command = new Command(Name, "Serve the stored events: a JSON API under /api and the analyst's web page (map, timeline, claims side by side with the Arabic evidence). Posting articles needs an API key: Mizan:ApiKey in appsettings.json, or the environment variable MIZAN_API_KEY.")
        {
            db,
            port,
            urls,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            string? addresses = parseResult.GetValue(urls);
            IReadOnlyList<string> listen = addresses is not null
                ? addresses.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [$"http://127.0.0.1:{parseResult.GetValue(port)}"];
            return RunAsync(console, new ServerSettings { Store = parseResult.GetValue(db), Urls = listen }, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, ServerSettings settings, CancellationToken cancellationToken)
    {
        MizanServer server;
        try
        {
            server = MizanServer.Create(settings);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync($"{MizanCli.Name}: cannot open the store {settings.Store ?? Mizan.Storage.EventStores.DefaultPath}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await using (server.ConfigureAwait(false))
        {
            try
            {
                await server.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or DbException or InvalidOperationException)
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: cannot serve: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            string writes = server.WritesEnabled ? "articles may be posted with the API key" : "read-only: no API key is configured";
            await console.Error.WriteLineAsync($"{MizanCli.Name}: serving {server.StoreDescription} at {string.Join(", ", server.Addresses)} ({writes}); Ctrl+C stops").ConfigureAwait(false);
            await console.Error.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
