using Mizan.Server.Catalog;

namespace Mizan.Server.Tests.Catalog;

/// <summary>The rows a words or actor filter selects are searched once per value, and a failed search is tried again.</summary>
public sealed class RowMatchCacheTests
{
    [Fact]
    public void A_value_is_searched_once_and_the_same_text_of_another_kind_is_searched_apart()
    {
        var cache = new RowMatchCache(rows: 3);
        int searches = 0;
        bool[] Select(string value)
        {
            searches++;
            return [true, false, value.Length > 3];
        }

        bool[] first = cache.GetOrSelect(RowMatchKind.Words, "كيدال", Select);
        bool[] again = cache.GetOrSelect(RowMatchKind.Words, "كيدال", Select);
        cache.GetOrSelect(RowMatchKind.Actor, "كيدال", Select);

        Assert.Same(first, again);
        Assert.Equal([true, false, true], first);
        Assert.Equal(2, searches);
    }

    [Fact]
    public void A_failed_search_is_not_remembered()
    {
        var cache = new RowMatchCache(rows: 2);

        Assert.Throws<InvalidOperationException>(() => cache.GetOrSelect(RowMatchKind.Words, "gao", _ => throw new InvalidOperationException("store unavailable")));
        Assert.Equal([false, true], cache.GetOrSelect(RowMatchKind.Words, "gao", _ => [false, true]));
    }

    [Fact]
    public void When_full_it_forgets_and_searches_again()
    {
        var cache = new RowMatchCache(rows: 1);
        int searches = 0;
        bool[] Select(string value)
        {
            searches++;
            return [true];
        }

        for (int i = 0; i <= cache.Capacity; i++)
        {
            cache.GetOrSelect(RowMatchKind.Actor, "actor " + i, Select);
        }

        cache.GetOrSelect(RowMatchKind.Actor, "actor 0", Select);

        Assert.Equal(cache.Capacity + 2, searches);
    }
}
