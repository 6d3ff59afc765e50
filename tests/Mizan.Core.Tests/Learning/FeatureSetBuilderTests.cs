using Mizan.Learning;

namespace Mizan.Tests.Learning;

public sealed class FeatureSetBuilderTests
{
    [Theory]
    [InlineData(18, 0)]
    [InlineData(18, 5)]
    [InlineData(18, 31)]
    [InlineData(18, 32)]
    [InlineData(18, 300)]
    [InlineData(18, 5000)]
    [InlineData(9, 200)]
    [InlineData(20, 700)]
    public void Features_come_out_once_each_in_ascending_order_and_sum_in_that_order(int bits, int count)
    {
        // Many features, with repeats (the sort by bytes must give what a comparison sort gives).
        var random = new Random(bits * 7919 + count);
        var names = Enumerable.Range(0, count).Select(_ => "f" + random.Next(0, Math.Max(1, count / 2))).ToList();
        var builder = new FeatureSetBuilder(bits);
        var weights = new float[1 << bits];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(random.NextDouble() - 0.5) * (i % 7 == 0 ? 1000f : 0.001f);
        }

        foreach (string name in names)
        {
            builder.Add(name);
        }

        int[] expected = [.. names.Select(n => FeatureHash.Of(n).Index(bits)).Distinct().Order()];
        double expectedSum = 0;
        foreach (int i in expected)
        {
            expectedSum += weights[i];
        }

        Assert.Equal(expectedSum, builder.Dot(weights));
        Assert.Equal(expected, builder.ToVector().Indices);
    }
}
