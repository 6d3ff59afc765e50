using System.Buffers;

namespace Mizan.Text;

/// <summary>
/// A growable list over an array from the shared pool, for the working lists of one document
/// (tokens, sentences, the date words of a text); return the array with <see cref="Dispose"/>.
/// A mutable struct: keep it in a field or a local and pass it by reference.
/// </summary>
internal struct PooledList<T>(int capacity) : IDisposable
{
    private T[] _array = ArrayPool<T>.Shared.Rent(capacity);

    public int Count { get; private set; }

    public readonly ReadOnlySpan<T> Items => _array.AsSpan(0, Count);

    public void Add(T item)
    {
        if (Count == _array.Length)
        {
            T[] larger = ArrayPool<T>.Shared.Rent(Math.Max(4, _array.Length * 2));
            _array.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(_array);
            _array = larger;
        }

        _array[Count++] = item;
    }

    public void Dispose()
    {
        ArrayPool<T>.Shared.Return(_array);
        _array = [];
        Count = 0;
    }
}
