using System.CommandLine;
using Mizan.Storage;

namespace Mizan.Cli.Storage;

/// <summary>The event filters of <c>mizan export</c> and <c>mizan search</c>.</summary>
internal sealed class FilterOptions
{
    public Option<string?> Country { get; } = new("--country")
    {
        HelpName = "ISO3|NAME",
        Description = "Only events in this country: ISO 3166 alpha-3 code (SYR) or English name (Syria).",
    };

    public Option<string?> Type { get; } = new("--type")
    {
        HelpName = "TYPE",
        Description = "Only events of this type (ASSAULT, PROTEST, ...).",
    };

    public Option<DateOnly?> From { get; } = StoreOptions.Date("--from", "Only events on or after this day (the event's date, or its article's publication date when it has none).");

    public Option<DateOnly?> To { get; } = StoreOptions.Date("--to", "Only events on or before this day.");

    public Option<string?> Actor { get; } = new("--actor")
    {
        HelpName = "TEXT",
        Description = "Only events with an actor whose English name (any case) or Arabic mention contains TEXT.",
    };

    public Option<string?> Place { get; } = new("--place")
    {
        HelpName = "NAME|ID",
        Description = "Only events at this place or within it: an English name (Aleppo: the city and the governorate's places), a GeoNames id (170063 or geonames:170063, the city; 170062, the governorate and its places), or the Arabic words of the article (حلب: the city and the governorate's places).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Place);
        command.Options.Add(Country);
        command.Options.Add(Type);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Actor);
    }

    public EventFilter Read(ParseResult parseResult, string? text) => new(
        text,
        parseResult.GetValue(Country),
        parseResult.GetValue(Type),
        parseResult.GetValue(From),
        parseResult.GetValue(To),
        parseResult.GetValue(Actor),
        Place: parseResult.GetValue(Place));
}
