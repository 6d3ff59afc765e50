namespace Mizan.Reconciliation;

/// <summary>How the places of two reports relate.</summary>
public enum PlaceMatch
{
    /// <summary>One or both places are missing, or only a country is known: too vague to link.</summary>
    Unknown,

    /// <summary>Different places: never linked.</summary>
    Different,

    /// <summary>The less precise place contains the other (a town in the region a second report names).</summary>
    Within,

    /// <summary>The same place (same gazetteer entry, same region, or two entries a few kilometres apart).</summary>
    Same,
}
