using System.Collections.Immutable;
using System.Globalization;
using Mizan.Lexicons;

namespace Mizan.Learning;

/// <summary>
/// A logistic model over a hashed feature space, as <c>mizan train</c> exports it: one weight per
/// feature index, a bias, and the decision threshold of each event type. Immutable and
/// thread-safe. The file is a TSV resource (see <see cref="Write"/>): <c>#</c> lines say where
/// the model comes from (source, licence, data, commit, date, cross-validated scores).
/// </summary>
public sealed class LinearModel
{
    /// <summary>The highest hash width a model may declare (a 4-million-float table).</summary>
    public const int MaxHashBits = 22;

    private readonly float[] _weights;

    /// <summary>Makes a model from its parts.</summary>
    /// <param name="name">What the model is (<c>event-scorer</c>), for messages.</param>
    /// <param name="hashBits">The size of the feature space, as a power of two.</param>
    /// <param name="weights">One weight per feature index (2^<paramref name="hashBits"/> of them).</param>
    /// <param name="bias">The intercept.</param>
    /// <param name="thresholds">The probability at or above which an example of each type is positive.</param>
    /// <param name="provenance">The header lines (without <c>#</c>): data, commit, date, scores.</param>
    /// <param name="features">The families of features the model was trained with (what its weights are of).</param>
    public LinearModel(string name, int hashBits, float[] weights, float bias, ImmutableDictionary<string, double> thresholds, ImmutableArray<string> provenance, ImmutableArray<string> features = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (hashBits is < 1 or > MaxHashBits)
        {
            throw new ArgumentOutOfRangeException(nameof(hashBits), hashBits, $"hash bits must be 1 to {MaxHashBits}");
        }

        if (weights.Length != 1 << hashBits)
        {
            throw new ArgumentException($"{weights.Length} weights for {1 << hashBits} features", nameof(weights));
        }

        Name = name;
        HashBits = hashBits;
        _weights = weights;
        Bias = bias;
        Thresholds = thresholds;
        Provenance = provenance.IsDefault ? [] : provenance;
        Features = features.IsDefault ? [] : features;
    }

    /// <summary>The families of features the model was trained with; the featurizer computes these and no others.</summary>
    public ImmutableArray<string> Features { get; }

    /// <summary>What the model is, for messages.</summary>
    public string Name { get; }

    /// <summary>The size of the feature space, as a power of two.</summary>
    public int HashBits { get; }

    /// <summary>The intercept.</summary>
    public float Bias { get; }

    /// <summary>The decision threshold of each event type.</summary>
    public ImmutableDictionary<string, double> Thresholds { get; }

    /// <summary>The header lines of the file: data used, commit, date, cross-validated scores.</summary>
    public ImmutableArray<string> Provenance { get; }

    /// <summary>The number of features with a weight.</summary>
    public int NonZeroWeights => _weights.Count(w => w != 0);

    /// <summary>The weight of a feature index.</summary>
    public float Weight(int index) => _weights[index];

    /// <summary>The probability of the positive class for a vector.</summary>
    public double Probability(SparseVector features)
    {
        ArgumentNullException.ThrowIfNull(features);
        double sum = Bias;
        ImmutableArray<int> indices = features.Indices;
        ImmutableArray<float> values = features.Values;
        for (int i = 0; i < indices.Length; i++)
        {
            sum += _weights[indices[i]] * values[i];
        }

        return Sigmoid(sum);
    }

    /// <summary>The probability for the features gathered in a builder (each counted once, value 1).</summary>
    internal double Probability(FeatureSetBuilder features) => Sigmoid(Bias + features.Dot(_weights));

    /// <summary>The threshold of a type; 0.5 for a type the model sets none for.</summary>
    public double ThresholdOf(string type) => Thresholds.TryGetValue(type, out double t) ? t : 0.5;

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>
    /// Writes the model as a TSV resource: the provenance as <c>#</c> lines (the
    /// <c>source:</c> and <c>licence:</c> lines among them), the header <c>entry key value</c>,
    /// then the rows <c>model</c>, <c>hash_bits</c>, <c>features</c>, one <c>threshold</c> per type,
    /// <c>bias</c> and one <c>w</c> row per non-zero weight (its feature index as key).
    /// </summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        foreach (string line in Provenance)
        {
            writer.Write("# ");
            writer.Write(line);
            writer.Write('\n');
        }

