using System.Collections.Immutable;

namespace Mizan.Learning;

/// <summary>
/// A feature vector in a hashed space: the indices of the features present, ascending and
/// distinct, each with its value.
/// </summary>
/// <param name="Indices">Feature indices, ascending, no repeats.</param>
/// <param name="Values">The value of each feature, in the order of <paramref name="Indices"/>.</param>
public sealed record SparseVector(ImmutableArray<int> Indices, ImmutableArray<float> Values)
{
    /// <summary>The number of features present.</summary>
    public int Count => Indices.Length;
}
