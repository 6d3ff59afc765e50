using Mizan.Storage.Ingest;

namespace Mizan.Cli.Storage;

/// <summary>
/// Shows an ingest on standard error: each problem as <c>mizan: FILE:LINE: message [code]</c>, and,
/// on a terminal, a progress line rewritten in place a few times a second.
/// </summary>
internal sealed class IngestConsole(CliConsole console) : IIngestObserver
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly long _started = console.Time.GetTimestamp();
    private long _lastShown = long.MinValue;
    private int _shownLength;

    public void Problem(string message)
    {
        Clear();
        console.Error.WriteLine($"{MizanCli.Name}: {message}");
    }

    public void Warning(string message)
    {
        Clear();
        console.Error.WriteLine($"{MizanCli.Name}: warning: {message}");
    }

    public void Progress(IngestCounts counts)
    {
        if (!console.ErrorIsTerminal)
        {
            return;
        }

        long now = console.Time.GetTimestamp();
        if (_lastShown != long.MinValue && console.Time.GetElapsedTime(_lastShown, now) < Interval)
        {
            return;
        }

        _lastShown = now;
        double seconds = console.Time.GetElapsedTime(_started, now).TotalSeconds;
        string rate = seconds > 0.5 ? $", {counts.Read / seconds:N0} articles/s" : string.Empty;
        Show($"{MizanCli.Name}: {counts.Read:N0} read, {counts.Added:N0} added, {counts.Unchanged:N0} unchanged, {counts.Failed:N0} failed{rate}");
    }

    public void Reconciling()
    {
        if (console.ErrorIsTerminal)
        {
            Show($"{MizanCli.Name}: linking reports of one incident across articles ...");
        }
    }

    public void Clear()
    {
        if (_shownLength == 0)
        {
            return;
        }

        console.Error.Write('\r');
        console.Error.Write(new string(' ', _shownLength));
        console.Error.Write('\r');
        _shownLength = 0;
    }

    private void Show(string text)
    {
        console.Error.Write('\r');
        console.Error.Write(text);
        if (text.Length < _shownLength)
        {
            console.Error.Write(new string(' ', _shownLength - text.Length));
        }

        _shownLength = text.Length;
        console.Error.Flush();
    }
}
