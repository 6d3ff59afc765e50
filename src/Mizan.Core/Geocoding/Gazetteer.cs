using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Languages;
using Mizan.Lexicons;
using Mizan.Resources;

namespace Mizan.Geocoding;

/// <summary>
/// The gazetteer: GeoNames places (cities15000) with their Arabic names, the hand-curated
/// supplement, first-level regions and countries, indexed by Arabic matching key
/// (<see cref="ILanguagePack.Key"/>). Immutable and thread-safe once loaded; load it once
/// and pass it to whoever needs it.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Embedded resource of the GeoNames places (plain or gzip).</summary>
    public const string PlacesFile = "geo/gazetteer.tsv";

    /// <summary>Embedded resource of the countries.</summary>
    public const string CountriesFile = "geo/countries.tsv";

    /// <summary>Embedded resource of the first-level regions.</summary>
    public const string Admin1File = "geo/admin1.tsv";

    /// <summary>Embedded resource of the hand-curated places.</summary>
    public const string SupplementFile = "geo/places-supplement.tsv";

    private const string GeoNamesPrefix = "geonames:";

    private readonly Dictionary<string, Place[]> _byKey;
    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _byKeySpan;
    private readonly ImmutableArray<(string Phrase, Place Place)> _names;
    private readonly Dictionary<string, Country> _countryByCode;
    private readonly Dictionary<string, Country> _countryByDemonym;
    private readonly Dictionary<string, Place> _byId;
    private readonly Dictionary<string, Admin1Region> _admin1ByCode;
    private readonly Dictionary<(string Country, string Name), Admin1Region> _admin1ByName;
    private readonly Dictionary<string, Place> _capitals;

    private Gazetteer(Gazetteer other)
    {
        Language = other.Language;
        Places = other.Places;
        Countries = other.Countries;
        Admin1Regions = other.Admin1Regions;
        _names = other._names;
        _byKey = other._byKey;
        _byKeySpan = other._byKeySpan;
        _countryByCode = other._countryByCode;
        _countryByDemonym = other._countryByDemonym;
        _byId = other._byId;
        _admin1ByCode = other._admin1ByCode;
        _admin1ByName = other._admin1ByName;
        _capitals = other._capitals;
        Usage = other.Usage;
        LatinNames = other.LatinNames;
    }

    private Gazetteer(Builder b)
    {
        Language = b.Language;
        Places = [.. b.Places];
        Countries = [.. b.Countries];
        Admin1Regions = [.. b.Admin1];
        _names = [.. b.Names];
        _byKey = b.ByKey.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byKeySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _countryByCode = b.CountryByCode;
        _countryByDemonym = b.CountryByDemonym;
        _byId = b.ById;
        _admin1ByCode = Admin1Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _admin1ByName = [];
        foreach (Admin1Region region in Admin1Regions)
        {
            _admin1ByName.TryAdd((region.CountryIso3, region.Name), region);
        }

        _capitals = Places
            .Where(p => p.IsCapital)
            .GroupBy(p => p.CountryIso3, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => _countryByCode.TryGetValue(g.Key, out Country? c) && c.Capital == p.Name)
                    .ThenByDescending(p => p.Population)
                    .First(),
                StringComparer.Ordinal);
    }

    /// <summary>GeoNames places and supplement places (not countries or regions).</summary>
    public ImmutableArray<Place> Places { get; }

    /// <summary>Countries, by ISO alpha-3 code.</summary>
    public ImmutableArray<Country> Countries { get; }

    /// <summary>First-level regions, by code.</summary>
    public ImmutableArray<Admin1Region> Admin1Regions { get; }

    /// <summary>The language of the names: their keys, and the forms of the demonyms.</summary>
    public ILanguagePack Language { get; }

    /// <summary>Loads the gazetteer compiled into Mizan.Core, its names keyed in <paramref name="language"/>.</summary>
    public static Gazetteer LoadEmbedded(ILanguagePack language)
    {
        string places = EmbeddedData.List().Contains(PlacesFile + ".gz") ? PlacesFile + ".gz" : PlacesFile;
        using TextReader gazetteer = EmbeddedData.OpenText(places);
        using TextReader countries = EmbeddedData.OpenText(CountriesFile);
        using TextReader admin1 = EmbeddedData.OpenText(Admin1File);
        using TextReader supplement = EmbeddedData.OpenText(SupplementFile);
        Gazetteer loaded = Load(language, gazetteer, countries, admin1, supplement);
        return loaded.WithUsage(NameUsage.LoadEmbedded()).WithLatinNames(LatinSpelling.Load(language));
    }

    /// <summary>How the Arabic names are used in news text (<see cref="NameUsage.None"/> unless loaded).</summary>
    public NameUsage Usage { get; private init; } = NameUsage.None;

    /// <summary>The same gazetteer with counts of how its names are used.</summary>
    public Gazetteer WithUsage(NameUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        return new Gazetteer(this) { Usage = usage };
    }

    /// <summary>The places named in Latin script only, by the skeleton of their name (<see cref="LatinNameIndex.Empty"/> unless built).</summary>
    internal LatinNameIndex LatinNames { get; private init; } = LatinNameIndex.Empty;

    /// <summary>The same gazetteer with its places that have no Arabic name indexed by the skeleton of their Latin name.</summary>
    internal Gazetteer WithLatinNames(LatinSpelling spelling)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        var named = new HashSet<Place>(ReferenceEqualityComparer.Instance);
        foreach ((string _, Place place) in _names)
        {
            named.Add(place);
        }

        IEnumerable<Place> latinOnly = Places.Where(p => !named.Contains(p))
            .Concat(Admin1Regions.Where(r => r.ArabicNames.IsEmpty).Select(r => r.Place));
        return new Gazetteer(this) { LatinNames = LatinNameIndex.Build(latinOnly, spelling) };
    }

    /// <summary>Loads a gazetteer from its files (for tests and tools).</summary>
    /// <exception cref="LexiconFormatException">A bad entry, with file and line.</exception>
    public static Gazetteer Load(ILanguagePack language, TextReader gazetteer, TextReader countries, TextReader admin1, TextReader? supplement = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(admin1);
        var b = new Builder(language);
        b.ReadCountries(new GeoTsvReader(countries, CountriesFile, "iso2", "iso3", "geonameid", "name", "names_ar", "demonyms_ar", "capital", "lat", "lon", "region"));
        b.ReadAdmin1(new GeoTsvReader(admin1, Admin1File, "code", "country", "geonameid", "name", "names_ar", "lat", "lon"));
        b.ReadPlaces(new GeoTsvReader(gazetteer, PlacesFile, PlaceColumns));
        if (supplement is not null)
        {
            b.ReadSupplement(new GeoTsvReader(supplement, SupplementFile, [.. PlaceColumns, "precision"]));
        }

        b.IndexNames();
        return new Gazetteer(b);
    }

    private static readonly string[] PlaceColumns =
        ["id", "name", "country", "admin1", "lat", "lon", "population", "feature_class", "feature_code", "names_ar"];

    /// <summary>
    /// Every Arabic name and spelling variant with its place: GeoNames and supplement places,
    /// then regions (precision Region), then countries (precision Country).
    /// </summary>
    public IEnumerable<(string Phrase, Place Place)> ArabicNames() => _names;

    /// <summary>The places an Arabic phrase names (matched by normalised key); empty when none.</summary>
    public IReadOnlyList<Place> Lookup(string arabicPhrase)
    {
        ArgumentNullException.ThrowIfNull(arabicPhrase);
        return LookupKey(Language.Key(arabicPhrase.Trim()));
    }

    /// <summary>The places whose Arabic name has exactly this normalised key.</summary>
    public IReadOnlyList<Place> LookupKey(ReadOnlySpan<char> key) =>
        _byKeySpan.TryGetValue(key, out Place[]? places) ? places : [];

    /// <summary>A country by ISO alpha-2 or alpha-3 code (case-insensitive).</summary>
    public Country? CountryByCode(string isoCode)
    {
        ArgumentNullException.ThrowIfNull(isoCode);
        return _countryByCode.GetValueOrDefault(isoCode.ToUpperInvariant());
    }

    /// <summary>
    /// The country of a demonym (nisba adjective): bare or with the article, singular or
    /// sound plural: سوري، السوري، السورية، السوريين. The argument may be raw text or a key.
    /// </summary>
    public Country? CountryOfDemonym(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _countryByDemonym.GetValueOrDefault(Language.Key(key.Trim()));
    }

    /// <summary>The country of a demonym given as a matching key (a token's key), without allocating.</summary>
    internal Country? CountryOfDemonymKey(ReadOnlySpan<char> key) =>
        _countryByDemonym.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out Country? country) ? country : null;

    /// <summary>A first-level region by GeoNames code (<c>SY.12</c>).</summary>
    public Admin1Region? Admin1ByCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _admin1ByCode.GetValueOrDefault(code);
    }

    /// <summary>A first-level region by country and English name, as places carry it.</summary>
    public Admin1Region? Admin1(string countryIso3, string name) =>
        _admin1ByName.GetValueOrDefault((countryIso3, name));

    /// <summary>A place, region or country by id (<c>geonames:2455290</c>, <c>mizan:tessalit-ml</c>).</summary>
    public Place? PlaceById(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>The capital city of a country as a place, when the gazetteer has it.</summary>
    public Place? CapitalOf(Country country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return _capitals.GetValueOrDefault(country.Iso3);
    }

    /// <summary>Mutable state of one load; discarded when the gazetteer is built.</summary>
    private sealed class Builder(ILanguagePack language)
    {
        public ILanguagePack Language { get; } = language;

        public List<Place> Places { get; } = [];

        public List<Country> Countries { get; } = [];

        public List<Admin1Region> Admin1 { get; } = [];

        public List<(string, Place)> Names { get; } = [];

        public Dictionary<string, List<Place>> ByKey { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Country> CountryByCode { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Country> CountryByDemonym { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Place> ById { get; } = new(StringComparer.Ordinal);

        private Dictionary<string, List<string>> PlaceNames { get; } = new(StringComparer.Ordinal);

        private Dictionary<string, string> Interned { get; } = new(StringComparer.Ordinal);

        public void ReadCountries(GeoTsvReader r)
        {
            int iso2 = r.Column("iso2"), iso3 = r.Column("iso3"), geonameid = r.Column("geonameid"), name = r.Column("name"),
                namesAr = r.Column("names_ar"), demonyms = r.Column("demonyms_ar"), capital = r.Column("capital"),
                lat = r.Column("lat"), lon = r.Column("lon"), population = r.Column("population"), region = r.Column("region");
            while (r.Next())
            {
                string code3 = r.Required(iso3, "iso3");
                var place = new Place(
                    GeoNamesPrefix + r.Required(geonameid, "geonameid"),
                    r.Required(name, "name"),
                    code3,
                    null,
                    r.Coordinate(lat, "lat", 90),
                    r.Coordinate(lon, "lon", 180),
                    r.Count(population, "population"),
                    "A",
                    "PCLI",
                    LocationPrecision.Country);
                string capitalName = r.Text(capital);
                var country = new Country(
                    r.Required(iso2, "iso2"),
                    code3,
                    place.Name,
                    [.. r.List(namesAr)],
                    [.. r.List(demonyms)],
                    capitalName.Length == 0 ? null : capitalName,
                    r.Required(region, "region"),
                    place);
                if (!CountryByCode.TryAdd(country.Iso3, country) || !CountryByCode.TryAdd(country.Iso2, country))
                {
                    throw r.Error($"country {country.Iso2}/{country.Iso3} is listed twice");
                }

                AddId(r, place);
                Countries.Add(country);
                AddDemonyms(r, country);
            }
        }

        public void ReadAdmin1(GeoTsvReader r)
        {
            int code = r.Column("code"), country = r.Column("country"), geonameid = r.Column("geonameid"), name = r.Column("name"),
                namesAr = r.Column("names_ar"), lat = r.Column("lat"), lon = r.Column("lon");
            while (r.Next())
            {
                string iso3 = CountryCode(r, country);
                string english = r.Required(name, "name");
                var place = new Place(
                    GeoNamesPrefix + r.Required(geonameid, "geonameid"),
                    english,
                    iso3,
                    english,
                    r.Coordinate(lat, "lat", 90),
                    r.Coordinate(lon, "lon", 180),
                    0,
                    "A",
                    "ADM1",
                    LocationPrecision.Region);
                AddId(r, place);
                Admin1.Add(new Admin1Region(r.Required(code, "code"), iso3, english, [.. r.List(namesAr)], place));
            }
        }

        public void ReadPlaces(GeoTsvReader r)
        {
            int id = r.Column("id"), name = r.Column("name"), country = r.Column("country"), admin1 = r.Column("admin1"),
                lat = r.Column("lat"), lon = r.Column("lon"), population = r.Column("population"),
                featureClass = r.Column("feature_class"), featureCode = r.Column("feature_code"), namesAr = r.Column("names_ar");
            while (r.Next())
            {
                ReadOnlySpan<char> idSpan = r.Span(id);
                if (idSpan.Length == 0 || !long.TryParse(idSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    throw r.Error($"column 'id': '{idSpan}' is not a GeoNames id");
                }

                string fclass = Intern(r.Required(featureClass, "feature_class"));
                string fcode = Intern(r.Required(featureCode, "feature_code"));
                var place = new Place(
                    string.Concat(GeoNamesPrefix, idSpan),
                    r.Required(name, "name"),
                    CountryCode(r, country),
                    NullIfEmpty(Intern(r.Text(admin1))),
                    r.Coordinate(lat, "lat", 90),
                    r.Coordinate(lon, "lon", 180),
                    r.Count(population, "population"),
                    fclass,
                    fcode,
                    DefaultPrecision(fclass));
                AddId(r, place);
                Places.Add(place);
                string[] names = r.List(namesAr);
                if (names.Length > 0)
                {
                    PlaceNames[place.Id] = [.. names];
                }
            }
        }

        public void ReadSupplement(GeoTsvReader r)
        {
            int id = r.Column("id"), name = r.Column("name"), country = r.Column("country"), admin1 = r.Column("admin1"),
                lat = r.Column("lat"), lon = r.Column("lon"), population = r.Column("population"),
                featureClass = r.Column("feature_class"), featureCode = r.Column("feature_code"), namesAr = r.Column("names_ar"),
                precision = r.Column("precision");
            while (r.Next())
            {
                string placeId = r.Required(id, "id");
                string[] names = r.List(namesAr);
                if (names.Length == 0)
                {
                    throw r.Error("column 'names_ar' is empty: a supplement row exists to give Arabic names");
                }

                var place = new Place(
                    placeId,
                    r.Required(name, "name"),
                    CountryCode(r, country),
                    NullIfEmpty(Intern(r.Text(admin1))),
                    r.Coordinate(lat, "lat", 90),
                    r.Coordinate(lon, "lon", 180),
                    r.Count(population, "population"),
                    Intern(r.Required(featureClass, "feature_class")),
                    Intern(r.Required(featureCode, "feature_code")),
                    ParsePrecision(r, precision));
                if (placeId.StartsWith(GeoNamesPrefix, StringComparison.Ordinal))
                {
                    // Arabic names for a GeoNames place: it must exist and be where the row says.
                    if (!ById.TryGetValue(placeId, out Place? existing) || existing.Precision is LocationPrecision.Country or LocationPrecision.Region)
                    {
                        throw r.Error($"'{placeId}' is not a place of {PlacesFile}");
                    }

                    if (Math.Abs(existing.Latitude - place.Latitude) > 0.25 || Math.Abs(existing.Longitude - place.Longitude) > 0.25)
                    {
                        throw r.Error($"'{placeId}' ({existing.Name}) is at {existing.Latitude}, {existing.Longitude}, not near {place.Latitude}, {place.Longitude}");
                    }

                    if (!PlaceNames.TryGetValue(placeId, out List<string>? list))
                    {
                        PlaceNames[placeId] = list = [];
                    }

                    list.AddRange(names);
                    continue;
                }

                if (!placeId.StartsWith("mizan:", StringComparison.Ordinal))
                {
                    throw r.Error($"column 'id': '{placeId}' must start with 'geonames:' or 'mizan:'");
                }

                AddId(r, place);
                Places.Add(place);
                PlaceNames[placeId] = [.. names];
            }
        }

        public void IndexNames()
        {
            foreach (Place place in Places)
            {
                if (PlaceNames.TryGetValue(place.Id, out List<string>? names))
                {
                    AddNames(place, names);
                }
            }

            foreach (Admin1Region region in Admin1)
            {
                AddNames(region.Place, region.ArabicNames);
            }

            foreach (Country country in Countries)
            {
                AddNames(country.Place, country.ArabicNames);
            }
        }

        private void AddNames(Place place, IEnumerable<string> names)
        {
            foreach (string name in names)
            {
                Names.Add((name, place));
                string key = Language.Key(name);
                if (!ByKey.TryGetValue(key, out List<Place>? places))
                {
                    ByKey[key] = places = new List<Place>(1);
                }

                if (!places.Contains(place))
                {
                    places.Add(place);
                }
            }
        }

        private void AddDemonyms(GeoTsvReader r, Country country)
        {
            foreach (string demonym in country.Demonyms)
            {
                string key = Language.Key(demonym);
                foreach (string form in Language.Morphology.DemonymKeys(key))
                {
                    if (CountryByDemonym.TryGetValue(form, out Country? other) && other.Iso3 != country.Iso3)
                    {
                        throw r.Error($"demonym form '{form}' of '{demonym}' already belongs to {other.Iso3}");
                    }

                    CountryByDemonym[form] = country;
                }
            }
        }

        private string CountryCode(GeoTsvReader r, int column)
        {
            ReadOnlySpan<char> code = r.Span(column);
            return CountryByCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out Country? country) && code.Length == 3
                ? country.Iso3
                : throw r.Error($"column 'country': '{code}' is not an ISO alpha-3 code of {CountriesFile}");
        }

        private void AddId(GeoTsvReader r, Place place)
        {
            if (!ById.TryAdd(place.Id, place))
            {
                throw r.Error($"id '{place.Id}' is used twice");
            }
        }

        private string Intern(string value)
        {
            if (value.Length == 0)
            {
                return value;
            }

            if (!Interned.TryGetValue(value, out string? interned))
            {
                Interned[value] = interned = value;
            }

            return interned;
        }

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

        private static LocationPrecision DefaultPrecision(string featureClass) => featureClass switch
        {
            "A" => LocationPrecision.Region,
            "S" => LocationPrecision.Site,
            "L" or "T" or "H" or "V" => LocationPrecision.Region,
            _ => LocationPrecision.Town,
        };

        private static LocationPrecision ParsePrecision(GeoTsvReader r, int column)
        {
            string value = r.Required(column, "precision");
            return Enum.TryParse(value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out LocationPrecision precision)
                && Enum.IsDefined(precision)
                ? precision
                : throw r.Error($"column 'precision': '{value}' is not one of {string.Join(", ", Enum.GetNames<LocationPrecision>())}");
        }
    }
}
