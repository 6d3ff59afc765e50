using System.Collections.Immutable;

namespace Mizan.Evaluation;

/// <summary>
/// Splits items into k folds for cross-validation, the same way in every run: the ids are put in
/// ordinal order, shuffled with a seeded generator and dealt out in turn.
/// </summary>
public sealed class Folds
{
    private readonly ImmutableDictionary<string, int> _foldOf;

    private Folds(int count, ImmutableDictionary<string, int> foldOf)
    {
        Count = count;
        _foldOf = foldOf;
    }

    /// <summary>The number of folds.</summary>
    public int Count { get; }

    /// <summary>Deals <paramref name="ids"/> into <paramref name="count"/> folds.</summary>
    public static Folds Deal(IEnumerable<string> ids, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        string[] ordered = [.. ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        new Random(seed).Shuffle(ordered);
        var foldOf = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ordered.Length; i++)
        {
            foldOf[ordered[i]] = i % count;
        }

        return new Folds(count, foldOf.ToImmutable());
    }

    /// <summary>The fold of an id that was dealt.</summary>
    public int Of(string id) => _foldOf.TryGetValue(id, out int fold)
        ? fold
        : throw new KeyNotFoundException($"'{id}' was not dealt into a fold");
}
