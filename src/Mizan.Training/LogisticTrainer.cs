using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Mizan.Learning;

namespace Mizan.Training;

/// <summary>The weights and bias of a trained logistic model over a hashed feature space.</summary>
/// <param name="Weights">One weight per feature index.</param>
/// <param name="Bias">The intercept.</param>
public sealed record LogisticWeights(float[] Weights, float Bias);

/// <summary>
/// Fits an L1/L2-regularised logistic regression with ML.NET's L-BFGS trainer on one thread, so
/// the same examples and settings give the same weights in every run; the calibration ML.NET adds
/// is folded into the weights, so that <c>sigmoid(w·x + b)</c> is the model's probability.
/// </summary>
public static class LogisticTrainer
{
    /// <summary>One row as ML.NET reads it.</summary>
    private sealed class Row
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        public VBuffer<float> Features { get; set; }
    }

    /// <summary>Fits the model.</summary>
    /// <param name="examples">Features, label and weight of each example.</param>
    /// <param name="hashBits">The size of the feature space.</param>
    /// <param name="settings">Regularisation and seed.</param>
    public static LogisticWeights Fit(IReadOnlyList<(SparseVector Features, bool Label, float Weight)> examples, int hashBits, TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(settings);
        if (!examples.Any(e => e.Label) || examples.All(e => e.Label))
        {
            throw new InvalidOperationException("training needs positive and negative examples");
        }

        int size = 1 << hashBits;
        var ml = new MLContext(settings.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        IEnumerable<Row> rows = examples.Select(e => new Row
        {
            Label = e.Label,
            Weight = e.Weight,
            Features = new VBuffer<float>(size, e.Features.Count, [.. e.Features.Values], [.. e.Features.Indices]),
        });
        IDataView view = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L1Regularization = settings.L1,
            L2Regularization = settings.L2,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 2000,
        });
        var model = trainer.Fit(view);
        LinearBinaryModelParameters linear = model.Model.SubModel;
        PlattCalibrator platt = model.Model.Calibrator;

        // ML.NET's probability is 1 / (1 + exp(slope * score + offset)) with score = w·x + b;
        // fold it in: w' = -slope * w, b' = -(slope * b + offset).
        double slope = platt.Slope, offset = platt.Offset;
        var weights = new float[size];
        IReadOnlyList<float> w = linear.Weights;
        for (int i = 0; i < w.Count; i++)
        {
            weights[i] = (float)(-slope * w[i]);
        }

        return new LogisticWeights(weights, (float)(-(slope * linear.Bias + offset)));
    }
}
