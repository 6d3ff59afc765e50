using System.Collections.Immutable;
using Mizan.Dates;
using Mizan.Entities;
using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Learning;
using Mizan.Lexicons;
using Mizan.Numbers;

namespace Mizan.Resources;

/// <summary>
/// Every language resource the Arabic pipeline needs, loaded once from the embedded data and
/// shared (read-only) by all stages and threads.
/// </summary>
public sealed class LanguageResources
{
    private LanguageResources(
        Gazetteer gazetteer,
        ActorLexicon actors,
        CountryDirectory countries,
        EventLexicon events,
        CasualtyLexicon casualties,
        NumberLexicon numbers,
        DateLexicon dates,
        PhraseIndex<PlaceCueKind> placeCues,
        PlaceRoles placeRoles,
        LearnedModels models)
    {
        PlaceRoles = placeRoles;
        Gazetteer = gazetteer;
        Actors = actors;
        Countries = countries;
        Events = events;
        Casualties = casualties;
        Numbers = numbers;
        Dates = dates;
        PlaceCues = placeCues;
        Models = models;
    }

    public Gazetteer Gazetteer { get; }

    public ActorLexicon Actors { get; }

    public CountryDirectory Countries { get; }

    public EventLexicon Events { get; }

    public CasualtyLexicon Casualties { get; }

    public NumberLexicon Numbers { get; }

    public DateLexicon Dates { get; }

    public PhraseIndex<PlaceCueKind> PlaceCues { get; }

    /// <summary>The words that make a place name an affiliation, a seat, a government or a dateline (<c>data/ar/place-roles.tsv</c>).</summary>
    public PlaceRoles PlaceRoles { get; }

    /// <summary>The learned models (<c>data/models/</c>).</summary>
    public LearnedModels Models { get; }

    /// <summary>The same resources with other learned models (those of a cross-validation fold, or none).</summary>
    public LanguageResources WithModels(LearnedModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return new LanguageResources(Gazetteer, Actors, Countries, Events, Casualties, Numbers, Dates, PlaceCues, PlaceRoles, models);
    }

    /// <summary>Loads everything from the resources compiled into Mizan.Core.</summary>
    public static LanguageResources LoadEmbedded() => LoadEmbedded(models: true);

    /// <summary>
    /// Loads the resources compiled into Mizan.Core, with or without the learned models (training
    /// needs none, and must work when the committed ones are missing or out of date).
    /// </summary>
    public static LanguageResources LoadEmbedded(bool models)
    {
        // The lexicons are independent: load them side by side.
        Task<Gazetteer> gazetteer = Task.Run(Gazetteer.LoadEmbedded);
        Task<ActorLexicon> actors = Task.Run(ActorLexicon.LoadEmbedded);
        Task<EventLexicon> events = Task.Run(EventLexicon.LoadEmbedded);
        Task<NumberLexicon> numbers = Task.Run(NumberLexicon.LoadEmbedded);
        Task<DateLexicon> dates = Task.Run(DateLexicon.LoadEmbedded);
        Task<CasualtyLexicon> casualties = Task.Run(CasualtyLexicon.LoadEmbedded);
        Task<PhraseIndex<PlaceCueKind>> cues = Task.Run(PlaceRecognizer.LoadCues);
        Task<PlaceRoles> roles = Task.Run(PlaceRoles.LoadEmbedded);
        Task<LearnedModels> learned = models ? Task.Run(LearnedModels.LoadEmbedded) : Task.FromResult(LearnedModels.None);
        try
        {
            Task.WaitAll(gazetteer, actors, events, numbers, dates, casualties, cues, roles, learned);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        return new LanguageResources(
            gazetteer.Result,
            actors.Result,
            CountriesOf(gazetteer.Result, LoadAmbiguousDemonyms()),
            events.Result,
            casualties.Result,
            numbers.Result,
            dates.Result,
            cues.Result,
            roles.Result,
            learned.Result);
    }

    /// <summary>The nisba adjectives that are also common words (<c>data/ar/ambiguous-demonyms.tsv</c>).</summary>
    public static IReadOnlyList<string> LoadAmbiguousDemonyms()
    {
        using TextReader reader = EmbeddedData.OpenText("ar/ambiguous-demonyms.tsv");
        return [.. TsvTable.Parse(reader, "ar/ambiguous-demonyms.tsv", "demonym", "other_meaning").Rows.Select(r => r.Required("demonym"))];
    }

    /// <summary>The country names, capitals and adjectives the actor recogniser needs, from the gazetteer.</summary>
    public static CountryDirectory CountriesOf(Gazetteer gazetteer, IEnumerable<string>? ambiguousDemonyms = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var capitalNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var capitals = gazetteer.Countries
            .Select(c => (c.Iso3, Capital: gazetteer.CapitalOf(c)))
            .Where(x => x.Capital is not null)
            .GroupBy(x => x.Capital!.Id)
            .ToDictionary(g => g.Key, g => g.First().Iso3, StringComparer.Ordinal);
        foreach ((string phrase, Place place) in gazetteer.ArabicNames())
        {
            if (capitals.TryGetValue(place.Id, out string? iso3))
            {
                if (!capitalNames.TryGetValue(iso3, out List<string>? list))
                {
                    capitalNames[iso3] = list = [];
                }

                list.Add(phrase);
            }
        }

        return new CountryDirectory(gazetteer.Countries.Select(c => new CountryNames(
            c.Iso3,
            c.Name,
            c.ArabicNames,
            c.Demonyms,
            capitalNames.TryGetValue(c.Iso3, out List<string>? names) ? [.. names] : ImmutableArray<string>.Empty)), ambiguousDemonyms);
    }
}
