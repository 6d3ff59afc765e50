using Mizan.Pipeline;

namespace Mizan.Tests.Support;

/// <summary>One engine for all tests: building the lexicons and the gazetteer once keeps the suite fast. The engine is immutable.</summary>
public static class Engines
{
    private static readonly Lazy<MizanEngine> Shared = new(() => MizanEngine.CreateDefault());

    private static readonly Lazy<MizanEngine> Rules = new(() => MizanEngine.Create(Shared.Value.Resources, options: new Mizan.Events.ExtractionOptions { RulesOnly = true }));

    /// <summary>The product's engine: the rules with the committed learned models.</summary>
    public static MizanEngine Default => Shared.Value;

    /// <summary>The rules alone, without the learned models: what the rule tests describe.</summary>
    public static MizanEngine RulesOnly => Rules.Value;

    /// <summary>Runs the default engine on a text, with an optional publication date.</summary>
    public static Document Process(string text, DateOnly? published = null, string? title = null) =>
        Default.Process(new Article("test", title, text, published));

    /// <summary>Runs the rules alone on a text, with an optional publication date.</summary>
    public static Document ProcessWithRules(string text, DateOnly? published = null, string? title = null) =>
        RulesOnly.Process(new Article("test", title, text, published));
}
