using System.Collections.Frozen;
using Mizan.Events;
using Mizan.Languages;

namespace Mizan.Geocoding;

/// <summary>
/// Chooses one place among the candidates of a mention. Rules, in order: words around the
/// mention (a city word, a region word, an agreement named after the place), the article's
/// countries, a country over its same-named city, the article's regions, a town over a
/// same-named region, and finally prominence (capital, regional seat, population). The words are
/// the language's (<see cref="WordRole.CityWord"/> and the roles after it). Stateless and thread-safe.
/// </summary>
public sealed class PlaceResolver
{
    private readonly FrozenSet<string> _cityWords;
    private readonly FrozenSet<string> _regionWords;
    private readonly FrozenSet<string> _agreementWords;
    private readonly FrozenSet<string> _capitalWords;
    private readonly FrozenSet<string> _capitalWordsAfter;
    private readonly char[] _separators;
    private readonly ILanguagePack _language;
    private readonly Gazetteer _gazetteer;

    /// <summary>A town smaller than this whose name is more often an ordinary word is not meant abroad.</summary>
    internal const int OrdinaryWordTownPopulation = 300_000;

    /// <summary>A city of this many people, or a capital, beats namesakes abroad <see cref="WorldCityMargin"/> times smaller or more.</summary>
    internal const int WorldCityPopulation = 100_000;

    /// <summary>How many times smaller a namesake abroad must be for a city to beat it whatever the article names.</summary>
    internal const int WorldCityMargin = 5;

    /// <summary>
    /// Whether the place is a town small enough (not a capital, under <see cref="OrdinaryWordTownPopulation"/>)
    /// that its name, read where it is more often an ordinary word (<paramref name="commonWord"/>), means it
    /// only in an article about its country.
    /// </summary>
    internal static bool IsOrdinaryWordTown(bool commonWord, Place place) =>
        commonWord && place.Precision == LocationPrecision.Town && !place.IsCapital && place.Population < OrdinaryWordTownPopulation;

    /// <summary>
    /// Whether a noun of place before the name (بلدة المرج، منطقة الرمادة in a report from Syria or Yemen) tells of a
    /// local place the gazetteer lacks rather than of this place, or a proclitic on its word (بحجة "on the pretext of",
    /// read ب + حجة) of that other word: a town or region under <see cref="WorldCityPopulation"/>, not a capital, of a
    /// country the article does not state (<see cref="GeoContext.StatedCountries"/>) while it states others. A small
    /// town abroad is named with its country.
    /// </summary>
    internal static bool IsLocalPlaceAbroad(GeoContext context, Place place) =>
        (context.PlaceNoun || context.Proclitic) && place.Precision != LocationPrecision.Country && !place.IsCapital && place.Population < WorldCityPopulation
        && !context.StatedCountries.IsDefaultOrEmpty && !context.StatedCountries.Contains(place.CountryIso3);

    public PlaceResolver(Gazetteer gazetteer, ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(language);
        _gazetteer = gazetteer;
        _language = language;
        LanguageWords words = language.Words;
        _cityWords = words.Keys(WordRole.CityWord);
        _regionWords = words.Keys(WordRole.RegionWord);
        _agreementWords = words.Keys(WordRole.AgreementWord);
        _capitalWords = words.Keys(WordRole.CapitalWord);
        _capitalWordsAfter = words.Keys(WordRole.CapitalAfter);
        _separators = [' ', '\t', '\n', '\r', .. words.Keys(WordRole.Comma).SelectMany(c => c), ',', '.', '"', '«', '»'];
    }

    /// <summary>Chooses among the candidates of one mention; null when there are none.</summary>
    public PlaceResolution? Resolve(IReadOnlyList<Place> candidates, GeoContext context)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(context);
        // A village abroad is not what a name means when the article never names its country.
        // A village that shares its name with a town or country (لندن: London, and villages of the
        // United States) is not what the name means. Nor is a small town abroad when its name is more
        // often an ordinary word (معسكر a camp in a report from Yemen, not Mascara in Algeria).
        bool hasTown = candidates.Any(p => !p.IsVillage);
        bool Abroad(Place p) => !context.Countries.IsDefaultOrEmpty && !context.Countries.Contains(p.CountryIso3);
        bool NotMeantHere(Place p) => (p.IsVillage && (hasTown || Abroad(p)))
            || (IsOrdinaryWordTown(context.CommonWord, p) && Abroad(p))
            || IsLocalPlaceAbroad(context, p);
        if (candidates.Count == 1 && !NotMeantHere(candidates[0]))
        {
            return new(candidates[0], ResolutionRule.OnlyCandidate, "the name has one place"); // as below, without the copy
        }

