namespace Mizan.Pipeline;

/// <summary>Names of the annotation layers that stages require and provide.</summary>
public static class Layers
{
    public const string Text = "text";
    public const string Tokens = "tokens";
    public const string Sentences = "sentences";
    public const string Numbers = "numbers";
    public const string Dates = "dates";
    public const string Actors = "actors";
    public const string Attributions = "attributions";
    public const string Events = "events";
    public const string Places = "places";
    public const string ResolvedDates = "resolved-dates";
}
