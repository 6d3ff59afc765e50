using System.CommandLine;
using System.Data.Common;
using Mizan.Cli.Storage;
using Mizan.Storage;
using Mizan.Storage.Export;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan export --format acled|ucdp|geojson|jsonl [filters] [--db ...] [--output FILE] [--include-background]</c>.</summary>
internal static class ExportCommand
{
    public const string Name = "export";

    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format", "-f")
        {
            HelpName = "acled|ucdp|geojson|jsonl",
            Description = "acled: ACLED-style CSV (incidents that took place); ucdp: UCDP GED-style CSV (organised violence with deaths); geojson: a FeatureCollection of the incidents with coordinates; jsonl: one JSON line per incident with every report, claim and quote.",
            Required = true,
        };
        format.AcceptOnlyFromAmong("acled", "ucdp", "geojson", "jsonl");
        var output = new Option<string?>("--output", "-o")
        {
            HelpName = "FILE",
            Description = "Write to FILE instead of standard output.",
        };
        var text = new Option<string?>("--text")
        {
            HelpName = "WORDS",
            Description = "Only incidents reported by an article containing every word.",
        };
        var includeBackground = new Option<bool>("--include-background")
        {
            Description = "Also export background incidents (every report tells it as past context: a war's toll since it began, an attack years ago); left out by default.",
        };
        Option<string?> db = StoreOptions.Database();
        var filters = new FilterOptions();
        var command = new Command(Name, "Export the stored incidents (reports of one incident linked across articles) for analysis. Columns Mizan cannot know stay empty. An incident is exported when one of its reports matches the filters.")
        {
            format,
            output,
            db,
            text,
            includeBackground,
        };
        filters.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            ExportFormat chosen = parseResult.GetValue(format) switch
            {
                "ucdp" => ExportFormat.Ucdp,
                "geojson" => ExportFormat.GeoJson,
                "jsonl" => ExportFormat.JsonLines,
                _ => ExportFormat.Acled,
            };
            return Task.FromResult(Run(console, chosen, parseResult.GetValue(db), parseResult.GetValue(output), filters.Read(parseResult, parseResult.GetValue(text)), parseResult.GetValue(includeBackground), cancellationToken));
        });
        return command;
    }

    private static int Run(CliConsole console, ExportFormat format, string? db, string? outputPath, EventFilter filter, bool includeBackground, CancellationToken cancellationToken)
    {
        using IEventStore? store = StoreOptions.OpenStore(console, db, create: false);
        if (store is null)
        {
            return ExitCodes.Failure;
        }

        Stream output;
        if (outputPath is null or "-")
        {
            output = console.Output;
        }
        else
        {
            try
            {
                output = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                console.Error.WriteLine($"{MizanCli.Name}: {outputPath}: cannot create the output file: {ex.Message}");
                return ExitCodes.Failure;
            }
        }

        try
        {
            if (store.IncidentsAreStale())
            {
                console.Error.WriteLine($"{MizanCli.Name}: warning: the incidents are older than the last ingest (it was interrupted); run 'mizan ingest' again to rebuild them");
            }

            IEnumerable<StoredIncident> incidents = store.ReadIncidents(filter).Select(i =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return i;
            });
            (long written, long leftOut, long background) = IncidentExporter.Write(format, incidents, output, includeBackground);
            string scope = leftOut == 0 ? string.Empty : $" ({leftOut:N0} matching incidents outside the {Describe(format)} scope left out)";
            string context = background == 0 ? string.Empty : $" ({background:N0} matching background incidents left out: --include-background exports them)";
            console.Error.WriteLine($"{MizanCli.Name}: {written:N0} {(written == 1 ? "incident" : "incidents")} written{scope}{context}");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is DbException or IOException)
        {
            console.Error.WriteLine($"{MizanCli.Name}: {store.Description}: export failed: {ex.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            if (!ReferenceEquals(output, console.Output))
            {
                output.Dispose();
            }
        }
    }

    private static string Describe(ExportFormat format) => format switch
    {
        ExportFormat.Acled => "ACLED (took place, with an ACLED type)",
        ExportFormat.Ucdp => "UCDP GED (organised violence with at least one death)",
        ExportFormat.GeoJson => "GeoJSON (with coordinates)",
        _ => "JSON Lines",
    };
}