        List<Place> places = [.. candidates.Where(p => !NotMeantHere(p)).DistinctBy(p => p.Id)];
        if (places.Count == 0)
        {
            return null;
        }

        if (places.Count == 1)
        {
            return new(places[0], ResolutionRule.OnlyCandidate, "the name has one place");
        }

        string[] before = Words(context.WordsBefore);
        string[] after = Words(context.WordsAfter);
        string? previous = before.Length > 0 ? before[^1] : null;

        if ((previous is not null && IsCue(previous, _cityWords)) || (after.Length > 0 && _capitalWordsAfter.Contains(after[0])))
        {
            List<Place> towns = [.. places.Where(p => !p.IsArea)];
            if (towns.Count > 0)
            {
                return Pick(towns, context, ResolutionRule.CityWord, $"a city word ('{previous ?? after[0]}') says the town is meant");
            }
        }

        if (previous is not null && IsCue(previous, _regionWords))
        {
            List<Place> areas = [.. places.Where(p => p.Precision is LocationPrecision.Region or LocationPrecision.District)];
            if (areas.Count > 0)
            {
                return Pick(areas, context, ResolutionRule.RegionWord, $"a region word ('{previous}') says the region is meant");
            }
        }

        string? agreement = before.TakeLast(3).FirstOrDefault(w => IsCue(w, _agreementWords));
        if (agreement is not null)
        {
            HashSet<string> countriesNamed = [.. places.Where(p => p.Precision == LocationPrecision.Country).Select(p => p.CountryIso3)];
            List<Place> venues = [.. places.Where(p => !p.IsArea && countriesNamed.Contains(p.CountryIso3))];
            if (venues.Count > 0)
            {
                return Pick(venues, context, ResolutionRule.AgreementVenue, $"'{agreement}' names the city where it was agreed or met, not the country");
            }
        }

