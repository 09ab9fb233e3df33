using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Dasan.Ai.Learning;

/// <summary>Fits ML.NET's SDCA maximum-entropy trainer on sparse vectors and extracts its weights.</summary>
internal static class LinearModelFitter
{
    public static (ITransformer Model, DataViewSchema Schema, LinearWeights Weights) Fit(
        IReadOnlyList<SparseVector> vectors, IReadOnlyList<int> labels, int dimension, int classCount, TextClassifierOptions options)
    {
        var ml = new MLContext(options.Seed);
        var data = ml.Data.Cache(FeatureDataView.Create(ml, vectors, labels, dimension, classCount));
        var trainer = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = FeatureDataView.LabelColumn,
            FeatureColumnName = FeatureDataView.FeaturesColumn,
            L2Regularization = options.L2Regularization,
            MaximumNumberOfIterations = options.MaximumIterations,
            NumberOfThreads = options.NumberOfThreads,
        });
        var model = trainer.Fit(data);
        return (model, data.Schema, Extract(model.Model, dimension, classCount));
    }

    /// <summary>Reads weights and biases out of a fitted linear multiclass model.</summary>
    public static LinearWeights Extract(LinearMulticlassModelParametersBase parameters, int dimension, int classCount)
    {
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var classes);
        if (classes != classCount)
        {
            throw new InvalidDataException($"The ML.NET model has {classes} classes but the metadata lists {classCount} labels.");
        }

        var matrix = new float[dimension * classCount];
        for (var c = 0; c < classCount; c++)
        {
            foreach (var (index, value) in weights[c].Items())
            {
                matrix[(index * classCount) + c] = value;
            }
        }

        return new LinearWeights(matrix, parameters.GetBiases().ToArray(), classCount);
    }
}
