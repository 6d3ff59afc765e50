namespace Mizan.Text;

/// <summary>
/// An original text and its Arabic matching key, with a map from every key position back
/// to the original. The key is for matching only; every span Mizan reports points into
/// <see cref="Original"/>.
/// </summary>
public sealed class NormalizedText
{
    // Null when the map is the identity (no character was dropped: key position i is original position i).
    private readonly int[]? _toOriginal;
    private object? _memo;

    /// <summary>A text and its key; <paramref name="toOriginal"/> is null when every key position is the same original position.</summary>
    internal NormalizedText(string original, string key, int[]? toOriginal)
    {
        if (toOriginal is null && original.Length != key.Length)
        {
            throw new ArgumentException("Without a map the key must be as long as the original", nameof(toOriginal));
        }

        Original = original;
        Key = key;
        _toOriginal = toOriginal;
    }

    /// <summary>The text exactly as it was given.</summary>
    public string Original { get; }

    /// <summary>The matching key: NFC, alef and hamza forms unified, diacritics and tatweel removed, digits mapped.</summary>
    public string Key { get; }

    /// <summary>
    /// Original position of the key character at <paramref name="keyIndex"/>; for
    /// <c>keyIndex == Key.Length</c>, the length of the original. Non-decreasing.
    /// </summary>
    public int ToOriginal(int keyIndex) => _toOriginal is null ? Identity(keyIndex) : _toOriginal[keyIndex];

    /// <summary>
    /// The original span of a key span. Characters dropped from the key (diacritics,
    /// tatweel) inside or right after the span belong to it.
    /// </summary>
    public TextSpan ToOriginal(TextSpan keySpan) => new(ToOriginal(keySpan.Start), ToOriginal(keySpan.End));

    /// <summary>The smallest key position whose original position is at least <paramref name="originalIndex"/>.</summary>
    public int ToKey(int originalIndex)
    {
        if (_toOriginal is null)
        {
            return Math.Clamp(originalIndex, 0, Key.Length);
        }

        int lo = 0, hi = Key.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_toOriginal[mid] < originalIndex)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The key span covering an original span.</summary>
    public TextSpan ToKey(TextSpan originalSpan) => new(ToKey(originalSpan.Start), ToKey(originalSpan.End));

    /// <summary>
    /// Data derived from this text once and shared by its readers (the lexicon readings of its
    /// tokens); null until <see cref="SetMemo"/>. A memo never changes once set.
    /// </summary>
    internal object? Memo => Volatile.Read(ref _memo);

    /// <summary>Keeps <paramref name="value"/> as the memo unless one is already set; returns the memo kept.</summary>
    internal object SetMemo(object value) => Interlocked.CompareExchange(ref _memo, value, null) ?? value;

    /// <summary>A copy of the map (length <c>Key.Length + 1</c>), for tests and diagnostics.</summary>
    public int[] CopyMap()
    {
        if (_toOriginal is not null)
        {
            return (int[])_toOriginal.Clone();
        }

        var identity = new int[Key.Length + 1];
        for (int i = 0; i < identity.Length; i++)
        {
            identity[i] = i;
        }

        return identity;
    }

    /// <summary>Key position <paramref name="keyIndex"/> as the original position it is (checked as the map's index would be).</summary>
    private int Identity(int keyIndex) =>
        (uint)keyIndex <= (uint)Key.Length ? keyIndex : throw new IndexOutOfRangeException($"Key position {keyIndex} is outside 0..{Key.Length}");
}
