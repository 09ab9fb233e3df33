using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Dasan.Ai.Learning;

/// <summary>Fits the ML.NET trainer chosen in the options on sparse vectors and extracts a linear
/// model per label. Returns the saved ML.NET model(s) too, to ship in the archive.</summary>
internal static class LinearModelFitter
{
    public static (IReadOnlyList<byte[]> Models, LinearWeights Weights) Fit(
        IReadOnlyList<SparseVector> vectors, IReadOnlyList<int> labels, int dimension, int classCount, TextClassifierOptions options) =>
        options.Algorithm == TextClassifierAlgorithm.MaximumEntropy
            ? FitMaximumEntropy(vectors, labels, dimension, classCount, options)
            : FitPerceptrons(vectors, labels, dimension, classCount, options);

    private static (IReadOnlyList<byte[]>, LinearWeights) FitMaximumEntropy(
        IReadOnlyList<SparseVector> vectors, IReadOnlyList<int> labels, int dimension, int classCount, TextClassifierOptions options)
    {
        var ml = new MLContext(options.Seed);
        var data = ml.Data.Cache(FeatureDataView.Create(ml, vectors, labels, dimension, classCount));
        var model = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = FeatureDataView.LabelColumn,
            FeatureColumnName = FeatureDataView.FeaturesColumn,
            L2Regularization = options.L2Regularization,
            MaximumNumberOfIterations = options.MaximumIterations,
            NumberOfThreads = options.NumberOfThreads,
        }).Fit(data);
        var weights = new LinearWeights(dimension, classCount);
        weights.SetFrom(model.Model);
        return ([Save(ml, model, data.Schema)], weights);
    }

    private static (IReadOnlyList<byte[]>, LinearWeights) FitPerceptrons(
        IReadOnlyList<SparseVector> vectors, IReadOnlyList<int> labels, int dimension, int classCount, TextClassifierOptions options)
    {
        var weights = new LinearWeights(dimension, classCount);
        var models = new byte[classCount][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.NumberOfThreads ?? Environment.ProcessorCount };
        Parallel.For(0, classCount, parallel, c =>
        {
            var ml = new MLContext(options.Seed + c);
            var data = FeatureDataView.CreateBinary(ml, vectors, labels, dimension, c);
            var model = ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
            {
                LabelColumnName = FeatureDataView.LabelColumn,
                FeatureColumnName = FeatureDataView.FeaturesColumn,
                NumberOfIterations = options.MaximumIterations,
            }).Fit(data);
            weights.SetClass(c, model.Model);
            models[c] = Save(ml, model, data.Schema);
        });
        return (models, weights);
    }

    private static byte[] Save(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        using var buffer = new MemoryStream();
        ml.Model.Save(model, schema, buffer);
        return buffer.ToArray();
    }
}
