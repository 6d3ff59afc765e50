namespace Mizan.Text;

/// <summary>
/// An original text and its Arabic matching key, with a map from every key position back
/// to the original. The key is for matching only; every span Mizan reports points into
/// <see cref="Original"/>.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _toOriginal;
    private object? _memo;

    internal NormalizedText(string original, string key, int[] toOriginal)
    {
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
    public int ToOriginal(int keyIndex) => _toOriginal[keyIndex];

    /// <summary>
    /// The original span of a key span. Characters dropped from the key (diacritics,
    /// tatweel) inside or right after the span belong to it.
    /// </summary>
    public TextSpan ToOriginal(TextSpan keySpan) => new(_toOriginal[keySpan.Start], _toOriginal[keySpan.End]);

    /// <summary>The smallest key position whose original position is at least <paramref name="originalIndex"/>.</summary>
    public int ToKey(int originalIndex)
    {
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
    public int[] CopyMap() => (int[])_toOriginal.Clone();
}
