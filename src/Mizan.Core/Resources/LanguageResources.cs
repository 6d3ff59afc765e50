using System.Collections.Immutable;
using Mizan.Dates;
using Mizan.Entities;
using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Languages;
using Mizan.Languages.Arabic;
using Mizan.Learning;
using Mizan.Lexicons;
using Mizan.Numbers;

namespace Mizan.Resources;

/// <summary>
/// Every language resource the pipeline needs in one language, loaded once from the embedded data
/// of its pack and shared (read-only) by all stages and threads.
/// </summary>
public sealed class LanguageResources
{
    private LanguageResources(
        ILanguagePack language,
        Gazetteer gazetteer,
        ActorLexicon actors,
        CountryDirectory countries,
        EventLexicon events,
        CasualtyLexicon casualties,
        NumberLexicon numbers,
        DateLexicon dates,
        PhraseIndex<PlaceCueKind> placeCues,
        PlaceRoles placeRoles,
        PlaceAnaphora placeAnaphora,
        LearnedModels models)
    {
        Language = language;
        PlaceRoles = placeRoles;
        PlaceAnaphora = placeAnaphora;
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

    /// <summary>The language pack the lexicons were read with.</summary>
    public ILanguagePack Language { get; }

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

    /// <summary>The definite nouns of place that mean a place named before them (<c>data/ar/place-anaphora.tsv</c>).</summary>
    public PlaceAnaphora PlaceAnaphora { get; }

    /// <summary>The learned models (<c>data/models/</c>).</summary>
    public LearnedModels Models { get; }

    /// <summary>The same resources with other learned models (those of a cross-validation fold, or none).</summary>
    /// <summary>The tries of every phrase lexicon of the resources (for a <see cref="LexiconLayer"/>).</summary>
    internal IEnumerable<PhraseTrie> PhraseTries() =>
    [
        Actors.Named.Trie, Actors.Institutions.Trie, Actors.Titles.Trie, Actors.Generics.Trie, Actors.GivenNames.Trie,
        Countries.Demonyms.Trie, Countries.Names.Trie, Countries.PeopleNouns.Trie,
        Events.Triggers.Trie, Events.Cues.Trie, Events.Attribution.Trie, Casualties.Words.Trie,
        Numbers.StartIndex.Trie, Numbers.AfterIndex.Trie, Numbers.UnitIndex.Trie, Numbers.ContextIndex.Trie,
        PlaceCues.Trie, .. PlaceRoles.Tries, PlaceAnaphora.Trie,
    ];

    /// <summary>The gates built from first words rather than tries (the dates'), whose lexicons a <see cref="LexiconLayer"/> may hold too.</summary>
    internal IEnumerable<PhraseStartGate> WordGates() => [Dates.FirstWords];

    public LanguageResources WithModels(LearnedModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return new LanguageResources(Language, Gazetteer, Actors, Countries, Events, Casualties, Numbers, Dates, PlaceCues, PlaceRoles, PlaceAnaphora, models);
    }

    /// <summary>Loads everything from the resources compiled into Mizan.Core, in Arabic (the one pack for now).</summary>
    public static LanguageResources LoadEmbedded() => Load(ArabicLanguagePack.Instance, models: true);

    /// <summary>
    /// Loads the Arabic resources compiled into Mizan.Core, with or without the learned models (training
    /// needs none, and must work when the committed ones are missing or out of date).
    /// </summary>
    public static LanguageResources LoadEmbedded(bool models) => Load(ArabicLanguagePack.Instance, models);

    /// <summary>
    /// Loads the resources of <paramref name="language"/> compiled into Mizan.Core, with or without the
    /// learned models.
    /// </summary>
    public static LanguageResources Load(ILanguagePack language, bool models)
    {
        ArgumentNullException.ThrowIfNull(language);

        // The lexicons are independent: load them side by side.
        Task<Gazetteer> gazetteer = Task.Run(() => Gazetteer.LoadEmbedded(language));
        Task<ActorLexicon> actors = Task.Run(() => ActorLexicon.Load(language));
        Task<EventLexicon> events = Task.Run(() => EventLexicon.Load(language));
        Task<NumberLexicon> numbers = Task.Run(() => NumberLexicon.Load(language));
        Task<DateLexicon> dates = Task.Run(() => DateLexicon.Load(language));
        Task<CasualtyLexicon> casualties = Task.Run(() => CasualtyLexicon.Load(language));
        Task<PhraseIndex<PlaceCueKind>> cues = Task.Run(() => PlaceRecognizer.LoadCues(language));
        Task<PlaceRoles> roles = Task.Run(() => PlaceRoles.Load(language));
        Task<PlaceAnaphora> anaphora = Task.Run(() => PlaceAnaphora.Load(language));
        Task<LearnedModels> learned = models ? Task.Run(LearnedModels.LoadEmbedded) : Task.FromResult(LearnedModels.None);
        try
        {
            Task.WaitAll(gazetteer, actors, events, numbers, dates, casualties, cues, roles, anaphora, learned);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        return new LanguageResources(
            language,
            gazetteer.Result,
            actors.Result,
            CountriesOf(gazetteer.Result, LoadAmbiguousDemonyms(language)),
            events.Result,
            casualties.Result,
            numbers.Result,
            dates.Result,
            cues.Result,
            roles.Result,
            anaphora.Result,
            learned.Result);
    }

    /// <summary>The relational adjectives of countries that are also common words (<c>data/&lt;code&gt;/ambiguous-demonyms.tsv</c>).</summary>
    public static IReadOnlyList<string> LoadAmbiguousDemonyms(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return [.. language.Table("ambiguous-demonyms.tsv", "demonym", "other_meaning").Rows.Select(r => r.Required("demonym"))];
    }

    /// <summary>The country names, capitals and adjectives the actor recogniser needs, from the gazetteer (in its language).</summary>
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

        return new CountryDirectory(gazetteer.Language, gazetteer.Countries.Select(c => new CountryNames(
            c.Iso3,
            c.Name,
            c.ArabicNames,
            c.Demonyms,
            capitalNames.TryGetValue(c.Iso3, out List<string>? names) ? [.. names] : ImmutableArray<string>.Empty)), ambiguousDemonyms);
    }
}
