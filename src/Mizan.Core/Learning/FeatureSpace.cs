using System.Collections.Immutable;

namespace Mizan.Learning;

/// <summary>The families of features that describe an event candidate (see <see cref="CandidateFeaturizer"/>).</summary>
[Flags]
public enum FeatureFamilies
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>What the rules saw: triggers, status, assertion, figures, actors, place, date, source, position.</summary>
    Rules = 1,

    /// <summary>The matching keys of the sentence's words.</summary>
    Words = 2,

    /// <summary>Pairs of neighbouring words.</summary>
    Pairs = 4,

    /// <summary>The words on each side of the main trigger, by position.</summary>
    Window = 8,

    /// <summary>Letter sequences (three to five letters) of the sentence's words, for the forms a word takes.</summary>
    Letters = 16,

    /// <summary>Where the candidate stands in its article: the candidates of its type before it.</summary>
    Context = 32,
}

/// <summary>A hashed feature space: its size and the families of features in it.</summary>
/// <param name="HashBits">The size, as a power of two.</param>
/// <param name="Families">The families of features.</param>
public sealed record FeatureSpace(int HashBits, FeatureFamilies Families)
{
    /// <summary>The names of the families, as a model file lists them.</summary>
    public ImmutableArray<string> FamilyNames =>
        [.. Enum.GetValues<FeatureFamilies>().Where(f => f != FeatureFamilies.None && Families.HasFlag(f)).Select(f => f.ToString().ToLowerInvariant())];

    /// <summary>The space of a model: its hash width and the families its file lists (all but context when it lists none).</summary>
    public static FeatureSpace Of(LinearModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        FeatureFamilies families = FeatureFamilies.None;
        foreach (string name in model.Features)
        {
            if (!Enum.TryParse(name, ignoreCase: true, out FeatureFamilies family) || family == FeatureFamilies.None)
            {
                throw new FormatException($"model {model.Name}: unknown feature family \"{name}\"");
            }

            families |= family;
        }

        return new FeatureSpace(model.HashBits, families == FeatureFamilies.None ? FeatureFamilies.Rules | FeatureFamilies.Words | FeatureFamilies.Pairs | FeatureFamilies.Window : families);
    }
}