        writer.Write("entry\tkey\tvalue\n");
        writer.Write(string.Create(inv, $"model\t\t{Name}\n"));
        writer.Write(string.Create(inv, $"hash_bits\t\t{HashBits}\n"));
        if (!Features.IsEmpty)
        {
            writer.Write(string.Create(inv, $"features\t\t{string.Join(',', Features)}\n"));
        }

        foreach (KeyValuePair<string, double> t in Thresholds.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            writer.Write(string.Create(inv, $"threshold\t{t.Key}\t{t.Value:R}\n"));
        }

        writer.Write(string.Create(inv, $"bias\t\t{Bias:R}\n"));
        for (int i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] != 0)
            {
                writer.Write(string.Create(inv, $"w\t{i}\t{_weights[i]:R}\n"));
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>; a bad line is reported with its number.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The file name, for messages.</param>
    public static LinearModel Read(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        string text = reader.ReadToEnd();
        var provenance = ImmutableArray.CreateBuilder<string>();
        using (var lines = new StringReader(text))
        {
            string? line;
            while ((line = lines.ReadLine()) is not null && (line.Length == 0 || line[0] == '#'))
            {
                if (line.Length > 0)
                {
                    provenance.Add(line.Length > 1 && line[1] == ' ' ? line[2..] : line[1..]);
                }
            }
        }

        TsvTable table;
        using (var body = new StringReader(text))
        {
            table = TsvTable.Parse(body, file, "entry", "key", "value");
        }

        var inv = CultureInfo.InvariantCulture;
        var thresholds = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        string? name = null;
        int bits = 0;
        float bias = 0;
        float[]? weights = null;
        ImmutableArray<string> features = [];
        int last = 0;
        foreach (TsvRow row in table.Rows)
        {
            last = row.Line;
            string value = row.Required("value");
            switch (row["entry"])
            {
                case "model":
                    name = value;
                    break;
                case "hash_bits" when weights is null:
                    if (!int.TryParse(value, NumberStyles.None, inv, out bits) || bits is < 1 or > MaxHashBits)
                    {
                        throw row.Error($"hash_bits must be a whole number from 1 to {MaxHashBits}, not \"{value}\"");
                    }

                    weights = new float[1 << bits];
                    break;
                case "features":
                    features = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    break;
                case "threshold":
                    if (!double.TryParse(value, NumberStyles.Float, inv, out double threshold) || threshold is < 0 or > 1)
                    {
                        throw row.Error($"a threshold is a probability from 0 to 1, not \"{value}\"");
                    }

                    thresholds[row.Required("key")] = threshold;
                    break;
                case "bias":
                    bias = ParseWeight(value, row);
                    break;
                case "w":
                    if (weights is null)
                    {
                        throw row.Error("a weight before hash_bits");
                    }

                    if (!int.TryParse(row["key"], NumberStyles.None, inv, out int index) || index >= weights.Length)
                    {
                        throw row.Error($"feature index \"{row["key"]}\" is not in 0..{weights.Length - 1}");
                    }

                    weights[index] = ParseWeight(value, row);
                    break;
                default:
                    throw row.Error($"unknown entry \"{row["entry"]}\" (expected model, hash_bits, features, threshold, bias or w)");
            }
        }

        if (name is null || weights is null)
        {
            throw new LexiconFormatException(file, last, "the model has no \"model\" or \"hash_bits\" row");
        }

        return new LinearModel(name, bits, weights, bias, thresholds.ToImmutable(), provenance.ToImmutable(), features);
    }

    private static float ParseWeight(string text, TsvRow row) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float w) && float.IsFinite(w)
            ? w
            : throw row.Error($"\"{text}\" is not a finite number");
}
