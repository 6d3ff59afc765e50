namespace Mizan.Server.Tests.Support;

/// <summary>The default engine as <c>mizan ingest</c> runs it (background events kept, marked), built once for the whole test run.</summary>
internal static class Engine
{
    private static readonly Lazy<MizanEngine> Instance = new(() => MizanEngine.CreateDefault(null, Mizan.Storage.Ingest.IngestOptions.Extraction));

    public static MizanEngine Default => Instance.Value;
}
