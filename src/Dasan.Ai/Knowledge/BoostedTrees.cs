using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Dasan.Ai.Knowledge;

/// <summary>Reads the trees out of an ML.NET FastTree ensemble, so the shipped models score with plain arithmetic.</summary>
internal static class BoostedTrees
{
    /// <summary>FastTree's options as both shipped tree models use them: one thread, so two fits give the same trees.</summary>
    public static FastTreeBinaryTrainer.Options Options(int trees, int leaves, int minimumPerLeaf, double learningRate) => new()
    {
        NumberOfTrees = trees,
        NumberOfLeaves = leaves,
        MinimumExampleCountPerLeaf = minimumPerLeaf,
        LearningRate = learningRate,
        NumberOfThreads = 1,
    };

    /// <summary>The trees and bias of <paramref name="ensemble"/>.</summary>
    public static (List<RefusalTree> Trees, double Bias) From(RegressionTreeEnsemble ensemble) =>
        ([.. ensemble.Trees.Select((t, i) => new RefusalTree(
            [.. t.LeftChild],
            [.. t.RightChild],
            [.. t.NumericalSplitFeatureIndexes],
            [.. t.NumericalSplitThresholds.Select(v => (double)v)],
            [.. t.LeafValues],
            ensemble.TreeWeights[i]))], ensemble.Bias);

    /// <summary>Sum of <paramref name="trees"/> plus <paramref name="bias"/> for <paramref name="x"/>.</summary>
    public static double Score(IReadOnlyList<RefusalTree> trees, double bias, double[] x)
    {
        var z = bias;
        foreach (var tree in trees)
        {
            z += tree.Value(x);
        }

        return z;
    }

    /// <summary>
    /// The extracted trees must score every training row as ML.NET does; a mismatch means the extraction misread the
    /// ensemble. <paramref name="extracted"/> gives the extracted model's score of row <c>i</c>.
    /// </summary>
    public static void Verify(MLContext ml, ITransformer transformer, IDataView data, Func<int, double> extracted, string what)
    {
        var scores = ml.Data.CreateEnumerable<Scored>(transformer.Transform(data), reuseRowObject: false).Select(s => s.Score).ToList();
        for (var i = 0; i < scores.Count; i++)
        {
            if (Math.Abs(scores[i] - extracted(i)) > 1e-3)
            {
                throw new InvalidOperationException($"Extracted {what} trees score {extracted(i):F4} where ML.NET scores {scores[i]:F4}.");
            }
        }
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
