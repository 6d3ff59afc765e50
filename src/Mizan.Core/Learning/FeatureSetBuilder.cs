using System.Collections.Immutable;

namespace Mizan.Learning;

/// <summary>
/// Collects the hashed features of one example. A feature added twice counts once (features are
/// present or absent). Not thread-safe: one builder per example, or reused after <see cref="Clear"/>.
/// </summary>
internal sealed class FeatureSetBuilder(int bits)
{
    private readonly List<int> _indices = new(256);

    /// <summary>The size of the space, as a power of two.</summary>
    public int Bits { get; } = bits;

    /// <summary>Adds the feature whose name the hash was fed.</summary>
    public void Add(in FeatureHash hash) => _indices.Add(hash.Index(Bits));

    /// <summary>Adds the feature named <paramref name="name"/>.</summary>
    public void Add(ReadOnlySpan<char> name) => _indices.Add(FeatureHash.Of(name).Index(Bits));

    /// <summary>Adds the feature <c>prefix + value</c>.</summary>
    public void Add(ReadOnlySpan<char> prefix, ReadOnlySpan<char> value)
    {
        FeatureHash hash = FeatureHash.Of(prefix);
        hash.Add(value);
        _indices.Add(hash.Index(Bits));
    }

    /// <summary>Starts over.</summary>
    public void Clear() => _indices.Clear();

    /// <summary>The features added, as a vector of ones.</summary>
    public SparseVector ToVector()
    {
        SortIndices();
        var indices = ImmutableArray.CreateBuilder<int>(_indices.Count);
        int previous = -1;
        foreach (int i in _indices)
        {
            if (i != previous)
            {
                indices.Add(i);
                previous = i;
            }
        }

        var values = ImmutableArray.CreateBuilder<float>(indices.Count);
        for (int i = 0; i < indices.Count; i++)
        {
            values.Add(1f);
        }

        return new SparseVector(indices.ToImmutable(), values.MoveToImmutable());
    }

    /// <summary>The dot product of the features added with <paramref name="weights"/>, each feature once.</summary>
    public double Dot(float[] weights)
    {
        SortIndices();
        double sum = 0;
        int previous = -1;
        foreach (int i in _indices)
        {
            if (i != previous)
            {
                sum += weights[i];
                previous = i;
            }
        }

        return sum;
    }

    /// <summary>
    /// Sorts the indices added (the same order as <see cref="List{T}.Sort()"/>: integers have one
    /// order) by their bytes, least significant first: a candidate has a hundred features or so, all
    /// below 2^<see cref="Bits"/>, where a comparison sort spends its time in mispredicted branches.
    /// </summary>
    private void SortIndices()
    {
        Span<int> indices = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_indices);
        if (indices.Length < 32 || Bits > 24)
        {
            indices.Sort();
            return;
        }

        int[] rented = System.Buffers.ArrayPool<int>.Shared.Rent(indices.Length);
        Span<int> counts = stackalloc int[256];
        bool inRented = false;
        for (int shift = 0; shift < Bits; shift += 8)
        {
            Span<int> source = inRented ? rented.AsSpan(0, indices.Length) : indices;
            Span<int> target = inRented ? indices : rented.AsSpan(0, indices.Length);
            counts.Clear();
            foreach (int index in source)
            {
                counts[(index >> shift) & 0xFF]++;
            }

            int total = 0;
            for (int b = 0; b < counts.Length; b++)
            {
                int count = counts[b];
                counts[b] = total;
                total += count;
            }

            foreach (int index in source)
            {
                target[counts[(index >> shift) & 0xFF]++] = index;
            }

            inRented = !inRented;
        }

        if (inRented)
        {
            rented.AsSpan(0, indices.Length).CopyTo(indices);
        }

        System.Buffers.ArrayPool<int>.Shared.Return(rented);
    }
}
