using Mizan.Storage.Ingest;

namespace Mizan.Cli.Storage;

/// <summary>
/// The engine every command that stores articles runs (<c>ingest</c>, <c>ingest --url</c>,
/// <c>watch</c>, <c>node</c>): the default pipeline with the extraction options of ingest
/// (background incidents kept, marked), so that an article stores the same events whichever way it came.
/// </summary>
internal static class IngestEngine
{
    /// <summary>The engine, or null after saying on standard error why it cannot start.</summary>
    public static MizanEngine? Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            return MizanEngine.CreateDefault(console.Time, IngestOptions.Extraction);
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or IOException or FormatException)
        {
            console.Error.WriteLine($"{MizanCli.Name}: cannot start the engine: {ex.Message}");
            return null;
        }
    }
}
