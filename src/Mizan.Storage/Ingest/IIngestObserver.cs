namespace Mizan.Storage.Ingest;

/// <summary>Hears what an ingest does, to show it (the command line prints problems and a progress line).</summary>
public interface IIngestObserver
{
    /// <summary>A file, line or article failed (it is recorded in the store too): <c>FILE:LINE: message [code]</c>.</summary>
    void Problem(string message);

    /// <summary>An article was read with a problem that did not stop it (a publication date that is not a date): <c>FILE:LINE: message [code]</c>.</summary>
    void Warning(string message);

    /// <summary>Progress, after each article completes.</summary>
    void Progress(IngestCounts counts);

    /// <summary>The incidents are being rebuilt.</summary>
    void Reconciling();
}
