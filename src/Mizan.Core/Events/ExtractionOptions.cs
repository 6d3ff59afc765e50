namespace Mizan.Events;

/// <summary>Choices about which events an extraction reports.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The defaults: new incidents only.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>
    /// Whether incidents the article recalls from the past (dated more than 30 days before
    /// publication, or by a year when the publication date is unknown) are reported too, marked
    /// <see cref="Event.Background"/>. Off by default: an event dataset counts new incidents.
    /// </summary>
    public bool IncludeBackground { get; init; }

    /// <summary>
    /// Whether the rules alone decide which candidates start events, without the learned
    /// scorer (<c>mizan extract --rules-only</c>): for comparison.
    /// </summary>
    public bool RulesOnly { get; init; }
}
