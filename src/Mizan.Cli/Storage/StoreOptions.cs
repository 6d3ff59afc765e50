using System.CommandLine;
using System.CommandLine.Parsing;
using System.Data.Common;
using System.Globalization;
using Mizan.Storage;

namespace Mizan.Cli.Storage;

/// <summary>The options that the store commands (ingest, export, search) share: the store, and the event filters.</summary>
internal static class StoreOptions
{
    public static Option<string?> Database() => new("--db")
    {
        HelpName = "FILE|CONNECTION",
        Description = $"The store: a SQLite file (default: {EventStores.DefaultPath} in the current folder), or a PostgreSQL connection string (Host=...;Database=...) or postgres:// address.",
    };

    public static Option<int> Count(string name, string description, int defaultValue, int max, string? alias = null)
    {
        Option<int> option = alias is null ? new Option<int>(name) : new Option<int>(name, alias);
        option.HelpName = "N";
        option.Description = description;
        option.DefaultValueFactory = _ => defaultValue;
        option.CustomParser = result => ParseCount(result, name, max);
        return option;
    }

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        HelpName = "yyyy-MM-dd",
        Description = description,
        CustomParser = result => ParseDate(result, name),
    };

    /// <summary>Opens the store, or reports why it cannot be opened and returns null.</summary>
    public static IEventStore? OpenStore(CliConsole console, string? target, bool create)
    {
        try
        {
            return EventStores.Open(target, create);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            string name = target is null ? EventStores.DefaultPath
                : Mizan.Storage.Postgres.PostgresConnectionStrings.IsPostgres(target) ? Mizan.Storage.Postgres.PostgresConnectionStrings.Redacted(target)
                : target;
            console.Error.WriteLine($"{MizanCli.Name}: cannot open the store {name}: {ex.Message}");
            return null;
        }
    }

    private static DateOnly? ParseDate(ArgumentResult result, string option)
    {
        string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        result.AddError($"{option} must be a date written yyyy-MM-dd, not '{token}'.");
        return null;
    }

    private static int ParseCount(ArgumentResult result, string option, int max)
    {
        string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1 && value <= max)
        {
            return value;
        }

        result.AddError($"{option} must be a whole number from 1 to {max}, not '{token}'.");
        return 1;
    }
}
