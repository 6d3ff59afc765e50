using System.Collections.Concurrent;

namespace Mizan.Server.Catalog;

/// <summary>
/// Which rows of one <see cref="CatalogSnapshot"/> a words filter (a full-text search in the store)
/// or an actor filter (a text search through every row's actors) selects, remembered per value:
/// the page asks for the list, the timeline and the map with the same filter at once, and paging
/// keeps it, so each value is searched once per snapshot. Requests that ask for a value being
/// searched wait for that search rather than starting another. Bounded: when it holds
/// <see cref="Capacity"/> values it forgets them all. A new snapshot starts with an empty cache, so
/// nothing outlives the store's generation.
/// </summary>
internal sealed class RowMatchCache(int rows)
{
    /// <summary>The most bytes the remembered selections may take (one byte per row each).</summary>
    private const int MaxBytes = 32 * 1024 * 1024;

    private readonly ConcurrentDictionary<(RowMatchKind Kind, string Value), Lazy<bool[]>> _selections = new();

    /// <summary>How many values are remembered at most: 256, fewer for a large store.</summary>
    public int Capacity { get; } = Math.Clamp(MaxBytes / Math.Max(rows, 1), 8, 256);

    /// <summary>
    /// The selection for <paramref name="value"/> (true for each selected row), from memory or
    /// from <paramref name="select"/>; a failing <paramref name="select"/> is not remembered.
    /// </summary>
    public bool[] GetOrSelect(RowMatchKind kind, string value, Func<string, bool[]> select)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(select);
        var key = (kind, value);
        if (!_selections.TryGetValue(key, out Lazy<bool[]>? selection))
        {
            if (_selections.Count >= Capacity)
            {
                _selections.Clear();
            }

            selection = _selections.GetOrAdd(key, k => new Lazy<bool[]>(() => select(k.Value), LazyThreadSafetyMode.ExecutionAndPublication));
        }

        try
        {
            return selection.Value;
        }
        catch
        {
            _selections.TryRemove(new KeyValuePair<(RowMatchKind, string), Lazy<bool[]>>(key, selection));
            throw;
        }
    }
}
