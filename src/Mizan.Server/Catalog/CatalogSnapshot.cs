using System.Collections.Frozen;
using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Server.Api;
using Mizan.Storage;

namespace Mizan.Server.Catalog;

/// <summary>
/// Every stored event as a list row, newest first, read from the store at one generation, with
/// each row's JSON written once: lists, maps and timelines are answered from memory, without a
/// query per request. Immutable; <see cref="EventCatalog"/> swaps in a new one when the store changes.
/// </summary>
internal sealed class CatalogSnapshot
{
    private const int NoDay = int.MinValue;

    private readonly FrozenDictionary<string, int> _types;
    private readonly FrozenDictionary<string, int> _places;
    private readonly string[] _countryCodes;
    private readonly string?[] _countryNames;
    private readonly int[] _typeOf;
    private readonly int[] _statusOf;
    private readonly int[] _countryOf;
    private readonly int[] _placeOf;
    private readonly int[] _firstDay;
    private readonly int[] _lastDay;
    private readonly double[] _latitude;
    private readonly double[] _longitude;
    private readonly RowMatchCache _matches;

    private CatalogSnapshot(long generation, ImmutableArray<EventRow> rows, StoreCounts counts, bool incidentsStale)
    {
        Generation = generation;
        Rows = rows;
        Counts = counts;
        IncidentsStale = incidentsStale;
        _matches = new RowMatchCache(rows.Length);
        Json = [.. rows.Select(r => ApiJson.Bytes(w => ApiJson.WriteRow(w, r)))];
        var byId = new Dictionary<string, int>(rows.Length, StringComparer.Ordinal);
        for (int i = 0; i < rows.Length; i++)
        {
            byId.TryAdd(rows[i].Id, i);
        }

        IndexById = byId.ToFrozenDictionary(StringComparer.Ordinal);

        // Columns of the filtered fields, as numbers.
        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        var countryIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var countryCodes = new List<string>();
        var countryNames = new List<string?>();
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        _typeOf = new int[rows.Length];
        _statusOf = new int[rows.Length];
        _countryOf = new int[rows.Length];
        _placeOf = new int[rows.Length];
        _firstDay = new int[rows.Length];
        _lastDay = new int[rows.Length];
        _latitude = new double[rows.Length];
        _longitude = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            EventRow row = rows[i];
            if (!types.TryGetValue(row.Type, out int type))
            {
                types[row.Type] = type = types.Count;
            }

            _typeOf[i] = type;
            _statusOf[i] = (int)row.Status;
            _countryOf[i] = -1;
            if (row.Location?.Country is { } country)
            {
                if (!countryIds.TryGetValue(country, out int id))
                {
                    countryIds[country] = id = countryCodes.Count;
                    countryCodes.Add(country);
                    countryNames.Add(row.CountryName?.ToLowerInvariant());
                }

                _countryOf[i] = id;
            }

            _placeOf[i] = -1;
            if (row.PlaceId is { } placeId)
            {
                if (!places.TryGetValue(placeId, out int id))
                {
                    places[placeId] = id = places.Count;
                }

                _placeOf[i] = id;
            }

            // As in SQL: COALESCE(date_start, published) and COALESCE(date_end, date_start, published).
            _firstDay[i] = (row.Date?.Start ?? row.Article.Published)?.DayNumber ?? NoDay;
            _lastDay[i] = (row.Date?.End ?? row.Date?.Start ?? row.Article.Published)?.DayNumber ?? NoDay;
            _latitude[i] = row.Location?.Latitude ?? double.NaN;
            _longitude[i] = row.Location?.Longitude ?? double.NaN;
        }

