namespace Mizan.Storage.Ingest;

/// <summary>What an ingest has done so far.</summary>
public sealed class IngestCounts
{
    /// <summary>Articles read from the inputs (counted by the reading thread).</summary>
    internal long ReadCount;

    /// <summary>Articles read from the inputs.</summary>
    public long Read
    {
        get => Interlocked.Read(ref ReadCount);
        set => Interlocked.Exchange(ref ReadCount, value);
    }

    /// <summary>Articles added to the store (or replacing a changed version).</summary>
    public long Added { get; set; }

    /// <summary>Articles already stored with the same content: left as they are.</summary>
    public long Unchanged { get; set; }

    /// <summary>Files, lines or records that could not be read, and articles whose processing failed (all recorded in the store).</summary>
    public long Failed { get; set; }

    /// <summary>Events of the added articles.</summary>
    public long Events { get; set; }

    /// <summary>Incidents after the rebuild, or null when nothing changed and they were not rebuilt.</summary>
    public long? Incidents { get; set; }

    /// <summary>The summary line, without the program name.</summary>
    public string Summary() =>
        $"{Read:N0} {(Read == 1 ? "article" : "articles")} read, {Added:N0} added, {Unchanged:N0} unchanged, {Failed:N0} failed; {Events:N0} events added"
        + (Incidents is { } incidents ? $", {incidents:N0} incidents" : string.Empty);
}
