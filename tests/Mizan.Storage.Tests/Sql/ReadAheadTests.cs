using Mizan.Storage.Sql;

namespace Mizan.Storage.Tests.Sql;

/// <summary>
/// <see cref="ReadAhead"/>, which reads the store's reports on another thread while incidents are
/// rebuilt: nothing lost or reordered, failures reach the reader, an early stop stops the source.
/// </summary>
public sealed class ReadAheadTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(1000, 1)]
    [InlineData(1000, 7)]
    [InlineData(5, 800)]
    public void Every_item_comes_once_in_the_order_of_the_source(int count, int capacity)
    {
        Assert.Equal(Enumerable.Range(0, count), ReadAhead.Of(Enumerable.Range(0, count), capacity));
    }

    [Fact]
    public void The_source_runs_on_another_thread_and_no_further_ahead_than_asked()
    {
        int reader = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();
        int produced = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 100; i++)
            {
                lock (threads)
                {
                    threads.Add(Environment.CurrentManagedThreadId);
                }

                Interlocked.Increment(ref produced);
                yield return i;
            }
        }

        using IEnumerator<int> items = ReadAhead.Of(Source(), 3).GetEnumerator();
        Assert.True(items.MoveNext());
        Thread.Sleep(100);

        // The reader holds one item; the buffer holds at most three; the source may be one more into its next.
        Assert.InRange(Volatile.Read(ref produced), 1, 5);
        Assert.DoesNotContain(reader, threads);
    }

    [Fact]
    public void A_failure_of_the_source_is_thrown_to_the_reader_after_the_items_before_it()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new InvalidOperationException("the store went away");
        }

        var read = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (int item in ReadAhead.Of(Source(), 10))
            {
                read.Add(item);
            }
        });
        Assert.Equal("the store went away", error.Message);
        Assert.Equal([1, 2], read);
    }

    [Fact]
    public void A_reader_that_stops_early_stops_and_disposes_the_source_before_it_goes_on()
    {
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        IEnumerable<int> Source()
        {
            try
            {
                for (int i = 0; ; i++)
                {
                    yield return i;
                }
            }
            finally
            {
                finished.SetResult();
            }
        }

        Assert.Equal([0, 1, 2], ReadAhead.Of(Source(), 2).Take(3));
        Assert.True(finished.Task.IsCompleted, "the source was not disposed when the reader was");
    }

    [Fact]
    public void A_cancelled_reader_gets_the_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        IEnumerable<int> items = ReadAhead.Of(Enumerable.Range(0, 1000), 2, cancel.Token);
        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (int item in items)
            {
                if (item == 10)
                {
                    cancel.Cancel();
                }
            }
        });
    }
}