        return Pick(places, context, null, null);
    }

    /// <summary>
    /// The place a demonym stands for: its country, or its capital after "العاصمة"
    /// (العاصمة الجزائرية is Algiers).
    /// </summary>
    public PlaceResolution ResolveDemonym(Country country, GeoContext context)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(context);
        string[] before = Words(context.WordsBefore);
        if (before.Length > 0 && IsCue(before[^1], _capitalWords) && _gazetteer.CapitalOf(country) is { } capital)
        {
            return new(capital, ResolutionRule.CapitalOfDemonym, $"'{before[^1]}' before the adjective of {country.Name} means its capital");
        }

        return new(country.Place, ResolutionRule.DemonymCountry, $"the adjective names {country.Name}");
    }

    private static PlaceResolution Pick(List<Place> places, GeoContext context, ResolutionRule? cueRule, string? cueReason)
    {
        // The rule reported is the word cue when there was one, otherwise the rule that left one
        // candidate, otherwise prominence; the reason lists every step that narrowed the set.
        var steps = new List<string>(4);
        if (cueReason is not null)
        {
            steps.Add(cueReason);
        }

        PlaceResolution Done(Place place, ResolutionRule rule) => new(place, cueRule ?? rule, string.Join("; ", steps));

        if (places.Count == 1)
        {
            return Done(places[0], ResolutionRule.OnlyCandidate);
        }

        // A capital, or a city of 100,000, over namesakes abroad a fifth its size or less, whatever
        // the article names: موسكو in a report about Washington is Moscow, not the Moscow of Idaho.
        Place? world = null;
        foreach (Place p in places)
        {
            if (p.Precision == LocationPrecision.Town && (p.IsCapital || p.Population >= WorldCityPopulation) && (world is null || p.Population > world.Population))
            {
                world = p;
            }
        }

        if (world is not null && places.TrueForAll(p => p == world
            || (p.Precision == LocationPrecision.Town && p.CountryIso3 != world.CountryIso3 && (long)p.Population * WorldCityMargin <= world.Population)))
        {
            steps.Add($"{world.Name} ({world.FeatureCode}, population {world.Population}) over namesakes abroad a fifth its size or less");
            return Done(world, ResolutionRule.WorldCity);
        }

        // A country over small towns abroad named after it, whatever the article names: فلسطين in a
        // report from Washington is Palestine, not the Palestine of Texas (a city word before the name
        // has already chosen the town).
        Place? state = places.FirstOrDefault(p => p.Precision == LocationPrecision.Country);
        if (state is not null && places.TrueForAll(p => p == state
            || (p.Precision == LocationPrecision.Town && p.CountryIso3 != state.CountryIso3 && !p.IsCapital && p.Population < WorldCityPopulation)))
        {
            steps.Add($"the country {state.Name} over small towns abroad named after it");
            return Done(state, ResolutionRule.CountryOverCity);
        }

        // The article's countries: keep the candidates of the best-ranked country among them.
        if (!context.Countries.IsDefaultOrEmpty)
        {
            int best = places.Min(p => Rank(context.Countries, p.CountryIso3));
            if (best < int.MaxValue)
            {
                List<Place> inCountry = [.. places.Where(p => Rank(context.Countries, p.CountryIso3) == best)];
                if (inCountry.Count < places.Count)
                {
                    places = inCountry;
                    steps.Add($"the article is about {context.Countries[best]}");
                    if (places.Count == 1)
                    {
                        return Done(places[0], ResolutionRule.ArticleCountry);
                    }
                }
            }
        }

        // A country beats its own same-named city or region unless words said otherwise.
        Place? country = places.FirstOrDefault(p => p.Precision == LocationPrecision.Country);
        if (country is not null)
        {
            steps.Add($"the country {country.Name} over a same-named place (no city word around the name)");
            return Done(country, ResolutionRule.CountryOverCity);
        }

        if (!context.Admin1Regions.IsDefaultOrEmpty)
        {
            List<Place> inRegion = [.. places.Where(p => p.Admin1 is not null
                && context.Admin1Regions.Any(r => r.CountryIso3 == p.CountryIso3 && r.Name == p.Admin1))];
            if (inRegion.Count > 0 && inRegion.Count < places.Count)
            {
                places = inRegion;
                steps.Add($"the article mentions the region {places[0].Admin1}");
                if (places.Count == 1)
                {
                    return Done(places[0], ResolutionRule.ArticleRegion);
                }
            }
        }

        List<Place> towns = [.. places.Where(p => !p.IsArea)];
        if (towns.Count > 0 && towns.Count < places.Count)
        {
            places = towns;
            steps.Add("a town over a same-named region (no region word before the name)");
            if (places.Count == 1)
            {
                return Done(places[0], ResolutionRule.TownOverRegion);
            }
        }

        Place top = places
            .OrderByDescending(Prominence)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .First();
        steps.Add($"the most prominent of {places.Count} places ({top.FeatureCode}, population {top.Population})");
        return Done(top, ResolutionRule.Prominence);
    }

    private static double Prominence(Place p)
    {
        double bonus = p.FeatureCode switch
        {
            "PCLI" => 4,
            "PPLC" => 3,
            "PPLA" or "ADM1" => 2,
            "PPLA2" => 1,
            "PPLA3" => 0.5,
            _ => 0,
        };
        return bonus + Math.Log10(p.Population + 1.0);
    }

    private static int Rank(System.Collections.Immutable.ImmutableArray<string> countries, string iso3)
    {
        int index = countries.IndexOf(iso3);
        return index < 0 ? int.MaxValue : index;
    }

    private bool IsCue(string word, FrozenSet<string> cues)
    {
        if (cues.Contains(word))
        {
            return true;
        }

        // Conjunction and preposition clitics: ومدينة، بمحافظة، وبمدينة، لمنطقة.
        ReadOnlySpan<char> rest = word;
        IMorphology morphology = _language.Morphology;
        if (rest.Length > 3 && morphology.IsConjunction(rest[0]))
        {
            rest = rest[1..];
            if (cues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest))
            {
                return true;
            }
        }

        return rest.Length > 3 && morphology.IsPlacePreposition(rest[0]) && cues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest[1..]);
    }

    private string[] Words(string? text) =>
        text is null ? [] : _language.Key(text).Split(_separators, StringSplitOptions.RemoveEmptyEntries);
}
