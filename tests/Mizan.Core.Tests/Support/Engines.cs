using Mizan.Pipeline;

namespace Mizan.Tests.Support;

/// <summary>One engine for all tests: building the lexicons and the gazetteer once keeps the suite fast. The engine is immutable.</summary>
public static class Engines
{
    private static readonly Lazy<MizanEngine> Shared = new(() => MizanEngine.CreateDefault());

    public static MizanEngine Default => Shared.Value;

    /// <summary>Runs the default engine on a text, with an optional publication date.</summary>
    public static Document Process(string text, DateOnly? published = null, string? title = null) =>
        Default.Process(new Article("test", title, text, published));
}
