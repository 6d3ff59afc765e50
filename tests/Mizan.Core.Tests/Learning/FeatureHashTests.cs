using FsCheck;
using FsCheck.Xunit;
using Mizan.Learning;

namespace Mizan.Tests.Learning;

public sealed class FeatureHashTests
{
    [Fact]
    public void A_name_hashes_to_the_same_index_in_every_run_and_on_every_machine()
    {
        // Pinned: the committed models' weights are indexed by these values.
        Assert.Equal(FeatureHash.Of("ASSAULT|bias").Index(18), FeatureHash.Of("ASSAULT|bias").Index(18));
        Assert.Equal(52516, FeatureHash.Of("ASSAULT|bias").Index(18));
        Assert.Equal(58912, FeatureHash.Of("PROTEST|w=تظاهر").Index(18));
    }

    [Property]
    public bool Feeding_a_name_in_pieces_gives_the_index_of_the_whole(NonNull<string> a, NonNull<string> b)
    {
        FeatureHash pieces = FeatureHash.Of(a.Get);
        pieces.Add(b.Get);
        return pieces.Index(16) == FeatureHash.Of(a.Get + b.Get).Index(16);
    }

    [Property]
    public bool An_index_is_inside_its_space(NonNull<string> name, PositiveInt bits)
    {
        int width = 1 + (bits.Get % 22);
        int index = FeatureHash.Of(name.Get).Index(width);
        return index >= 0 && index < 1 << width;
    }

    [Fact]
    public void Different_names_spread_over_the_space()
    {
        var indices = Enumerable.Range(0, 1000).Select(i => FeatureHash.Of($"ASSAULT|w=كلمة{i}").Index(18)).ToHashSet();
        Assert.True(indices.Count > 990, $"{indices.Count} distinct indices of 1000 names");
    }
}
