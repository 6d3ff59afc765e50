using System.CommandLine;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Mizan.Cli.Storage;
using Mizan.Events;
using Mizan.Storage;
using Mizan.Storage.Export;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan search [TEXT...] [--country] [--type] [--from] [--to] [--actor] [--db ...]</c>.</summary>
internal static class SearchCommand
{
    public const string Name = "search";

    public static Command Create(CliConsole console)
    {
        var text = new Argument<string[]>("TEXT")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Words that must all occur in the event's article (Arabic words match with their proclitics: الجزائر finds بالجزائر and والجزائر).",
        };
        Option<string?> db = StoreOptions.Database();
        Option<int> limit = StoreOptions.Count("--limit", "At most N events (default 50).", 50, 100_000, "-n");
        var json = new Option<bool>("--json")
        {
            Description = "Write one JSON line per event (its article, its incident and the event with every field) instead of text.",
        };
        var filters = new FilterOptions();
        var command = new Command(Name, "Find stored events: full-text search over the articles plus filters, newest first.")
        {
            text,
            db,
            limit,
            json,
        };
        filters.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            string words = string.Join(' ', parseResult.GetValue(text) ?? []);
            EventFilter filter = filters.Read(parseResult, words.Length == 0 ? null : words);
            return Task.FromResult(Run(console, parseResult.GetValue(db), filter, parseResult.GetValue(limit), parseResult.GetValue(json)));
        });
        return command;
    }

    private static int Run(CliConsole console, string? db, EventFilter filter, int limit, bool json)
    {
        using IEventStore? store = StoreOptions.OpenStore(console, db, create: false);
        if (store is null)
        {
            return ExitCodes.Failure;
        }

        IReadOnlyList<SearchHit> hits;
        try
        {
            hits = store.Search(filter, limit);
        }
        catch (DbException ex)
        {
            console.Error.WriteLine($"{MizanCli.Name}: {store.Description}: search failed: {ex.Message}");
            return ExitCodes.Failure;
        }

        if (json)
        {
            foreach (SearchHit hit in hits)
            {
                using (var writer = new Utf8JsonWriter(console.Output, IncidentExporter.JsonOptions))
                {
                    IncidentExporter.WriteHit(writer, hit);
                }

                console.Output.Write("\n"u8);
            }
        }
        else
        {
            var text = new StringBuilder();
            foreach (SearchHit hit in hits)
            {
                Event e = hit.Report.Event;
                string date = e.Date?.Start is { } start ? start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "undated";
                string place = e.Location is { } l ? $"{l.Name}{(l.Country is null ? string.Empty : ", " + l.Country)}" : "no place";
                string killed = e.Fatalities is { } f ? $"killed {f.Low}-{f.High}" : "no toll";
                text.Append(date).Append('\t').Append(e.Type).Append('\t').Append(SnakeCase(e.Status)).Append(e.Background ? " (background)" : string.Empty).Append('\t').Append(place).Append('\t').Append(killed)
                    .Append('\t').Append(e.Id).Append('\t').Append(hit.IncidentId ?? "-").Append('\t').Append(hit.Report.Article.Id).Append('\n');
                if (e.Evidence.Length > 0)
                {
                    text.Append("    ").Append(Clip(e.Evidence[0].Text, 200)).Append('\n');
                }
            }

            console.Output.Write(Encoding.UTF8.GetBytes(text.ToString()));
        }

        console.Output.Flush();
        console.Error.WriteLine($"{MizanCli.Name}: {hits.Count:N0} {(hits.Count == 1 ? "event" : "events")} found{(hits.Count == limit ? $" (the first {limit:N0}; --limit shows more)" : string.Empty)}");
        return ExitCodes.Success;
    }

    private static string SnakeCase(EventStatus status) => status.ToString().ToLowerInvariant();

    private static string Clip(string text, int max)
    {
        string flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : flat[..max].TrimEnd() + "…";
    }
}
