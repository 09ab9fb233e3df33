using Microsoft.ML;
using Microsoft.ML.Data;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Fits a <see cref="GuideRanker"/>: boosted trees (ML.NET FastTree) that tell a guide holding the answer from the other
/// guides search found for the same question. One thread and a fixed seed: two fits give the same trees. The settings were
/// chosen leaving each training writer out in turn (ADR 0110).
/// </summary>
public static class GuideRankerFitter
{
    private const int Trees = 200;
    private const int Leaves = 8;
    private const int MinimumPerLeaf = 20;
    private const double LearningRate = 0.05;

    /// <summary>
    /// The candidate guides of <paramref name="question"/>, each marked whether it holds the answer: none does for a question
    /// no guide answers, so the ranker's score of the best guide also says how likely any guide is to answer.
    /// </summary>
    public static IReadOnlyList<(double[] Features, bool Right)> Candidates(ExtractiveAnswerer answerer, EvalQuestion question)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(question);
        return [.. answerer.Candidates(question.Question).Select(c => (c.Features, question.Answerable && question.Documents.Contains(c.DocumentId)))];
    }

    /// <summary>Fits on candidates of both kinds.</summary>
    /// <exception cref="ArgumentException">Every candidate is of one kind.</exception>
    public static GuideRanker Fit(IReadOnlyList<(double[] Features, bool Right)> candidates) => Fit(candidates, Trees, Leaves, MinimumPerLeaf);

    /// <summary>Fits with other settings than the shipped ones (for choosing them, bench answer-quality --rerank-probe).</summary>
    internal static GuideRanker Fit(IReadOnlyList<(double[] Features, bool Right)> candidates, int trees, int leaves, int minimumPerLeaf)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.All(c => c.Right) || candidates.All(c => !c.Right))
        {
            throw new ArgumentException("Fitting the guide ranker needs guides that hold the answer and guides that do not.", nameof(candidates));
        }

        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(candidates.Select(c => new Row { Features = [.. c.Features.Select(v => (float)v)], Label = c.Right }));
        var transformer = ml.BinaryClassification.Trainers.FastTree(BoostedTrees.Options(trees, leaves, minimumPerLeaf, LearningRate)).Fit(data);
        var (ensemble, bias) = BoostedTrees.From(transformer.Model.SubModel.TrainedTreeEnsemble);
        var ranker = new GuideRanker(ensemble, bias);
        BoostedTrees.Verify(ml, transformer, data, i => ranker.Score(candidates[i].Features), "ranker");
        return ranker;
    }

    private sealed class Row
    {
        [VectorType(GuideCandidates.Count)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }
}
