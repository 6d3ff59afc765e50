using System.Collections.Concurrent;

namespace Mizan.Storage.Sql;

/// <summary>
/// Runs an enumeration on a thread of its own, at most a given number of items ahead of its
/// reader: the rebuild of incidents reads the next page of reports from the store while the
/// reconciler links and writes the current one. Items come in the source's order; a failure of
/// the source is thrown to the reader when it reaches it; a reader that stops early (or is
/// cancelled) stops the source.
/// </summary>
internal static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int capacity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        return Iterate(source, capacity, cancellationToken);
    }

    private static IEnumerable<T> Iterate<T>(IEnumerable<T> source, int capacity, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var buffer = new BlockingCollection<T>(capacity);
        Task producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (T item in source)
                    {
                        buffer.Add(item, stop.Token);
                    }
                }
                finally
                {
                    buffer.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            foreach (T item in buffer.GetConsumingEnumerable(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                producer.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Thrown below when the reader got to the end; a reader that left early has its own reason.
            }
        }

        producer.GetAwaiter().GetResult();
    }
}