        _types = types.ToFrozenDictionary(StringComparer.Ordinal);
        _places = places.ToFrozenDictionary(StringComparer.Ordinal);
        _countryCodes = [.. countryCodes];
        _countryNames = [.. countryNames];
    }

    /// <summary>The store's generation the rows were read at.</summary>
    public long Generation { get; }

    /// <summary>Every event, newest first (as <see cref="IEventStore.Search"/> orders them).</summary>
    public ImmutableArray<EventRow> Rows { get; }

    /// <summary>The JSON of each row (same index as <see cref="Rows"/>).</summary>
    public ImmutableArray<byte[]> Json { get; }

    /// <summary>Row index by event id.</summary>
    public FrozenDictionary<string, int> IndexById { get; }

    /// <summary>What the store held.</summary>
    public StoreCounts Counts { get; }

    /// <summary>Whether the store's incidents were older than its articles.</summary>
    public bool IncidentsStale { get; }

    /// <summary>An empty catalog (before the first read).</summary>
    public static CatalogSnapshot Empty { get; } = new(-1, [], new StoreCounts(0, 0, 0, 0), false);

    /// <summary>Reads every row of the store.</summary>
    public static CatalogSnapshot Load(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);

        // The generation first: a write after it makes the next check read again.
        long generation = store.Generation();
        StoreCounts counts = store.Counts();
        bool stale = store.IncidentsAreStale();
        return new CatalogSnapshot(generation, [.. store.ReadEventRows()], counts, stale);
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with the index of every row the filter selects, in row order
    /// (newest first), and returns how many there are. The conditions mean what they mean in the
    /// store's SQL (<c>SqlEventStore.FilterCondition</c>; the tests compare the two); each is
    /// resolved once to a number and then compared per row, so a scan allocates nothing. The rows
    /// that words or an actor select are found once per value and snapshot (<see cref="RowMatchCache"/>).
    /// </summary>
    /// <param name="filter">The filter; its <see cref="EventFilter.Text"/> is answered by <paramref name="searchText"/>.</param>
    /// <param name="searchText">The ids of the events whose article has the given words (from the store's full-text index); when null, a filter with words selects nothing.</param>
    /// <param name="visit">Called for each selected row, or null just to count.</param>
    public int Scan(EventFilter filter, Func<string, IEnumerable<string>>? searchText, Action<int>? visit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        bool[]? words = null;
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            if (searchText is null)
            {
                return 0;
            }

            words = _matches.GetOrSelect(RowMatchKind.Words, filter.Text.Trim(), text => RowsOf(searchText(text)));
        }

        int type = -1;
        if (!string.IsNullOrWhiteSpace(filter.Type) && !_types.TryGetValue(filter.Type.Trim().ToUpperInvariant(), out type))
        {
            return 0;
        }

        int status = -1;
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            string wanted = filter.Status.Trim().ToLowerInvariant();
            EventStatus? match = Enum.GetValues<EventStatus>().Cast<EventStatus?>().FirstOrDefault(s => SnakeCaseEnum<EventStatus>.Name(s!.Value) == wanted);
            if (match is null)
            {
                return 0;
            }

            status = (int)match.Value;
        }

        bool[]? countries = null;
        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            string code = filter.Country.Trim().ToUpperInvariant();
            string name = filter.Country.Trim().ToLowerInvariant();
            countries = new bool[_countryCodes.Length];
            for (int i = 0; i < countries.Length; i++)
            {
                countries[i] = string.Equals(_countryCodes[i], code, StringComparison.Ordinal) || string.Equals(_countryNames[i], name, StringComparison.Ordinal);
            }
        }

        int from = filter.From?.DayNumber ?? int.MinValue;
        int to = filter.To?.DayNumber ?? int.MaxValue;
        int place = -1;
        if (!string.IsNullOrWhiteSpace(filter.Place) && !_places.TryGetValue(filter.Place.Trim(), out place))
        {
            return 0;
        }

        GeoBox? box = filter.Box;
        bool[]? actors = string.IsNullOrWhiteSpace(filter.Actor) ? null : _matches.GetOrSelect(RowMatchKind.Actor, filter.Actor.Trim(), RowsWithActor);
        int rows = _typeOf.Length;
        if (words is null && type < 0 && status < 0 && countries is null && filter.From is null && filter.To is null && place < 0 && box is null && actors is null)
        {
            // No condition: every row (the page's first request).
            for (int i = 0; visit is not null && i < rows; i++)
            {
                visit(i);
            }

            return rows;
        }

        // Locals, so that the loop reads no field and no property.
        bool byFrom = filter.From is not null, byTo = filter.To is not null;
        int[] typeOf = _typeOf, statusOf = _statusOf, countryOf = _countryOf, placeOf = _placeOf, firstDay = _firstDay, lastDay = _lastDay;
        double[] latitude = _latitude, longitude = _longitude;
        int count = 0;
        for (int i = 0; i < rows; i++)
        {
            if ((type >= 0 && typeOf[i] != type)
                || (status >= 0 && statusOf[i] != status)
                || (countries is not null && (countryOf[i] < 0 || !countries[countryOf[i]]))
                || (byFrom && (lastDay[i] == NoDay || lastDay[i] < from))
                || (byTo && (firstDay[i] == NoDay || firstDay[i] > to))
                || (place >= 0 && placeOf[i] != place)
                || (box is not null && (double.IsNaN(latitude[i]) || double.IsNaN(longitude[i]) || !box.Contains(latitude[i], longitude[i])))
                || (actors is not null && !actors[i])
                || (words is not null && !words[i]))
            {
                continue;
            }

            count++;
            visit?.Invoke(i);
        }

        return count;
    }

    /// <summary>The rows of the given event ids (ids of events this snapshot does not hold are left out).</summary>
    private bool[] RowsOf(IEnumerable<string> eventIds)
    {
        bool[] selected = new bool[Rows.Length];
        foreach (string id in eventIds)
        {
            if (IndexById.TryGetValue(id, out int index))
            {
                selected[index] = true;
            }
        }

        return selected;
    }

    /// <summary>The rows with an actor whose name or mention contains <paramref name="actor"/>.</summary>
    private bool[] RowsWithActor(string actor)
    {
        bool[] selected = new bool[Rows.Length];
        for (int i = 0; i < selected.Length; i++)
        {
            selected[i] = HasActor(Rows[i], actor);
        }

        return selected;
    }

    /// <summary>An actor whose English name contains the words (any case), or whose Arabic mention does (as SQL LIKE).</summary>
    private static bool HasActor(EventRow row, string actor)
    {
        foreach (EventActor a in row.Actors)
        {
            if (a.Name.Contains(actor, StringComparison.OrdinalIgnoreCase) || a.Mention.Text.Contains(actor, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
