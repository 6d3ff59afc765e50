namespace Mizan.Evaluation;

/// <summary>Counts of a binary decision and the usual ratios.</summary>
public sealed record BinaryScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A share: how many of how many.</summary>
public sealed record Accuracy(int Correct, int Total)
{
    public double Value => Total == 0 ? double.NaN : (double)Correct / Total;

    public override string ToString() => Total == 0 ? "n/a (0 scored)" : $"{Value:0.000} ({Correct}/{Total})";
}
