using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Mizan.GazetteerBuilder;

/// <summary>
/// Builds <c>gazetteer.tsv</c>, <c>countries.tsv</c> and <c>admin1.tsv</c> from the GeoNames
/// extracts and the hand-curated extras. Pure and deterministic: the same inputs give the
/// same bytes (rows sorted, invariant culture, LF line ends).
/// </summary>
public static class GazetteerGenerator
{
    public const string CitiesFile = "geonames-cities15000.txt.gz";

    /// <summary>GeoNames places of 500 people or more: those with an Arabic name are added to the gazetteer.</summary>
    public const string SmallPlacesFile = "geonames-cities500.txt.gz";
    public const string Admin1File = "geonames-admin1.tsv";
    public const string CountryInfoFile = "geonames-countryInfo.tsv";
    public const string CountryNamesFile = "country-names.json";
    public const string CountryExtrasFile = "country-extras.tsv";
    public const string Admin1ExtrasFile = "admin1-extras.tsv";
    public const string ExcludedNamesFile = "names-excluded.tsv";

    private const string GeoNamesLicence = "# licence: CC BY 4.0, GeoNames (https://www.geonames.org/), attribution required";

    /// <summary>Generates the three files; returns file name → content.</summary>
    /// <param name="geoNamesDirectory">Folder with the GeoNames extracts (shared/geo).</param>
    /// <param name="extrasDirectory">Folder with the hand-curated extras (data/geo).</param>
    public static IReadOnlyDictionary<string, string> Generate(string geoNamesDirectory, string extrasDirectory)
    {
        var countries = ReadCountryInfo(Path.Combine(geoNamesDirectory, CountryInfoFile));
        var admin1 = ReadAdmin1(Path.Combine(geoNamesDirectory, Admin1File));
        var excluded = ReadExcludedNames(Path.Combine(extrasDirectory, ExcludedNamesFile));
        var cities = ReadCities(Path.Combine(geoNamesDirectory, CitiesFile), countries, admin1, excluded);
        var smallPlaces = SmallPlaces(Path.Combine(geoNamesDirectory, SmallPlacesFile), cities, countries, admin1, excluded);
        var countryNames = ReadCountryNames(Path.Combine(geoNamesDirectory, CountryNamesFile));
        ApplyAdmin1Extras(Path.Combine(extrasDirectory, Admin1ExtrasFile), admin1);
        ApplyCountryExtras(Path.Combine(extrasDirectory, CountryExtrasFile), countries);

        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["gazetteer.tsv"] = WriteGazetteer([.. cities.Concat(smallPlaces).OrderBy(c => c.Id)], countries, admin1),
            ["countries.tsv"] = WriteCountries(cities, countries, countryNames),
            ["admin1.tsv"] = WriteAdmin1(cities, countries, admin1),
        };
    }

    private static Dictionary<string, CountryInput> ReadCountryInfo(string path)
    {
        var result = new Dictionary<string, CountryInput>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length < 17)
            {
                throw new GeneratorException($"{CountryInfoFile}:{lineNumber}: expected at least 17 cells, found {f.Length}");
            }

            result[f[0]] = new CountryInput(f[0], f[1], f[16], f[4], f[5], ParseLong(f[7], CountryInfoFile, lineNumber));
        }

        return result;
    }

    private static Dictionary<string, Admin1Input> ReadAdmin1(string path)
    {
        var result = new Dictionary<string, Admin1Input>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length != 4)
            {
                throw new GeneratorException($"{Admin1File}:{lineNumber}: expected 4 cells, found {f.Length}");
            }

            result[f[0]] = new Admin1Input(f[0], f[3], f[2]);
        }

        return result;
    }

    private static HashSet<string> ReadExcludedNames(string path)
    {
        var table = HandCuratedTable.Read(path, "name_ar", "reason");
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string name = table.Cell(row, "name_ar");
            if (!ArabicScript.IsArabicName(name) || table.Cell(row, "reason").Length == 0)
            {
                throw table.Error(row.Line, "expected an Arabic name and a reason");
            }

            if (!result.Add(ArabicScript.Fold(name)))
            {
                throw table.Error(row.Line, $"'{name}' is listed twice");
            }
        }

        return result;
    }

    /// <summary>
    /// The places of cities500 that cities15000 lacks and that have an Arabic name (after the
    /// excluded names are left out): a place without one can never be read in Arabic text.
    /// </summary>
    private static List<CityInput> SmallPlaces(string path, List<CityInput> cities, Dictionary<string, CountryInput> countries, Dictionary<string, Admin1Input> admin1, HashSet<string> excluded)
    {
        var known = new HashSet<long>(cities.Select(c => c.Id));
        return [.. ReadCities(path, countries, admin1, excluded).Where(c => c.ArabicNames.Length > 0 && !known.Contains(c.Id))];
    }

    private static List<CityInput> ReadCities(string path, Dictionary<string, CountryInput> countries, Dictionary<string, Admin1Input> admin1, HashSet<string> excluded)
    {
        string fileName = Path.GetFileName(path);
        var result = new List<CityInput>();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, new UTF8Encoding(false, throwOnInvalidBytes: true));
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length != 19)
            {
                throw new GeneratorException($"{fileName}:{lineNumber}: expected 19 cells, found {f.Length}");
            }

            if (!countries.ContainsKey(f[8]))
            {
                throw new GeneratorException($"{fileName}:{lineNumber}: country code '{f[8]}' is not in {CountryInfoFile}");
            }

            CheckCoordinate(f[4], 90, fileName, lineNumber);
            CheckCoordinate(f[5], 180, fileName, lineNumber);
            var names = new List<string>();
            foreach (string alternate in f[3].Split(','))
            {
                string name = alternate.Trim();
                if (name.Length > 0 && ArabicScript.IsArabicName(name) && !excluded.Contains(ArabicScript.Fold(name)))
                {
                    names.Add(name);
                }
            }

            string admin1Code = f[8] + "." + f[10];
            result.Add(new CityInput(
                long.Parse(f[0], NumberStyles.None, CultureInfo.InvariantCulture),
                f[1],
                f[8],
                f[10].Length > 0 && admin1.ContainsKey(admin1Code) ? admin1Code : null,
                f[4],
                f[5],
                ParseLong(f[14], fileName, lineNumber),
                f[6],
                f[7],
                [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]));
        }

        result.Sort((a, b) => a.Id.CompareTo(b.Id));
        return result;
    }

    private static Dictionary<string, string> ReadCountryNames(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (JsonProperty country in document.RootElement.EnumerateObject())
        {
            if (country.Value.TryGetProperty("ar", out JsonElement arabic) && arabic.GetString() is { Length: > 0 } name)
            {
                result[country.Name] = name.Trim();
            }
        }

        return result;
    }

    private static void ApplyAdmin1Extras(string path, Dictionary<string, Admin1Input> admin1)
    {
        var table = HandCuratedTable.Read(path, "code", "name", "names_ar", "lat", "lon");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string code = table.Cell(row, "code");
            if (!admin1.TryGetValue(code, out Admin1Input? region))
            {
                throw table.Error(row.Line, $"admin1 code '{code}' is not in {Admin1File}");
            }

            if (!seen.Add(code))
            {
                throw table.Error(row.Line, $"admin1 code '{code}' is listed twice");
            }

            if (table.Cell(row, "name") is { Length: > 0 } name)
            {
                region.Name = name;
            }

            region.ArabicNames = SplitList(table.Cell(row, "names_ar"), table, row.Line);
            region.Point = ReadOptionalPoint(table, row);
        }
    }

    private static void ApplyCountryExtras(string path, Dictionary<string, CountryInput> countries)
    {
        var table = HandCuratedTable.Read(path, "iso3", "name", "names_ar", "demonyms_ar", "region", "lat", "lon");
        var byIso3 = countries.Values.ToDictionary(c => c.Iso3, StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string iso3 = table.Cell(row, "iso3");
            if (!byIso3.TryGetValue(iso3, out CountryInput? country))
            {
                throw table.Error(row.Line, $"country '{iso3}' is not in {CountryInfoFile}");
            }

            if (country.Region is not null)
            {
                throw table.Error(row.Line, $"country '{iso3}' is listed twice");
            }

            if (table.Cell(row, "name") is { Length: > 0 } name)
            {
                country.Name = name;
            }

            country.ArabicNames = SplitList(table.Cell(row, "names_ar"), table, row.Line);
            country.Demonyms = SplitList(table.Cell(row, "demonyms_ar"), table, row.Line);
            country.Region = table.Cell(row, "region") is { Length: > 0 } region
                ? region
                : throw table.Error(row.Line, "column 'region' is empty");
            country.Point = ReadOptionalPoint(table, row);
        }

        foreach (CountryInput country in countries.Values.Where(c => c.Region is null))
        {
            throw new GeneratorException($"{CountryExtrasFile}: country {country.Iso3} ({country.Name}) has no row; every country needs a region");
        }
    }

    private static string WriteGazetteer(List<CityInput> cities, Dictionary<string, CountryInput> countries, Dictionary<string, Admin1Input> admin1)
    {
        var text = new StringBuilder(3 << 20);
        text.Append("# source: GeoNames (geonames.org) cities15000, cities500 (the places of 500 people or more that have an Arabic name), admin1CodesASCII, countryInfo; generated by tools/Mizan.GazetteerBuilder\n");
        text.Append(GeoNamesLicence).Append('\n');
        text.Append("# names_ar: Arabic-script alternate names only; names with Persian/Urdu-only letters and the common words of data/geo/names-excluded.tsv are left out. Places of cities15000 without an Arabic name are kept for their English name and coordinates; those of cities500 only with one.\n");
        text.Append("id\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature_class\tfeature_code\tnames_ar\n");
        foreach (CityInput city in cities)
        {
            text.Append(city.Id.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(city.Name).Append('\t')
                .Append(countries[city.Country].Iso3).Append('\t')
                .Append(city.Admin1 is null ? string.Empty : admin1[city.Admin1].Name).Append('\t')
                .Append(city.Latitude).Append('\t')
                .Append(city.Longitude).Append('\t')
                .Append(city.Population.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(city.FeatureClass).Append('\t')
                .Append(city.FeatureCode).Append('\t')
                .AppendJoin('|', city.ArabicNames).Append('\n');
        }

        return text.ToString();
    }

    private static string WriteCountries(List<CityInput> cities, Dictionary<string, CountryInput> countries, Dictionary<string, string> countryNames)
    {
        var text = new StringBuilder();
        text.Append("# source: GeoNames (geonames.org) countryInfo, cities15000 (capital coordinates) and Arabic country names by GeoNames id; Arabic variants, demonyms, regions and missing coordinates from data/geo/country-extras.tsv (hand-curated by the Mizan project); generated by tools/Mizan.GazetteerBuilder\n");
        text.Append(GeoNamesLicence).Append("; the hand-curated columns: MIT, the Mizan project\n");
        text.Append("# demonyms_ar: bare nisba adjectives (masculine|feminine...); the loader adds the article ال and the plural endings\n");
        text.Append("iso2\tiso3\tgeonameid\tname\tnames_ar\tdemonyms_ar\tcapital\tlat\tlon\tpopulation\tregion\n");
        var capitals = cities.Where(c => c.FeatureCode == "PPLC").ToLookup(c => c.Country, StringComparer.Ordinal);
        foreach (CountryInput country in countries.Values.OrderBy(c => c.Iso3, StringComparer.Ordinal))
        {
            (string Lat, string Lon) point = country.Point
                ?? CapitalPoint(country, capitals[country.Iso2], cities)
                ?? throw new GeneratorException($"{CountryExtrasFile}: no capital of {country.Iso3} ({country.Name}) in {CitiesFile}; give lat and lon in its row");
            var arabic = new List<string>();
            if (countryNames.TryGetValue(country.GeoNameId, out string? name) && ArabicScript.IsArabicName(name))
            {
                arabic.Add(name);
            }

            arabic.AddRange(country.ArabicNames);
            text.Append(country.Iso2).Append('\t')
                .Append(country.Iso3).Append('\t')
                .Append(country.GeoNameId).Append('\t')
                .Append(country.Name).Append('\t')
                .AppendJoin('|', arabic.Distinct(StringComparer.Ordinal)).Append('\t')
                .AppendJoin('|', country.Demonyms).Append('\t')
                .Append(country.Capital).Append('\t')
                .Append(point.Lat).Append('\t')
                .Append(point.Lon).Append('\t')
                .Append(country.Population.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(country.Region).Append('\n');
        }

        return text.ToString();
    }

    private static (string, string)? CapitalPoint(CountryInput country, IEnumerable<CityInput> capitals, List<CityInput> cities)
    {
        CityInput? capital = capitals
            .OrderByDescending(c => c.Name == country.Capital)
            .ThenByDescending(c => c.Population)
            .ThenBy(c => c.Id)
            .FirstOrDefault()
            ?? cities.Where(c => c.Country == country.Iso2 && c.Name == country.Capital && country.Capital.Length > 0)
                .OrderByDescending(c => c.Population)
                .ThenBy(c => c.Id)
                .FirstOrDefault();
        return capital is null ? null : (capital.Latitude, capital.Longitude);
    }

    private static string WriteAdmin1(List<CityInput> cities, Dictionary<string, CountryInput> countries, Dictionary<string, Admin1Input> admin1)
    {
        var text = new StringBuilder();
        text.Append("# source: GeoNames (geonames.org) admin1CodesASCII (codes, English names), cities15000 (lat/lon of the region's capital or largest city); Arabic names, name fixes and missing coordinates from data/geo/admin1-extras.tsv (hand-curated by the Mizan project); generated by tools/Mizan.GazetteerBuilder\n");
        text.Append(GeoNamesLicence).Append("; the hand-curated columns: MIT, the Mizan project\n");
        text.Append("# regions without a city in cities15000 and without hand-given coordinates are left out\n");
        text.Append("code\tcountry\tgeonameid\tname\tnames_ar\tlat\tlon\n");
        var byRegion = cities.Where(c => c.Admin1 is not null).ToLookup(c => c.Admin1!, StringComparer.Ordinal);
        foreach (Admin1Input region in admin1.Values.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            (string Lat, string Lon)? point = region.Point;
            if (point is null)
            {
                CityInput? seat = byRegion[region.Code]
                    .OrderByDescending(c => c.FeatureCode is "PPLC" or "PPLA")
                    .ThenByDescending(c => c.Population)
                    .ThenBy(c => c.Id)
                    .FirstOrDefault();
                point = seat is null ? null : (seat.Latitude, seat.Longitude);
            }

            if (point is null)
            {
                continue;
            }

            string iso2 = region.Code[..region.Code.IndexOf('.', StringComparison.Ordinal)];
            text.Append(region.Code).Append('\t')
                .Append(countries[iso2].Iso3).Append('\t')
                .Append(region.GeoNameId).Append('\t')
                .Append(region.Name).Append('\t')
                .AppendJoin('|', region.ArabicNames).Append('\t')
                .Append(point.Value.Lat).Append('\t')
                .Append(point.Value.Lon).Append('\n');
        }

        return text.ToString();
    }

    private static string[] SplitList(string cell, HandCuratedTable table, int line)
    {
        string[] items = cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (string item in items)
        {
            if (!ArabicScript.IsArabicName(item))
            {
                throw table.Error(line, $"'{item}' is not an Arabic-script name");
            }
        }

        return [.. items.Distinct(StringComparer.Ordinal)];
    }

    private static (string, string)? ReadOptionalPoint(HandCuratedTable table, (int Line, string[] Cells) row)
    {
        string lat = table.Cell(row, "lat");
        string lon = table.Cell(row, "lon");
        if (lat.Length == 0 && lon.Length == 0)
        {
            return null;
        }

        CheckCoordinate(lat, 90, table.File, row.Line);
        CheckCoordinate(lon, 180, table.File, row.Line);
        return (lat, lon);
    }

    private static void CheckCoordinate(string value, double limit, string file, int line)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) || Math.Abs(d) > limit)
        {
            throw new GeneratorException($"{file}:{line}: '{value}' is not a coordinate within ±{limit.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static long ParseLong(string value, string file, int line) =>
        value.Length == 0 ? 0
        : long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n
        : throw new GeneratorException($"{file}:{line}: '{value}' is not a whole number");

    private sealed record CityInput(
        long Id,
        string Name,
        string Country,
        string? Admin1,
        string Latitude,
        string Longitude,
        long Population,
        string FeatureClass,
        string FeatureCode,
        string[] ArabicNames);

    private sealed class CountryInput(string iso2, string iso3, string geoNameId, string name, string capital, long population)
    {
        public string Iso2 { get; } = iso2;

        public string Iso3 { get; } = iso3;

        public string GeoNameId { get; } = geoNameId;

        public string Name { get; set; } = name;

        public string Capital { get; } = capital;

        public long Population { get; } = population;

        public string[] ArabicNames { get; set; } = [];

        public string[] Demonyms { get; set; } = [];

        public string? Region { get; set; }

        public (string Lat, string Lon)? Point { get; set; }
    }

    private sealed class Admin1Input(string code, string geoNameId, string name)
    {
        public string Code { get; } = code;

        public string GeoNameId { get; } = geoNameId;

        public string Name { get; set; } = name;

        public string[] ArabicNames { get; set; } = [];

        public (string Lat, string Lon)? Point { get; set; }
    }
}
