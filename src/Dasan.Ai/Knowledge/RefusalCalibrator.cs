using Dasan.Ai.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Fits a <see cref="RefusalModel"/> on labelled questions: a text model of question shapes (the shared text classifier),
/// then boosted regression trees (ML.NET FastTree) over the features and the shape model's probability, taken out of fold
/// for the training questions so the trees do not learn to trust a model that has seen the question; then the threshold on
/// other questions. One thread and fixed seeds: two fits give the same model.
/// </summary>
public static class RefusalCalibrator
{
    private const int Trees = 150;
    private const int Leaves = 8;
    private const int MinimumPerLeaf = 10;
    private const double LearningRate = 0.05;
    private const int Folds = 5;

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

        var shapes = TrainShapes(examples);
        var vectors = OutOfFoldVectors(examples);
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(examples.Select((e, i) => new Row { Features = [.. vectors[i].Select(v => (float)v)], Label = e.Answerable }));
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
        var model = new RefusalModel(trees, ensemble.Bias, 0) { Shapes = shapes };
        Verify(ml, transformer, data, model, vectors);
        return model;
    }

    private static TrainedTextClassifier TrainShapes(IEnumerable<(RelevanceFeatures Features, bool Answerable)> examples) =>
        new TextClassifierTrainer(new TextClassifierOptions { NumberOfThreads = 1, Seed = 1 })
            .Train([.. examples.Select(e => new LabeledText(e.Features.Shape, e.Answerable ? RefusalModel.AnswerableLabel : "unanswerable"))]);

    /// <summary>Each question's vector with the shape probability of a model trained without its fold.</summary>
    private static double[][] OutOfFoldVectors(IReadOnlyList<(RelevanceFeatures Features, bool Answerable)> examples)
    {
        var vectors = new double[examples.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var shapes = TrainShapes(examples.Where((_, i) => i % Folds != fold));
            for (var i = fold; i < examples.Count; i += Folds)
            {
                vectors[i] = [.. examples[i].Features.ToVector(), RefusalModel.ShapeProbability(shapes, examples[i].Features.Shape)];
            }
        }

        return vectors;
    }

    /// <summary>The share of unanswerable questions the assistant must refuse (issue 14): the threshold is the lowest that does.</summary>
    public const double TargetRefusal = 0.90;

    /// <summary>
    /// Sets the lowest threshold at which <paramref name="model"/> refuses <see cref="TargetRefusal"/> of the unanswerable
    /// <paramref name="examples"/> (the tuning questions), which answers the most answerable ones at that refusal rate.
    /// </summary>
    public static RefusalModel ChooseThreshold(RefusalModel model, IReadOnlyList<(RelevanceFeatures Features, bool Answerable)> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var refused = examples.Where(e => !e.Answerable).Select(e => model.Score(e.Features)).Order().ToList();
        if (refused.Count == 0)
        {
            throw new ArgumentException("Choosing a threshold needs unanswerable questions.", nameof(examples));
        }

        // Refusing k of n needs the threshold just above the k-th lowest unanswerable score.
        var k = (int)Math.Ceiling(TargetRefusal * refused.Count);
        return model with { Threshold = Math.Round(refused[k - 1] + ThresholdMargin, 4) };
    }

    /// <summary>The extracted trees must score as ML.NET does; a mismatch means the extraction misread the ensemble.</summary>
    private static void Verify(MLContext ml, ITransformer transformer, IDataView data, RefusalModel model, double[][] vectors)
    {
        var scores = ml.Data.CreateEnumerable<Scored>(transformer.Transform(data), reuseRowObject: false).Select(s => s.Score).ToList();
        for (var i = 0; i < vectors.Length; i++)
        {
            if (Math.Abs(scores[i] - model.Score(vectors[i])) > 1e-3)
            {
                throw new InvalidOperationException($"Extracted refusal trees score {model.Score(vectors[i]):F4} where ML.NET scores {scores[i]:F4}.");
            }
        }
    }

    private sealed class Row
    {
        [VectorType(RelevanceFeatures.Count + 1)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
