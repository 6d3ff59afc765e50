namespace Mizan.Watch.Tests.Support;

/// <summary>The default engine, built once for the whole test run.</summary>
internal static class Engine
{
    private static readonly Lazy<MizanEngine> Instance = new(() => MizanEngine.CreateDefault());

    public static MizanEngine Default => Instance.Value;
}
