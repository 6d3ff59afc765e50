namespace Mizan.Cli.Extraction;

/// <summary>
/// A progress line on a terminal (standard error), rewritten in place at most a few times a
/// second, and cleared before any other message and at the end.
/// </summary>
internal sealed class ProgressLine(TextWriter terminal, TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly long _started = time.GetTimestamp();
    private long _lastShown = long.MinValue;
    private int _shownLength;

    public void Update(ExtractCounts counts, bool force = false)
    {
        long now = time.GetTimestamp();
        if (!force && _lastShown != long.MinValue && time.GetElapsedTime(_lastShown, now) < Interval)
        {
            return;
        }

        _lastShown = now;
        double seconds = time.GetElapsedTime(_started, now).TotalSeconds;
        string rate = seconds > 0.5 ? $", {counts.Written / seconds:N0}/s" : string.Empty;
        string text = $"{MizanCli.Name}: {counts.Written:N0} written, {counts.Failed:N0} failed{rate}";
        terminal.Write('\r');
        terminal.Write(text);
        if (text.Length < _shownLength)
        {
            terminal.Write(new string(' ', _shownLength - text.Length));
        }

        _shownLength = text.Length;
        terminal.Flush();
    }

    public void Clear()
    {
        if (_shownLength == 0)
        {
            return;
        }

        terminal.Write('\r');
        terminal.Write(new string(' ', _shownLength));
        terminal.Write('\r');
        _shownLength = 0;
        _lastShown = long.MinValue;
    }
}
