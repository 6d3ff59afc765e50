namespace Mizan.Geocoding;

/// <summary>
/// The places the gazetteer names in Latin script only (GeoNames gives no Arabic name for Narowal,
/// Villepinte or most towns of the Sahel), found by the skeleton of an Arabic word
/// (<see cref="LatinSpelling"/>). A skeleton says little about a short word, so a word is read
/// as such a place only when its skeleton is long enough to be a name (four consonants, or three
/// with two long vowels), and only by callers that also require a place noun before it and the
/// place's country in the article.
/// </summary>
internal sealed class LatinNameIndex
{
    /// <summary>Consonants a skeleton needs to be read as a name on its own.</summary>
    public const int MinimumConsonants = 4;

    /// <summary>Long vowels a skeleton of three consonants needs (نا-رو-ال).</summary>
    public const int MinimumLongGapsOfShortNames = 2;

    private readonly Dictionary<string, (Place Place, NameSkeleton Skeleton)[]> _byConsonants;
    private readonly Dictionary<string, (Place Place, NameSkeleton Skeleton)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>An index of no place.</summary>
    public static LatinNameIndex Empty { get; } = new(null, new Dictionary<string, (Place, NameSkeleton)[]>(StringComparer.Ordinal));

    private LatinNameIndex(LatinSpelling? spelling, Dictionary<string, (Place, NameSkeleton)[]> byConsonants)
    {
        Spelling = spelling;
        _byConsonants = byConsonants;
        _lookup = _byConsonants.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The spelling tables the index was built with; null for <see cref="Empty"/>.</summary>
    public LatinSpelling? Spelling { get; }

    /// <summary>How many places the index holds.</summary>
    public int Count => _byConsonants.Values.Sum(v => v.Length);

    /// <summary>Indexes the populated places and regions among <paramref name="places"/> by the skeleton of their one-word Latin name.</summary>
    public static LatinNameIndex Build(IEnumerable<Place> places, LatinSpelling spelling)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(spelling);
        var lists = new Dictionary<string, List<(Place, NameSkeleton)>>(StringComparer.Ordinal);
        foreach (Place place in places)
        {
            if ((place.FeatureClass != "P" && place.Precision != Events.LocationPrecision.Region) || spelling.ReadLatin(place.Name) is not { } skeleton || skeleton.Consonants.Length < 3)
            {
                continue;
            }

            if (!lists.TryGetValue(skeleton.Consonants, out List<(Place, NameSkeleton)>? list))
            {
                lists[skeleton.Consonants] = list = [];
            }

            list.Add((place, skeleton));
        }

        var index = new Dictionary<string, (Place, NameSkeleton)[]>(lists.Count, StringComparer.Ordinal);
        foreach ((string key, List<(Place, NameSkeleton)> list) in lists)
        {
            // A region before its towns (غوجرات is Gujarat before Gujrat), then the most populous first.
            index[key] = [.. list.OrderByDescending(e => e.Item1.Precision == Events.LocationPrecision.Region).ThenByDescending(e => e.Item1.Population).ThenBy(e => e.Item1.Id, StringComparer.Ordinal)];
        }

        return new LatinNameIndex(spelling, index);
    }

    /// <summary>
    /// The skeleton of an Arabic word (a matching key) when it may name a place of the index: long
    /// enough to be read as a name, and some name has its consonants; null otherwise.
    /// </summary>
    public NameSkeleton? ReadName(ReadOnlySpan<char> arabicKey) =>
        Spelling?.ReadArabic(arabicKey) is { } word && LongEnough(word) && _lookup.ContainsKey(word.Consonants) ? word : null;

    /// <summary>The place in one of <paramref name="countries"/> whose Latin name the Arabic word (a matching key) spells; null when none.</summary>
    public Place? Find(ReadOnlySpan<char> arabicKey, IReadOnlySet<string> countries) =>
        ReadName(arabicKey) is { } word ? Find(word, countries) : null;

    /// <summary>
    /// The place in one of <paramref name="countries"/> whose Latin name the word read by
    /// <see cref="ReadName"/> spells best (most long vowels written alike: ناروال is Narowal rather
    /// than Narela), a region or the most populous of equals; null when none.
    /// </summary>
    public Place? Find(NameSkeleton word, IReadOnlySet<string> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        if (countries.Count == 0 || !_lookup.TryGetValue(word.Consonants, out (Place Place, NameSkeleton Skeleton)[]? entries))
        {
            return null;
        }

        Place? best = null;
        int bestAgreement = -1;
        foreach ((Place place, NameSkeleton latin) in entries)
        {
            // Entries are regions first, then by population: a later one wins only by spelling better.
            int agreement = System.Numerics.BitOperations.PopCount(word.Long & latin.Long);
            if (agreement > bestAgreement && countries.Contains(place.CountryIso3) && word.Spells(latin))
            {
                best = place;
                bestAgreement = agreement;
            }
        }

        return best;
    }

    /// <summary>Whether the word's skeleton is long enough to be read as a name.</summary>
    public static bool LongEnough(NameSkeleton word) =>
        word.Consonants.Length >= MinimumConsonants
        || (word.Consonants.Length >= 3 && word.LongGaps >= MinimumLongGapsOfShortNames);
}
