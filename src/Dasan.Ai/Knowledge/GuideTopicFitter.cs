using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Fits a <see cref="GuideTopicModel"/>: L2-regularised logistic regression (ML.NET L-BFGS, one thread) over the inputs of
/// labelled questions, each present or absent. Two fits on the same questions give the same model.
/// </summary>
public static class GuideTopicFitter
{
    /// <summary>The L2 weight (ML.NET's default). 0.25 and 4 were within the refit noise of it (ADR 0111, twentieth session).</summary>
    private const float L2 = 1f;

    /// <summary>Fits on (inputs, answerable) pairs, the inputs made by <see cref="GuideTopicModel.Inputs"/>; both classes must be present.</summary>
    public static GuideTopicModel Fit(IReadOnlyList<(string Inputs, bool Answerable)> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.All(e => e.Answerable) || examples.All(e => !e.Answerable))
        {
            throw new ArgumentException("Fitting needs both answerable and unanswerable questions.", nameof(examples));
        }

        var lines = examples.Select(e => e.Inputs.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var l in lines.Where(l => l.Length > 1 && l[1].StartsWith(GuideTopicModel.FingerprintPrefix, StringComparison.Ordinal)))
        {
            fingerprints[l[0][2..]] = l[1][GuideTopicModel.FingerprintPrefix.Length..];
        }

        var split = lines.Select(l => l.Where(x => !x.StartsWith(GuideTopicModel.FingerprintPrefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToArray()).ToList();
        var vocabulary = split.SelectMany(s => s).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = vocabulary.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabulary.Count);
        var rows = split.Select((s, i) =>
        {
            var indices = s.Select(x => index[x]).Order().ToArray();
            return new Row { Features = new VBuffer<float>(vocabulary.Count, indices.Length, [.. indices.Select(_ => 1f)], indices), Label = examples[i].Answerable };
        });
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = L2,
            L1Regularization = 0,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 1000,
        });
        var linear = trainer.Fit(data).Model.SubModel;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            var w = Math.Round(linear.Weights[i], 4);
            if (w != 0 || vocabulary[i].StartsWith("G=", StringComparison.Ordinal))
            {
                weights[vocabulary[i]] = w;
            }
        }

        return new GuideTopicModel(Math.Round(linear.Bias, 4), weights, Math.Round(examples.Count(e => e.Answerable) / (double)examples.Count, 4), fingerprints.Count > 0 ? fingerprints : null);
    }

    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }

        public bool Label { get; set; }
    }
}
