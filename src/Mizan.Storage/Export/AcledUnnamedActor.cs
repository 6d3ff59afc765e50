namespace Mizan.Storage.Export;

/// <summary>
/// The actor ACLED codes as actor1 when the reports name none: its label ("Unidentified Armed
/// Group", "Protesters", "Rioters") and its actor type code.
/// </summary>
/// <param name="Label">ACLED's label, without the country.</param>
/// <param name="Inter">ACLED's actor type code (1 to 8).</param>
public sealed record AcledUnnamedActor(string Label, int Inter)
{
    /// <summary>The actor's name as ACLED writes it: the label and the country in brackets ("Unidentified Armed Group (Syria)"); the label alone when the country is unknown.</summary>
    public string Name(string? country) => country is null ? Label : $"{Label} ({country})";
}
