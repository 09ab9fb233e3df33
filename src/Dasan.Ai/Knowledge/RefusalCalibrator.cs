using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Fits a <see cref="RefusalModel"/>: boosted regression trees (ML.NET FastTree, one thread, fixed seed, so two fits give
/// the same trees) on labelled questions, then the threshold on other questions.
/// </summary>
public static class RefusalCalibrator
{
    private const int Trees = 150;
    private const int Leaves = 8;
    private const int MinimumPerLeaf = 10;
    private const double LearningRate = 0.05;

    /// <summary>Puts the threshold safely above the last refused calibration score, so rounding the shipped model changes nothing.</summary>
    private const double ThresholdMargin = 0.01;

    /// <summary>Fits on (features, answerable) pairs; both classes must be present. The threshold is 0 until chosen.</summary>
    public static RefusalModel Fit(IReadOnlyList<(RelevanceFeatures Features, bool Answerable)> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var answerable = examples.Count(e => e.Answerable);
        if (answerable == 0 || answerable == examples.Count)
        {
            throw new ArgumentException("Calibration needs both answerable and unanswerable questions.", nameof(examples));
        }

        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Features = ToFloats(e.Features), Label = e.Answerable }));
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = Trees,
            NumberOfLeaves = Leaves,
            MinimumExampleCountPerLeaf = MinimumPerLeaf,
            LearningRate = LearningRate,
            NumberOfThreads = 1,
        });
        var transformer = trainer.Fit(data);
        var ensemble = transformer.Model.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((t, i) => new RefusalTree(
            [.. t.LeftChild],
            [.. t.RightChild],
            [.. t.NumericalSplitFeatureIndexes],
            [.. t.NumericalSplitThresholds.Select(v => (double)v)],
            [.. t.LeafValues],
            ensemble.TreeWeights[i])).ToList();
        var model = new RefusalModel(trees, ensemble.Bias, 0);
        Verify(ml, transformer, data, model, examples);
        return model;
    }

    /// <summary>
    /// Sets the threshold where <paramref name="model"/> best separates <paramref name="examples"/> (the tuning questions):
    /// the highest share of answerable questions answered plus unanswerable refused; ties go to fewer refusals.
    /// </summary>
    public static RefusalModel ChooseThreshold(RefusalModel model, IReadOnlyList<(RelevanceFeatures Features, bool Answerable)> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var scored = examples.Select(e => (Score: model.Score(e.Features), e.Answerable)).ToList();
        var positives = Math.Max(1, scored.Count(s => s.Answerable));
        var negatives = Math.Max(1, scored.Count(s => !s.Answerable));
        var best = (Threshold: 0.0, Value: double.MinValue);
        foreach (var candidate in scored.Select(s => s.Score).Distinct().Order())
        {
            var threshold = candidate + ThresholdMargin;
            var value = (scored.Count(s => s.Answerable && s.Score >= threshold) / (double)positives)
                + (scored.Count(s => !s.Answerable && s.Score < threshold) / (double)negatives);
            if (value > best.Value + 1e-9)
            {
                best = (threshold, value);
            }
        }

        return model with { Threshold = Math.Round(best.Threshold, 4) };
    }

    /// <summary>The extracted trees must score as ML.NET does; a mismatch means the extraction misread the ensemble.</summary>
    private static void Verify(MLContext ml, ITransformer transformer, IDataView data, RefusalModel model, IReadOnlyList<(RelevanceFeatures Features, bool Answerable)> examples)
    {
        var scores = ml.Data.CreateEnumerable<Scored>(transformer.Transform(data), reuseRowObject: false).Select(s => s.Score).ToList();
        for (var i = 0; i < examples.Count; i++)
        {
            if (Math.Abs(scores[i] - model.Score(examples[i].Features)) > 1e-3)
            {
                throw new InvalidOperationException($"Extracted refusal trees score {model.Score(examples[i].Features):F4} where ML.NET scores {scores[i]:F4}.");
            }
        }
    }

    private static float[] ToFloats(RelevanceFeatures features) => [.. features.ToVector().Select(v => (float)v)];

    private sealed class Row
    {
        [VectorType(RelevanceFeatures.Count)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
