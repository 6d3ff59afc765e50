using FsCheck;
using FsCheck.Xunit;
using Mizan.Evaluation;

namespace Mizan.Tests.Evaluation;

public sealed class FoldsTests
{
    private static readonly string[] Ids = [.. Enumerable.Range(0, 23).Select(i => $"doc-{i}")];

    [Fact]
    public void The_same_ids_and_seed_give_the_same_folds_whatever_their_order()
    {
        Folds a = Folds.Deal(Ids, 5, 7);
        Folds b = Folds.Deal(Ids.Reverse(), 5, 7);

        Assert.All(Ids, id => Assert.Equal(a.Of(id), b.Of(id)));
    }

    [Fact]
    public void Folds_differ_in_size_by_at_most_one()
    {
        Folds folds = Folds.Deal(Ids, 5, 7);

        var sizes = Ids.GroupBy(folds.Of).Select(g => g.Count()).ToList();
        Assert.Equal(5, sizes.Count);
        Assert.True(sizes.Max() - sizes.Min() <= 1);
    }

    [Fact]
    public void Another_seed_deals_otherwise()
    {
        Folds a = Folds.Deal(Ids, 5, 7), b = Folds.Deal(Ids, 5, 8);

        Assert.Contains(Ids, id => a.Of(id) != b.Of(id));
    }

    [Fact]
    public void An_id_that_was_not_dealt_is_an_error() =>
        Assert.Throws<KeyNotFoundException>(() => Folds.Deal(Ids, 5, 7).Of("other"));

    [Property]
    public bool Every_id_is_in_one_fold_in_range(PositiveInt count, int seed)
    {
        int k = 2 + (count.Get % 8);
        Folds folds = Folds.Deal(Ids, k, seed);
        return Ids.All(id => folds.Of(id) >= 0 && folds.Of(id) < k);
    }
}
